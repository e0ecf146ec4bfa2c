// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ticketeditor.h"

#include <functional>
#include <QList>
#include <QString>
#include <QStringList>

namespace lanterne {

/** What a bulk action did: the operations made, and the tickets it left alone and why. */
struct BulkResult
{
    struct Refusal
    {
        QString ticketId;
        QString reference;
        QString message;
    };
    QString label; ///< what was done, for people ("Affectation")
    QStringList ticketIds;
    QStringList operationIds; ///< one per ticket done, in the same order
    QList<Refusal> refused;
    bool failed = false; ///< a storage failure stopped it (what was done stays done)

    [[nodiscard]] int done() const { return int(operationIds.size()); }
    /** "12 signalements modifiés, 2 refusés : PAN-…: reason" */
    [[nodiscard]] QString summary() const;
};

/**
 * An edit applied to a selection of tickets (from the list, the map or the kanban), each as its
 * own checked operation, told to the views once; and its undo: each operation of the bulk that is
 * still the actor's last on its ticket is undone (a ticket changed since is left as it is).
 */
class BulkEdit
{
public:
    BulkEdit(LocalStore &store, TicketEditor &editor);

    BulkResult apply(const QString &label, const QStringList &ticketIds,
                     const std::function<EditResult(const QString &ticketId)> &edit);
    BulkResult undo(const BulkResult &done, const Actor &actor);

private:
    LocalStore &m_store;
    TicketEditor &m_editor;
};

} // namespace lanterne
