// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkedit.h"

#include "storage/ticketrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BulkEdit)
};

/** Tells the views once, however the bulk ends. */
struct ChangeBatch
{
    explicit ChangeBatch(LocalStore &s)
        : store(s)
    {
        store.beginChangeBatch();
    }
    ~ChangeBatch() { store.endChangeBatch(); }
    LocalStore &store;
};
} // namespace

QString BulkResult::summary() const
{
    QString s =
        done() == 1 ? Tr::tr("1 signalement modifié") : Tr::tr("%1 signalements modifiés").arg(done());
    if (!refused.isEmpty()) {
        QStringList why;
        for (const Refusal &r : refused.mid(0, 3))
            why.append(u"%1 : %2"_s.arg(r.reference.isEmpty() ? r.ticketId : r.reference, r.message));
        s += u", "_s + (refused.size() == 1 ? Tr::tr("1 refusé") : Tr::tr("%1 refusés").arg(refused.size())) +
             u" ("_s + why.join(u" ; "_s) + (refused.size() > 3 ? u"…"_s : u""_s) + u")"_s;
    }
    return s;
}

BulkEdit::BulkEdit(LocalStore &store, TicketEditor &editor)
    : m_store(store)
    , m_editor(editor)
{}

BulkResult BulkEdit::apply(const QString &label, const QStringList &ticketIds,
                           const std::function<EditResult(const QString &)> &edit)
{
    BulkResult result;
    result.label = label;
    ChangeBatch batch(m_store);
    TicketRepository repo(m_store);
    for (const QString &id : ticketIds) {
        const EditResult r = edit(id);
        if (r.ok()) {
            result.ticketIds.append(r.ticketId);
            result.operationIds.append(r.operationId);
            continue;
        }
        const auto t = repo.ticket(id);
        result.refused.append({id, t ? t->reference : QString(), r.message});
        if (r.code == EditResult::Failure) {
            // The disk or the database failed: stop there, the rest would fail the same way.
            result.failed = true;
            break;
        }
    }
    return result;
}

BulkResult BulkEdit::undo(const BulkResult &done, const Actor &actor)
{
    BulkResult result;
    result.label = Tr::tr("Annulation : %1").arg(done.label);
    ChangeBatch batch(m_store);
    TicketRepository repo(m_store);
    // In reverse order, each only if nothing was done on the ticket by this agent since.
    for (qsizetype i = done.operationIds.size() - 1; i >= 0; --i) {
        const QString ticketId = done.ticketIds[i];
        const auto t = repo.ticket(ticketId);
        const QString reference = t ? t->reference : QString();
        if (m_editor.lastUndoableOperation(ticketId, actor) != done.operationIds[i]) {
            result.refused.append({ticketId, reference, Tr::tr("modifié depuis")});
            continue;
        }
        const EditResult r = m_editor.undoLast(ticketId, actor);
        if (r.ok()) {
            result.ticketIds.append(ticketId);
            result.operationIds.append(r.operationId);
        } else {
            result.refused.append({ticketId, reference, r.message});
            if (r.code == EditResult::Failure) {
                result.failed = true;
                break;
            }
        }
    }
    return result;
}

} // namespace lanterne
