// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketeditor.h"

#include "domain/deadlines.h"
#include "domain/duplicates.h"
#include "domain/replies.h"
#include "domain/routing.h"
#include "domain/workflow.h"
#include "domain/workingcalendar.h"
#include "storage/photos.h"
#include "storage/ticketrepository.h"
#include "util/timeutil.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace lanterne {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TicketEditor)
};

const QStringList kTimeFields = {u"due_at"_s, u"acknowledged_at"_s, u"resolved_at"_s, u"closed_at"_s,
                                 u"paused_at"_s};
const QStringList kHiddenInHistory = {u"acknowledged_at"_s, u"resolved_at"_s,   u"closed_at"_s,
                                      u"photo_count"_s,     u"latitude"_s,      u"longitude"_s,
                                      u"paused_at"_s,       u"paused_minutes"_s};
const QVariant kNullTime = QVariant(QMetaType::fromType<qlonglong>());

QVariant fieldValue(const Ticket &t, const QString &field)
{
    if (field == "status"_L1)
        return codes::code(t.status);
    if (field == "priority"_L1)
        return codes::code(t.priority);
    if (field == "service"_L1)
        return t.service;
    if (field == "team"_L1)
        return t.team;
    if (field == "assignee"_L1)
        return t.assignee;
    if (field == "category"_L1)
        return t.category;
    if (field == "description"_L1)
        return t.description;
    if (field == "address"_L1)
        return t.address;
    if (field == "district"_L1)
        return t.district;
    if (field == "latitude"_L1)
        return t.latitude;
    if (field == "longitude"_L1)
        return t.longitude;
    if (field == "duplicate_of"_L1)
        return t.duplicateOf.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t.duplicateOf);
    if (field == "forwarded_to"_L1)
        return t.forwardedTo;
    if (field == "photo_count"_L1)
        return t.photoCount;
    if (field == "routing_rule"_L1)
        return t.routingRule;
    if (field == "forward_state"_L1)
        return t.forwardState;
    if (field == "paused_at"_L1)
        return toStoredTime(t.pausedAt);
    if (field == "paused_minutes"_L1)
        return t.pausedMinutes;
    if (field == "due_at"_L1)
        return toStoredTime(t.dueAt);
    if (field == "acknowledged_at"_L1)
        return toStoredTime(t.acknowledgedAt);
    if (field == "resolved_at"_L1)
        return toStoredTime(t.resolvedAt);
    if (field == "closed_at"_L1)
        return toStoredTime(t.closedAt);
    return {};
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() || (a.toString().isEmpty() && b.toString().isEmpty());
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return qFuzzyCompare(a.toDouble(), b.toDouble());
    return a.toString() == b.toString();
}

QString historyText(const QString &field, const QVariant &v)
{
    if (v.isNull())
        return {};
    if (kTimeFields.contains(field))
        return isoUtc(fromStoredTime(v));
    return v.toString();
}

/** Text columns are NOT NULL: an unset QString binds as NULL, so bind "" instead. */
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QJsonValue jsonValue(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

} // namespace

struct TicketEditor::Loaded
{
    Ticket ticket;
    QVariant revision;
};

TicketEditor::TicketEditor(LocalStore &store, const ReferenceData &reference)
    : m_store(store)
    , m_ref(reference)
{}

bool TicketEditor::usesProvisionalReferences() const
{
    return !m_store.setting(u"central_url"_s).isEmpty();
}

EditResult TicketEditor::fail(const QString &what, const QSqlError &error)
{
    m_store.rollback();
    EditResult r;
    r.code = EditResult::Failure;
    r.message = m_store.failure(error, what).message; // says "disk full", "read-only"... in words
    qCWarning(lcDb) << "edit failed:" << r.message;
    return r;
}

EditResult TicketEditor::refuse(const QString &message, EditResult::Code code)
{
    EditResult r;
    r.code = code;
    r.message = message;
    return r;
}

EditResult TicketEditor::load(const QString &ticket, Loaded *out)
{
    TicketRepository repo(m_store);
    const auto t = repo.ticket(ticket);
    if (!t) {
        if (!repo.lastError().isEmpty())
            return refuse(repo.lastError(), EditResult::Failure);
        return refuse(Tr::tr("Signalement introuvable : %1").arg(ticket), EditResult::NotFound);
    }
    out->ticket = *t;
    out->revision = t->revision ? QVariant(*t->revision) : QVariant(QMetaType::fromType<qlonglong>());
    return {};
}

bool TicketEditor::snapshotSynced(const QString &ticketId, QSqlError *error)
{
    // Keep the synced copy once, before the first pending edit of a synced ticket (a ticket
    // created here, never synced, has none), in the layout a pull writes.
    QStringList pairs;
    for (const QString &c : TicketRepository::syncedColumns())
        pairs.append(u"'%1', %1"_s.arg(c));
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT OR IGNORE INTO ticket_synced (id, row, revision) SELECT id, json_object("_s +
              pairs.join(u", "_s) + u"), revision FROM ticket WHERE id = ? AND revision IS NOT NULL"_s);
    q.addBindValue(ticketId);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

bool TicketEditor::writeOutbox(const QString &opId, const QString &opType, const QString &ticketId,
                               const QString &municipality, const QJsonObject &payload,
                               const QVariant &baseRevision, const Actor &actor, const QString &undoOf,
                               QSqlError *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO outbox (op_id, op_type, entity, entity_id, municipality, payload, base_revision, "
              "device_time, author, undo_of) VALUES (?, ?, 'ticket', ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(opId);
    q.addBindValue(opType);
    q.addBindValue(ticketId);
    q.addBindValue(municipality);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(baseRevision);
    q.addBindValue(now().toMSecsSinceEpoch());
    q.addBindValue(actor.login);
    q.addBindValue(undoOf.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(undoOf));
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

EditResult TicketEditor::applyFields(const QString &ticket, const QString &opType, QList<FieldChange> changes,
                                     const Actor &actor, const QString &commentText, const QString &undoOf,
                                     const QList<NotificationDraft> &notifications)
{
    if (LocalStore::Result r = m_store.beginWrite(); !r)
        return refuse(r.message, EditResult::Failure);
    Loaded t;
    if (EditResult r = load(ticket, &t); !r.ok()) {
        m_store.rollback();
        return r;
    }
    // Old values are read inside the write transaction: what the operation really replaces.
    QList<FieldChange> effective;
    for (FieldChange &c : changes) {
        c.oldValue = fieldValue(t.ticket, c.field);
        if (!sameValue(c.oldValue, c.newValue))
            effective.append(c);
    }
    if (effective.isEmpty() && commentText.isEmpty()) {
        m_store.rollback();
        return refuse(
            Tr::tr("Rien à modifier : le signalement %1 a déjà ces valeurs.").arg(t.ticket.reference));
    }
    return writeFields(t, opType, effective, actor, commentText, undoOf, notifications);
}

bool TicketEditor::writeNotifications(const QList<NotificationDraft> &drafts, const QString &opId,
                                      const Actor &actor, qint64 at, QJsonArray *payload, QSqlError *error)
{
    for (const NotificationDraft &d : drafts) {
        const QString id = newUuid();
        QJsonObject entry{{u"id"_s, id},
                          {u"ticket_id"_s, d.ticketId},
                          {u"event"_s, d.event},
                          {u"subject"_s, d.subject},
                          {u"body"_s, d.body}};
        if (d.withComment) {
            // What the reporter is told is shown in the ticket's timeline as a public reply.
            const QString commentId = newUuid();
            QSqlQuery c(m_store.database());
            c.prepare(
                u"INSERT INTO comment (id, ticket_id, municipality, kind, author, text, created_at, op_id) "
                "VALUES (?, ?, ?, 'public', ?, ?, ?, ?)"_s);
            c.addBindValue(commentId);
            c.addBindValue(d.ticketId);
            c.addBindValue(d.municipality);
            c.addBindValue(actor.login);
            c.addBindValue(d.body);
            c.addBindValue(at);
            c.addBindValue(opId);
            if (!c.exec()) {
                *error = c.lastError();
                return false;
            }
            entry.insert("comment_id"_L1, commentId);
        }
        QSqlQuery n(m_store.database());
        n.prepare(u"INSERT INTO notification (id, ticket_id, municipality, event, subject, body, author, "
                  u"created_at, "
                  "op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        n.addBindValue(id);
        n.addBindValue(d.ticketId);
        n.addBindValue(d.municipality);
        n.addBindValue(d.event);
        n.addBindValue(d.subject);
        n.addBindValue(d.body);
        n.addBindValue(actor.login);
        n.addBindValue(at);
        n.addBindValue(opId);
        if (!n.exec()) {
            *error = n.lastError();
            return false;
        }
        payload->append(entry);
    }
    return true;
}

bool TicketEditor::hasReachableReporter(const QString &ticketId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(
        u"SELECT 1 FROM ticket t JOIN reporter r ON r.id = t.reporter_id WHERE t.id = ? AND r.email <> ''"_s);
    q.addBindValue(ticketId);
    return q.exec() && q.next();
}

std::optional<NotificationDraft> TicketEditor::automaticMessage(const QString &event, const Ticket &t,
                                                                const Actor &actor,
                                                                const QString &originalReference) const
{
    // A field team's workstation does not see reporters: it queues the message anyway, and the
    // central side knows whom to tell.
    if (Workflow::canSeePersonalData(actor.role) && !hasReachableReporter(t.id))
        return std::nullopt;
    const ResponseTemplate *tpl = m_ref.automaticTemplate(event, t.category);
    if (!tpl)
        return std::nullopt;
    const QDateTime now = this->now();
    return NotificationDraft{t.id,
                             t.municipality,
                             event,
                             Replies::render(tpl->title, t, m_ref, now, originalReference) + u" – "_s +
                                 t.reference,
                             Replies::render(tpl->text, t, m_ref, now, originalReference),
                             true};
}

QDateTime TicketEditor::dueAt(const Ticket &t, const QString &category, Priority priority,
                              qint64 pausedMinutes) const
{
    return Deadlines::dueAt(m_ref, t.createdAt, category, priority, pausedMinutes);
}

void TicketEditor::deadlineChanges(const Ticket &t, Status to, QList<FieldChange> *changes) const
{
    const bool paused = t.pausedAt.isValid();
    const bool pauses = Deadlines::pauses(to);
    const QDateTime now = this->now();
    if (pauses && !paused) {
        changes->append({u"paused_at"_s, {}, now.toMSecsSinceEpoch()});
    } else if (!pauses && paused) {
        // The clock runs again: the deadline moves by the working time spent waiting.
        const qint64 minutes =
            t.pausedMinutes + WorkingCalendar::workingMinutesBetween(t.pausedAt, now, m_ref.workingHours());
        changes->append({u"paused_at"_s, {}, kNullTime});
        changes->append({u"paused_minutes"_s, {}, minutes});
        changes->append({u"due_at"_s, {}, dueAt(t, t.category, t.priority, minutes).toMSecsSinceEpoch()});
    }
}

EditResult TicketEditor::writeFields(const Loaded &t, const QString &opType,
                                     const QList<FieldChange> &changes, const Actor &actor,
                                     const QString &commentText, const QString &undoOf,
                                     const QList<NotificationDraft> &notifications)
{
    QSqlError error;
    const QString opId = newUuid();
    const qint64 now = this->now().toMSecsSinceEpoch();
    if (!snapshotSynced(t.ticket.id, &error))
        return fail(Tr::tr("Copie synchronisée"), error);

    if (!changes.isEmpty()) {
        QStringList sets;
        QVariantList binds;
        for (const FieldChange &c : changes) {
            sets.append(c.field + u" = ?"_s);
            const bool nullText = (c.newValue.isNull() || (c.newValue.typeId() == QMetaType::QString &&
                                                           c.newValue.toString().isNull())) &&
                                  !kTimeFields.contains(c.field);
            binds.append(nullText && c.field != "duplicate_of"_L1 ? QVariant(u""_s) : c.newValue);
            if (c.field == "status"_L1) {
                const Status s = *codes::status(c.newValue.toString());
                sets.append(u"status_class = ?"_s);
                binds.append(codes::code(codes::statusClass(s)));
                sets.append(u"status_rank = ?"_s);
                binds.append(int(s));
            } else if (c.field == "priority"_L1) {
                sets.append(u"priority_rank = ?"_s);
                binds.append(codes::rank(*codes::priority(c.newValue.toString())));
            }
        }
        sets.append(u"updated_at = ?"_s);
        binds.append(now);
        QSqlQuery q(m_store.database());
        q.prepare(u"UPDATE ticket SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        q.addBindValue(t.ticket.id);
        if (!q.exec())
            return fail(Tr::tr("Mise à jour du signalement"), q.lastError());
    }

    QSqlQuery h(m_store.database());
    h.prepare(
        u"INSERT INTO history (id, ticket_id, municipality, op_id, author, at, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    auto addHistory = [&](const QString &field, const QString &oldV, const QString &newV) {
        h.addBindValue(newUuid());
        h.addBindValue(t.ticket.id);
        h.addBindValue(t.ticket.municipality);
        h.addBindValue(opId);
        h.addBindValue(actor.login);
        h.addBindValue(now);
        h.addBindValue(field);
        h.addBindValue(oldV);
        h.addBindValue(newV);
        return h.exec();
    };
    QJsonObject fields;
    QVariant oldLat, newLat, oldLon, newLon;
    for (const FieldChange &c : changes) {
        fields.insert(c.field,
                      QJsonObject{{u"old"_s, jsonValue(c.oldValue)}, {u"new"_s, jsonValue(c.newValue)}});
        if (c.field == "latitude"_L1) {
            oldLat = c.oldValue;
            newLat = c.newValue;
        } else if (c.field == "longitude"_L1) {
            oldLon = c.oldValue;
            newLon = c.newValue;
        }
        if (kHiddenInHistory.contains(c.field))
            continue;
        if (!addHistory(c.field, historyText(c.field, c.oldValue), historyText(c.field, c.newValue)))
            return fail(Tr::tr("Historique"), h.lastError());
    }
    if (newLat.isValid() || newLon.isValid()) {
        auto pos = [](const QVariant &lat, const QVariant &lon, const Ticket &tk, bool old) {
            const double la = lat.isValid() ? lat.toDouble() : tk.latitude;
            const double lo = lon.isValid() ? lon.toDouble() : tk.longitude;
            Q_UNUSED(old)
            return u"%1, %2"_s.arg(la, 0, 'f', 6).arg(lo, 0, 'f', 6);
        };
        if (!addHistory(u"location"_s, pos(oldLat, oldLon, t.ticket, true),
                        pos(newLat, newLon, t.ticket, false)))
            return fail(Tr::tr("Historique"), h.lastError());
    }

    QJsonObject payload{{u"fields"_s, fields}};
    if (!commentText.isEmpty()) {
        // The note of a status change is kept as an internal comment of the same operation.
        const QString commentId = newUuid();
        QSqlQuery c(m_store.database());
        c.prepare(u"INSERT INTO comment (id, ticket_id, municipality, kind, author, text, created_at, op_id) "
                  "VALUES (?, ?, ?, 'internal', ?, ?, ?, ?)"_s);
        c.addBindValue(commentId);
        c.addBindValue(t.ticket.id);
        c.addBindValue(t.ticket.municipality);
        c.addBindValue(actor.login);
        c.addBindValue(commentText);
        c.addBindValue(now);
        c.addBindValue(opId);
        if (!c.exec())
            return fail(Tr::tr("Note"), c.lastError());
        payload.insert("note"_L1, QJsonObject{{u"comment_id"_s, commentId}, {u"text"_s, commentText}});
    }
    if (!notifications.isEmpty()) {
        QJsonArray messages;
        if (!writeNotifications(notifications, opId, actor, now, &messages, &error))
            return fail(Tr::tr("Messages au demandeur"), error);
        payload.insert("notifications"_L1, messages);
    }
    if (!writeOutbox(opId, opType, t.ticket.id, t.ticket.municipality, payload, t.revision, actor, undoOf,
                     &error))
        return fail(Tr::tr("File d'envoi"), error);
    if (LocalStore::Result r = m_store.commit(); !r)
        return refuse(r.message, EditResult::Failure);
    m_store.notifyTicketsChanged({t.ticket.id});
    EditResult ok;
    ok.operationId = opId;
    ok.ticketId = t.ticket.id;
    ok.reference = t.ticket.reference;
    return ok;
}

bool TicketEditor::wasEverFixed(const QString &ticketId) const
{
    QStringList fixed;
    for (Status st : codes::allStatuses())
        if (codes::statusClass(st) == StatusClass::Fixed)
            fixed.append(u"'"_s + codes::code(st) + u"'"_s);
    QSqlQuery q(m_store.database());
    q.prepare(
        u"SELECT 1 FROM history WHERE ticket_id = ? AND field = 'status' AND new_value IN (%1) LIMIT 1"_s.arg(
            fixed.join(u',')));
    q.addBindValue(ticketId);
    return q.exec() && q.next();
}

EditResult TicketEditor::setStatus(const QString &ticket, Status to, const StatusNote &note,
                                   const Actor &actor)
{
    Loaded t;
    if (EditResult r = load(ticket, &t); !r.ok())
        return r;
    const TransitionCheck check =
        Workflow::check(t.ticket.status, to, actor.role, t.ticket.team == actor.team);
    if (!check.allowed)
        return refuse(check.reason);
    QList<FieldChange> changes{{u"status"_s, {}, codes::code(to)}};
    const QDateTime now = this->now();
    QString originalReference;
    switch (check.note) {
    case NoteRequirement::Reason:
        if (note.text.trimmed().isEmpty())
            return refuse(Tr::tr("Ce changement de statut demande un motif."), EditResult::BadInput);
        break;
    case NoteRequirement::DuplicateOf: {
        TicketRepository repo(m_store);
        const auto original = repo.ticket(note.duplicateOf);
        if (note.duplicateOf.trimmed().isEmpty())
            return refuse(Tr::tr("Indiquez le signalement dont celui-ci est le doublon."),
                          EditResult::BadInput);
        if (!original)
            return refuse(Tr::tr("Signalement d'origine introuvable : %1").arg(note.duplicateOf),
                          EditResult::NotFound);
        if (original->id == t.ticket.id)
            return refuse(Tr::tr("Un signalement ne peut pas être le doublon de lui-même."),
                          EditResult::BadInput);
        if (original->duplicateOf == t.ticket.id)
            return refuse(Tr::tr("%1 est déjà le doublon de %2 : fusionnez dans l'autre sens.")
                              .arg(original->reference, t.ticket.reference),
                          EditResult::BadInput);
        changes.append({u"duplicate_of"_s, {}, original->id});
        originalReference = original->reference;
        break;
    }
    case NoteRequirement::ForwardedTo:
        if (!m_ref.authority(note.forwardedTo))
            return refuse(Tr::tr("Autorité compétente inconnue : « %1 ».").arg(note.forwardedTo),
                          EditResult::BadInput);
        changes.append({u"forwarded_to"_s, {}, note.forwardedTo});
        changes.append({u"forward_state"_s, {}, u"sent"_s});
        break;
    case NoteRequirement::None:
        break;
    }
    // First times (CLI.md): acknowledged when leaving new/triage, resolved on entering fixed (or
    // closed when never fixed), closed on entering a closed status; a reopened ticket keeps them.
    const StatusClass cls = codes::statusClass(to);
    if (!t.ticket.acknowledgedAt.isValid() && to != Status::Triage)
        changes.append({u"acknowledged_at"_s, {}, now.toMSecsSinceEpoch()});
    // Resolved when first fixed; a ticket closed without a fix and fixed later is resolved when
    // fixed (its resolved time was its closing time, and its history has no fixed status).
    const bool resolvedByClosing = cls == StatusClass::Fixed && t.ticket.resolvedAt.isValid() &&
                                   t.ticket.closedAt.isValid() && t.ticket.resolvedAt == t.ticket.closedAt &&
                                   !wasEverFixed(t.ticket.id);
    if ((!t.ticket.resolvedAt.isValid() && cls != StatusClass::Open) || resolvedByClosing)
        changes.append({u"resolved_at"_s, {}, now.toMSecsSinceEpoch()});
    if (!t.ticket.closedAt.isValid() && cls == StatusClass::Closed)
        changes.append({u"closed_at"_s, {}, now.toMSecsSinceEpoch()});
    deadlineChanges(t.ticket, to, &changes);
    if (t.ticket.forwardState == "returned"_L1 && to == Status::Forwarded)
        changes.append({u"forward_state"_s, {}, u"sent"_s});

    // Messages to reporters: acknowledgement, forwarding, duplicate, resolution (the reporters of
    // the duplicates too).
    Ticket after = t.ticket;
    after.status = to;
    for (const FieldChange &c : std::as_const(changes))
        if (c.field == "forwarded_to"_L1)
            after.forwardedTo = c.newValue.toString();
    QList<NotificationDraft> messages;
    auto add = [&](const std::optional<NotificationDraft> &m) {
        if (m)
            messages.append(*m);
    };
    if (to == Status::Forwarded)
        add(automaticMessage(u"forwarded"_s, after, actor));
    else if (to == Status::Duplicate)
        add(automaticMessage(u"duplicate"_s, after, actor, originalReference));
    else if (to == Status::Fixed) {
        add(automaticMessage(u"resolved"_s, after, actor));
        TicketRepository repo(m_store);
        for (const Ticket &d : repo.duplicatesOf(t.ticket.id)) {
            Ticket dup = d;
            dup.status = Status::Fixed;
            add(automaticMessage(u"resolved"_s, dup, actor, t.ticket.reference));
        }
    } else if (!t.ticket.acknowledgedAt.isValid() && to != Status::Triage && codes::isOpen(to))
        add(automaticMessage(u"acknowledgement"_s, after, actor));
    return applyFields(t.ticket.id, u"set_status"_s, changes, actor, note.text.trimmed(), {}, messages);
}

EditResult TicketEditor::forward(const QString &ticket, const QString &authority, const QString &note,
                                 const Actor &actor)
{
    StatusNote n;
    n.forwardedTo = authority;
    n.text = note;
    return setStatus(ticket, Status::Forwarded, n, actor);
}

EditResult TicketEditor::merge(const QString &duplicate, const QString &original, const QString &note,
                               const Actor &actor)
{
    StatusNote n;
    n.duplicateOf = original;
    n.text = note;
    return setStatus(duplicate, Status::Duplicate, n, actor);
}

EditResult TicketEditor::setForwardState(const QString &ticket, const QString &state, const QString &note,
                                         const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Une équipe de terrain ne suit pas les transmissions."));
    Loaded t;
    if (EditResult r = load(ticket, &t); !r.ok())
        return r;
    if (t.ticket.status != Status::Forwarded)
        return refuse(Tr::tr("Le signalement %1 n'est pas transmis à une autorité.").arg(t.ticket.reference));
    QList<FieldChange> changes;
    if (state == "acknowledged"_L1) {
        changes.append({u"forward_state"_s, {}, state});
    } else if (state == "returned"_L1) {
        if (note.trimmed().isEmpty())
            return refuse(Tr::tr("Indiquez pourquoi l'autorité renvoie le signalement."),
                          EditResult::BadInput);
        const TransitionCheck check = Workflow::check(t.ticket.status, Status::Triage, actor.role);
        if (!check.allowed)
            return refuse(check.reason);
        // Back to the city: to triage, and the deadline's clock runs again.
        changes.append({u"forward_state"_s, {}, state});
        changes.append({u"status"_s, {}, codes::code(Status::Triage)});
        deadlineChanges(t.ticket, Status::Triage, &changes);
    } else {
        return refuse(Tr::tr("Suivi de transmission inconnu : « %1 » (acknowledged ou returned).").arg(state),
                      EditResult::BadInput);
    }
    return applyFields(t.ticket.id, u"set_forward_state"_s, changes, actor, note.trimmed());
}

void TicketEditor::routingChanges(const Ticket &t, const QString &category, const Actor &actor,
                                  QList<FieldChange> *changes, QList<NotificationDraft> *messages) const
{
    const RoutingDecision d =
        Router::route(m_ref, category, t.municipality, t.district, QPointF(t.longitude, t.latitude));
    changes->append({u"routing_rule"_s, {}, d.rule});
    if (d.authority.isEmpty()) {
        changes->append({u"service"_s, {}, d.service});
        changes->append({u"team"_s, {}, d.team});
        return;
    }
    // A rule to an authority forwards a ticket still in triage; later, it only says where it
    // belongs (the agent forwards it).
    if ((t.status != Status::New && t.status != Status::Triage) ||
        !Workflow::check(t.status, Status::Forwarded, actor.role).allowed)
        return;
    const QDateTime now = this->now();
    changes->append({u"status"_s, {}, codes::code(Status::Forwarded)});
    changes->append({u"forwarded_to"_s, {}, d.authority});
    changes->append({u"forward_state"_s, {}, u"sent"_s});
    if (!t.acknowledgedAt.isValid())
        changes->append({u"acknowledged_at"_s, {}, now.toMSecsSinceEpoch()});
    deadlineChanges(t, Status::Forwarded, changes);
    Ticket after = t;
    after.status = Status::Forwarded;
    after.forwardedTo = d.authority;
    after.category = category;
    if (const auto m = automaticMessage(u"forwarded"_s, after, actor))
        messages->append(*m);
}

EditResult TicketEditor::reroute(const QString &ticket, const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Une équipe de terrain ne peut pas réaffecter un signalement."));
    Loaded t;
    if (EditResult r = load(ticket, &t); !r.ok())
        return r;
    QList<FieldChange> changes;
    QList<NotificationDraft> messages;
    routingChanges(t.ticket, t.ticket.category, actor, &changes, &messages);
    return applyFields(t.ticket.id, u"assign"_s, changes, actor, {}, {}, messages);
}

EditResult TicketEditor::assign(const QString &ticket, const std::optional<QString> &service,
                                const std::optional<QString> &team, const std::optional<QString> &agent,
                                const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Une équipe de terrain ne peut pas réaffecter un signalement."));
    if (service && !service->isEmpty() && !m_ref.service(*service))
        return refuse(Tr::tr("Service inconnu : « %1 ».").arg(*service), EditResult::BadInput);
    if (team && !team->isEmpty() && !m_ref.team(*team))
        return refuse(Tr::tr("Équipe inconnue : « %1 ».").arg(*team), EditResult::BadInput);
    if (agent && !agent->isEmpty() && !m_ref.agent(*agent))
        return refuse(Tr::tr("Agent inconnu : « %1 ».").arg(*agent), EditResult::BadInput);
    QList<FieldChange> changes;
    QString newService = service.value_or(QString());
    if (team && !team->isEmpty() && !service) // a team implies its service
        newService = m_ref.team(*team)->service;
    if (service || (team && !team->isEmpty()))
        changes.append({u"service"_s, {}, newService});
    if (team)
        changes.append({u"team"_s, {}, *team});
    if (agent)
        changes.append({u"assignee"_s, {}, *agent});
    if (changes.isEmpty())
        return refuse(Tr::tr("Indiquez un service, une équipe ou un agent."), EditResult::BadInput);
    // A service or team chosen by hand overrides the routing rules (the detail says so).
    if (service || team) {
        Loaded t;
        if (EditResult r = load(ticket, &t); !r.ok())
            return r;
        const bool moves = (service && *service != t.ticket.service) || (team && *team != t.ticket.team) ||
                           (!service && team && !team->isEmpty() && newService != t.ticket.service);
        if (moves)
            changes.append({u"routing_rule"_s, {}, Router::kManual});
    }
    return applyFields(ticket, u"assign"_s, changes, actor);
}

EditResult TicketEditor::setPriority(const QString &ticket, Priority priority, const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Une équipe de terrain ne peut pas changer la priorité."));
    Loaded t;
    if (EditResult r = load(ticket, &t); !r.ok())
        return r;
    // The deadline follows the priority (an urgent pothole is due in hours, not days).
    return applyFields(
        t.ticket.id, u"set_priority"_s,
        {{u"priority"_s, {}, codes::code(priority)},
         {u"due_at"_s,
          {},
          dueAt(t.ticket, t.ticket.category, priority, t.ticket.pausedMinutes).toMSecsSinceEpoch()}},
        actor);
}

EditResult TicketEditor::recategorize(const QString &ticket, const QString &category, const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Une équipe de terrain ne peut pas changer la catégorie."));
    const Category *c = m_ref.category(category);
    if (!c)
        return refuse(Tr::tr("Catégorie inconnue : « %1 ».").arg(category), EditResult::BadInput);
    Loaded t;
    if (EditResult r = load(ticket, &t); !r.ok())
        return r;
    if (category == t.ticket.category)
        return refuse(
            Tr::tr("Rien à modifier : le signalement %1 a déjà cette catégorie.").arg(t.ticket.reference));
    // A new category: its deadline, and the routing rules applied again.
    const QDateTime due = dueAt(t.ticket, category, t.ticket.priority, t.ticket.pausedMinutes);
    QList<FieldChange> changes{{u"category"_s, {}, category}, {u"due_at"_s, {}, due.toMSecsSinceEpoch()}};
    QList<NotificationDraft> messages;
    routingChanges(t.ticket, category, actor, &changes, &messages);
    return applyFields(t.ticket.id, u"recategorize"_s, changes, actor, {}, {}, messages);
}

EditResult TicketEditor::editDescription(const QString &ticket, const QString &description,
                                         const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Une équipe de terrain ne peut pas modifier la description."));
    if (description.trimmed().isEmpty())
        return refuse(Tr::tr("La description ne peut pas être vide."), EditResult::BadInput);
    return applyFields(ticket, u"edit_description"_s, {{u"description"_s, {}, description.trimmed()}}, actor);
}

EditResult TicketEditor::moveLocation(const QString &ticket, double latitude, double longitude,
                                      const QString &address, const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Une équipe de terrain ne peut pas déplacer un signalement."));
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180))
        return refuse(Tr::tr("Coordonnées invalides : %1, %2.").arg(latitude).arg(longitude),
                      EditResult::BadInput);
    const District *d = m_ref.districtAt(QPointF(longitude, latitude));
    QList<FieldChange> changes{{u"latitude"_s, {}, latitude},
                               {u"longitude"_s, {}, longitude},
                               {u"district"_s, {}, d ? d->code : QString()}};
    if (!address.isNull())
        changes.append({u"address"_s, {}, address.trimmed()});
    return applyFields(ticket, u"move_location"_s, changes, actor);
}

EditResult TicketEditor::addComment(const QString &ticket, CommentKind kind, const QString &text,
                                    const Actor &actor)
{
    return writeComment(ticket, kind, text, actor, false, {});
}

EditResult TicketEditor::reply(const QString &ticket, const QString &text, const Actor &actor,
                               const QString &subject)
{
    return writeComment(ticket, CommentKind::Public, text, actor, true, subject);
}

EditResult TicketEditor::writeComment(const QString &ticket, CommentKind kind, const QString &text,
                                      const Actor &actor, bool notify, const QString &subject)
{
    if (text.trimmed().isEmpty())
        return refuse(Tr::tr("Le texte est vide."), EditResult::BadInput);
    if (kind == CommentKind::Public && actor.role == Role::Field)
        return refuse(Tr::tr("Une équipe de terrain ne répond pas directement au demandeur."));
    if (LocalStore::Result r = m_store.beginWrite(); !r)
        return refuse(r.message, EditResult::Failure);
    Loaded t;
    if (EditResult r = load(ticket, &t); !r.ok()) {
        m_store.rollback();
        return r;
    }
    QSqlError snapshotError;
    if (!snapshotSynced(t.ticket.id, &snapshotError))
        return fail(Tr::tr("Copie synchronisée"), snapshotError);
    const QString opId = newUuid();
    const QString commentId = newUuid();
    QSqlQuery c(m_store.database());
    c.prepare(u"INSERT INTO comment (id, ticket_id, municipality, kind, author, text, created_at, op_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    c.addBindValue(commentId);
    c.addBindValue(t.ticket.id);
    c.addBindValue(t.ticket.municipality);
    c.addBindValue(codes::code(kind));
    c.addBindValue(actor.login);
    c.addBindValue(text.trimmed());
    c.addBindValue(now().toMSecsSinceEpoch());
    c.addBindValue(opId);
    if (!c.exec())
        return fail(Tr::tr("Commentaire"), c.lastError());
    QSqlError error;
    QJsonObject payload{
        {u"comment_id"_s, commentId}, {u"kind"_s, codes::code(kind)}, {u"text"_s, text.trimmed()}};
    if (notify && (hasReachableReporter(t.ticket.id) || !Workflow::canSeePersonalData(actor.role))) {
        // The reply is queued for the reporter; the comment already shows it in the timeline.
        const NotificationDraft message{t.ticket.id,
                                        t.ticket.municipality,
                                        u"reply"_s,
                                        subject.trimmed().isEmpty()
                                            ? Tr::tr("Votre signalement %1").arg(t.ticket.reference)
                                            : subject.trimmed(),
                                        text.trimmed(),
                                        false};
        QJsonArray messages;
        if (!writeNotifications({message}, opId, actor, now().toMSecsSinceEpoch(), &messages, &error))
            return fail(Tr::tr("Messages au demandeur"), error);
        payload.insert("notifications"_L1, messages);
    }
    if (!writeOutbox(opId, u"add_comment"_s, t.ticket.id, t.ticket.municipality, payload, t.revision, actor,
                     {}, &error))
        return fail(Tr::tr("File d'envoi"), error);
    if (LocalStore::Result r = m_store.commit(); !r)
        return refuse(r.message, EditResult::Failure);
    m_store.notifyTicketsChanged({t.ticket.id});
    EditResult ok;
    ok.operationId = opId;
    ok.ticketId = t.ticket.id;
    ok.reference = t.ticket.reference;
    return ok;
}

EditResult TicketEditor::attachPhoto(const QString &ticket, const QByteArray &image, const Actor &actor)
{
    if (image.size() > kMaxPhotoBytes)
        return refuse(Tr::tr("Photo trop lourde (%1 Mo, au plus %2 Mo).")
                          .arg(image.size() / 1048576.0, 0, 'f', 1)
                          .arg(kMaxPhotoBytes / 1048576),
                      EditResult::BadInput);
    const PreparedPhoto prepared = PreparedPhoto::fromBytes(image);
    if (!prepared.valid)
        return refuse(Tr::tr("Ce fichier n'est pas une image lisible (%1).").arg(prepared.error),
                      EditResult::BadInput);
    if (LocalStore::Result r = m_store.beginWrite(); !r)
        return refuse(r.message, EditResult::Failure);
    Loaded t;
    if (EditResult r = load(ticket, &t); !r.ok()) {
        m_store.rollback();
        return r;
    }
    if (t.ticket.photoCount >= kMaxPhotos) {
        m_store.rollback();
        return refuse(Tr::tr("Le signalement a déjà %1 photos, le maximum.").arg(kMaxPhotos));
    }
    QSqlError snapshotError;
    if (!snapshotSynced(t.ticket.id, &snapshotError))
        return fail(Tr::tr("Copie synchronisée"), snapshotError);
    const QString opId = newUuid();
    const QString photoId = newUuid();
    const qint64 now = this->now().toMSecsSinceEpoch();
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO photo (id, ticket_id, municipality, position, source, mime, width, height, "
              u"bytes, data, "
              "thumbnail, created_at, op_id) VALUES (?, ?, ?, ?, 'user', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(photoId);
    q.addBindValue(t.ticket.id);
    q.addBindValue(t.ticket.municipality);
    q.addBindValue(t.ticket.photoCount);
    q.addBindValue(prepared.mimeType);
    q.addBindValue(prepared.width);
    q.addBindValue(prepared.height);
    q.addBindValue(qint64(image.size()));
    q.addBindValue(image);
    q.addBindValue(prepared.thumbnail);
    q.addBindValue(now);
    q.addBindValue(opId);
    if (!q.exec())
        return fail(Tr::tr("Photo"), q.lastError());
    QSqlQuery u(m_store.database());
    u.prepare(u"UPDATE ticket SET photo_count = photo_count + 1, updated_at = ? WHERE id = ?"_s);
    u.addBindValue(now);
    u.addBindValue(t.ticket.id);
    if (!u.exec())
        return fail(Tr::tr("Photo"), u.lastError());
    QSqlError error;
    const QJsonObject payload{{u"photo_id"_s, photoId},
                              {u"position"_s, t.ticket.photoCount},
                              {u"mime"_s, prepared.mimeType},
                              {u"bytes"_s, qint64(image.size())}};
    if (!writeOutbox(opId, u"attach_photo"_s, t.ticket.id, t.ticket.municipality, payload, t.revision, actor,
                     {}, &error))
        return fail(Tr::tr("File d'envoi"), error);
    if (LocalStore::Result r = m_store.commit(); !r)
        return refuse(r.message, EditResult::Failure);
    m_store.notifyTicketsChanged({t.ticket.id});
    EditResult ok;
    ok.operationId = opId;
    ok.ticketId = t.ticket.id;
    ok.reference = t.ticket.reference;
    return ok;
}

QString TicketEditor::nextReference(const QString &municipality, const QDateTime &createdAt,
                                    const QString &id, QSqlError *error)
{
    const Municipality *m = m_ref.municipality(municipality);
    const QString prefix = m ? m->prefix : u"LAN"_s;
    const int year = createdAt.toTimeZone(WorkingCalendar::paris()).date().year();
    if (usesProvisionalReferences()) {
        // Final references come from the central database; until then, unique and recognisable.
        return u"%1-%2-P%3"_s.arg(prefix).arg(year).arg(id.left(8).toUpper());
    }
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO reference_counter (municipality, year, last) VALUES (?, ?, 1) "
              "ON CONFLICT (municipality, year) DO UPDATE SET last = last + 1 RETURNING last"_s);
    q.addBindValue(municipality);
    q.addBindValue(year);
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return {};
    }
    return u"%1-%2-%3"_s.arg(prefix).arg(year).arg(q.value(0).toLongLong(), 6, 10, QLatin1Char('0'));
}

EditResult TicketEditor::create(const NewTicket &n, const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Une équipe de terrain ne crée pas de signalement."));
    const Category *category = m_ref.category(n.category);
    if (!category)
        return refuse(Tr::tr("Catégorie inconnue : « %1 ».").arg(n.category), EditResult::BadInput);
    if (n.description.trimmed().isEmpty())
        return refuse(Tr::tr("La description ne peut pas être vide."), EditResult::BadInput);
    if (!(n.latitude >= -90 && n.latitude <= 90 && n.longitude >= -180 && n.longitude <= 180) ||
        (n.latitude == 0 && n.longitude == 0))
        return refuse(Tr::tr("Coordonnées invalides : %1, %2.").arg(n.latitude).arg(n.longitude),
                      EditResult::BadInput);
    if (!n.reporterEmail.isEmpty() && !n.reporterEmail.contains(u'@'))
        return refuse(Tr::tr("Adresse électronique invalide : « %1 ».").arg(n.reporterEmail),
                      EditResult::BadInput);
    if (n.photos.size() > kMaxPhotos)
        return refuse(Tr::tr("Au plus %1 photos par signalement.").arg(kMaxPhotos), EditResult::BadInput);
    QList<PreparedPhoto> photos;
    for (const QByteArray &bytes : n.photos) {
        PreparedPhoto p = PreparedPhoto::fromBytes(bytes);
        if (!p.valid || bytes.size() > kMaxPhotoBytes)
            return refuse(Tr::tr("Photo illisible ou trop lourde (%1).").arg(p.error), EditResult::BadInput);
        photos.append(p);
    }
    const QPointF pos(n.longitude, n.latitude);
    const Municipality *municipality = m_ref.municipalityAt(pos);
    const QString municipalityCode = municipality
                                         ? municipality->code
                                         : m_store.setting(u"municipality"_s, m_ref.municipalities()[0].code);
    const District *district = m_ref.districtAt(pos);

    if (LocalStore::Result r = m_store.beginWrite(); !r)
        return refuse(r.message, EditResult::Failure);
    QSqlError error;
    const QString id = newUuid();
    const QString opId = newUuid();
    const QDateTime now = this->now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QString reference = nextReference(municipalityCode, now, id, &error);
    if (reference.isEmpty())
        return fail(Tr::tr("Numérotation"), error);
    const Priority priority = n.priority.value_or(category->priority);
    const QDateTime due = Deadlines::dueAt(m_ref, now, n.category, priority, 0);
    // Routing on arrival: a service and team, or an external authority the ticket goes to at once.
    const QString districtCode = district ? district->code : u""_s;
    const RoutingDecision route = Router::route(m_ref, n.category, municipalityCode, districtCode, pos);
    const bool forwarded = !route.authority.isEmpty();
    const QString service = forwarded ? category->service : route.service;
    const QString team = forwarded ? QString() : route.team;
    const Status status = forwarded ? Status::Forwarded : Status::New;

    QString reporterId;
    if (!n.reporterName.trimmed().isEmpty() || !n.reporterEmail.trimmed().isEmpty() ||
        !n.reporterPhone.trimmed().isEmpty()) {
        reporterId = newUuid();
        QSqlQuery r(m_store.database());
        r.prepare(u"INSERT INTO reporter (id, municipality, name, email, phone) VALUES (?, ?, ?, ?, ?)"_s);
        r.addBindValue(reporterId);
        r.addBindValue(municipalityCode);
        r.addBindValue(text(n.reporterName.trimmed()));
        r.addBindValue(text(n.reporterEmail.trimmed()));
        r.addBindValue(text(n.reporterPhone.trimmed()));
        if (!r.exec())
            return fail(Tr::tr("Demandeur"), r.lastError());
    }
    QSqlQuery q(m_store.database());
    q.prepare(
        u"INSERT INTO ticket (id, municipality, reference, provisional, kind, category, description, "
        u"latitude, "
        "longitude, address, district, channel, reporter_id, status, status_class, status_rank, priority, "
        "priority_rank, service, team, assignee, due_at, forwarded_to, photo_count, created_at, updated_at, "
        "routing_rule, forward_state, acknowledged_at, paused_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(municipalityCode);
    q.addBindValue(reference);
    q.addBindValue(usesProvisionalReferences() ? 1 : 0);
    q.addBindValue(codes::code(n.kind));
    q.addBindValue(n.category);
    q.addBindValue(text(n.description.trimmed()));
    q.addBindValue(n.latitude);
    q.addBindValue(n.longitude);
    q.addBindValue(text(n.address.trimmed()));
    q.addBindValue(district ? district->code : u""_s);
    q.addBindValue(codes::code(n.channel));
    q.addBindValue(reporterId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reporterId));
    q.addBindValue(codes::code(status));
    q.addBindValue(int(status));
    q.addBindValue(codes::code(priority));
    q.addBindValue(codes::rank(priority));
    q.addBindValue(text(service));
    q.addBindValue(text(team));
    q.addBindValue(due.toMSecsSinceEpoch());
    q.addBindValue(text(route.authority));
    q.addBindValue(qsizetype(photos.size()));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(text(route.rule));
    q.addBindValue(forwarded ? u"sent"_s : u""_s);
    q.addBindValue(forwarded ? QVariant(nowMs) : kNullTime);
    q.addBindValue(forwarded ? QVariant(nowMs) : kNullTime);
    if (!q.exec())
        return fail(Tr::tr("Création du signalement"), q.lastError());

    QJsonArray photoIds;
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const QString photoId = newUuid();
        QSqlQuery p(m_store.database());
        p.prepare(
            u"INSERT INTO photo (id, ticket_id, municipality, position, source, mime, width, height, bytes, "
            "data, thumbnail, created_at, op_id) VALUES (?, ?, ?, ?, 'user', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        p.addBindValue(photoId);
        p.addBindValue(id);
        p.addBindValue(municipalityCode);
        p.addBindValue(int(i));
        p.addBindValue(photos[i].mimeType);
        p.addBindValue(photos[i].width);
        p.addBindValue(photos[i].height);
        p.addBindValue(qint64(n.photos[i].size()));
        p.addBindValue(n.photos[i]);
        p.addBindValue(photos[i].thumbnail);
        p.addBindValue(nowMs);
        p.addBindValue(opId);
        if (!p.exec())
            return fail(Tr::tr("Photo"), p.lastError());
        photoIds.append(photoId);
    }
    QSqlQuery h(m_store.database());
    h.prepare(
        u"INSERT INTO history (id, ticket_id, municipality, op_id, author, at, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, 'created', '', ?)"_s);
    h.addBindValue(newUuid());
    h.addBindValue(id);
    h.addBindValue(municipalityCode);
    h.addBindValue(opId);
    h.addBindValue(actor.login);
    h.addBindValue(nowMs);
    h.addBindValue(reference);
    if (!h.exec())
        return fail(Tr::tr("Historique"), h.lastError());
    if (!route.rule.isEmpty()) {
        // Which rule routed it, as the central database's history says it too.
        QSqlQuery r(m_store.database());
        r.prepare(u"INSERT INTO history (id, ticket_id, municipality, op_id, author, at, field, old_value, "
                  "new_value) VALUES (?, ?, ?, ?, ?, ?, 'routing_rule', '', ?)"_s);
        r.addBindValue(newUuid());
        r.addBindValue(id);
        r.addBindValue(municipalityCode);
        r.addBindValue(opId);
        r.addBindValue(actor.login);
        r.addBindValue(nowMs);
        r.addBindValue(route.rule);
        if (!r.exec())
            return fail(Tr::tr("Historique"), r.lastError());
    }
    QJsonArray messages;
    if (forwarded) {
        Ticket created;
        created.id = id;
        created.municipality = municipalityCode;
        created.reference = reference;
        created.category = n.category;
        created.address = n.address.trimmed();
        created.district = districtCode;
        created.latitude = n.latitude;
        created.longitude = n.longitude;
        created.status = status;
        created.forwardedTo = route.authority;
        if (const auto m = automaticMessage(u"forwarded"_s, created, actor);
            m && !writeNotifications({*m}, opId, actor, nowMs, &messages, &error))
            return fail(Tr::tr("Messages au demandeur"), error);
    }

    QJsonObject payload{
        {u"reference"_s, reference},
        {u"provisional"_s, usesProvisionalReferences()},
        {u"kind"_s, codes::code(n.kind)},
        {u"category"_s, n.category},
        {u"description"_s, n.description.trimmed()},
        {u"latitude"_s, n.latitude},
        {u"longitude"_s, n.longitude},
        {u"address"_s, n.address.trimmed()},
        {u"district"_s, district ? district->code : QString()},
        {u"channel"_s, codes::code(n.channel)},
        {u"priority"_s, codes::code(priority)},
        {u"service"_s, service},
        {u"team"_s, team},
        {u"status"_s, codes::code(status)},
        {u"routing_rule"_s, route.rule},
        {u"due_at"_s, due.toMSecsSinceEpoch()},
        {u"created_at"_s, nowMs},
        {u"reporter"_s, reporterId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reporterId)},
        {u"photos"_s, photoIds},
    };
    if (forwarded) {
        payload.insert("forwarded_to"_L1, route.authority);
        payload.insert("forward_state"_L1, u"sent"_s);
        payload.insert("acknowledged_at"_L1, nowMs);
        payload.insert("paused_at"_L1, nowMs);
    }
    if (!messages.isEmpty())
        payload.insert("notifications"_L1, messages);
    if (!writeOutbox(opId, u"create_ticket"_s, id, municipalityCode, payload,
                     QVariant(QMetaType::fromType<qlonglong>()), actor, {}, &error))
        return fail(Tr::tr("File d'envoi"), error);
    if (LocalStore::Result r = m_store.commit(); !r)
        return refuse(r.message, EditResult::Failure);
    m_store.notifyTicketsChanged({id});
    EditResult ok;
    ok.operationId = opId;
    ok.ticketId = id;
    ok.reference = reference;
    return ok;
}

namespace {
struct UndoCandidate
{
    QString opId;
    QString opType;
    QJsonObject payload;
};

std::optional<UndoCandidate> findUndoable(const LocalStore &store, const QString &ticketId,
                                          const QString &author)
{
    QSqlQuery q(store.database());
    q.prepare(
        u"SELECT op_id, op_type, payload FROM outbox o WHERE entity_id = ? AND author = ? AND undo_of IS "
        u"NULL "
        "AND op_type <> 'create_ticket' AND NOT EXISTS (SELECT 1 FROM outbox u WHERE u.undo_of = o.op_id) "
        "ORDER BY seq DESC LIMIT 1"_s);
    q.addBindValue(ticketId);
    q.addBindValue(author);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return UndoCandidate{q.value(0).toString(), q.value(1).toString(),
                         QJsonDocument::fromJson(q.value(2).toByteArray()).object()};
}

} // namespace

QString TicketEditor::lastUndoable(const QString &ticket, const Actor &actor) const
{
    TicketRepository repo(m_store);
    const auto t = repo.ticket(ticket);
    if (!t)
        return {};
    const auto c = findUndoable(m_store, t->id, actor.login);
    if (!c)
        return {};
    // In a sentence: "Annuler la dernière action (changement de statut)".
    QString label = codes::operationLabel(c->opType);
    if (!label.isEmpty())
        label[0] = label[0].toLower();
    return label;
}

QString TicketEditor::lastUndoableOperation(const QString &ticketId, const Actor &actor) const
{
    const auto c = findUndoable(m_store, ticketId, actor.login);
    return c ? c->opId : QString();
}

EditResult TicketEditor::undoLast(const QString &ticket, const Actor &actor)
{
    Loaded t;
    if (EditResult r = load(ticket, &t); !r.ok())
        return r;
    const auto c = findUndoable(m_store, t.ticket.id, actor.login);
    if (!c)
        return refuse(Tr::tr("Aucune action à annuler sur ce signalement."), EditResult::NotFound);

    if (c->opType == "add_comment"_L1 || c->opType == "attach_photo"_L1) {
        const bool comment = c->opType == "add_comment"_L1;
        if (LocalStore::Result r = m_store.beginWrite(); !r)
            return refuse(r.message, EditResult::Failure);
        const QString targetId = c->payload.value(comment ? "comment_id"_L1 : "photo_id"_L1).toString();
        QSqlError snapshotError;
        if (!snapshotSynced(t.ticket.id, &snapshotError))
            return fail(Tr::tr("Copie synchronisée"), snapshotError);
        QSqlQuery q(m_store.database());
        q.prepare(comment ? u"DELETE FROM comment WHERE id = ?"_s : u"DELETE FROM photo WHERE id = ?"_s);
        q.addBindValue(targetId);
        if (!q.exec())
            return fail(Tr::tr("Annulation"), q.lastError());
        if (!comment) {
            QSqlQuery u(m_store.database());
            u.prepare(
                u"UPDATE ticket SET photo_count = max(0, photo_count - 1), updated_at = ? WHERE id = ?"_s);
            u.addBindValue(now().toMSecsSinceEpoch());
            u.addBindValue(t.ticket.id);
            if (!u.exec())
                return fail(Tr::tr("Annulation"), u.lastError());
        }
        QSqlError error;
        const QString opId = newUuid();
        const QJsonObject payload{{comment ? u"comment_id"_s : u"photo_id"_s, targetId}};
        if (!writeOutbox(opId, comment ? u"delete_comment"_s : u"remove_photo"_s, t.ticket.id,
                         t.ticket.municipality, payload, t.revision, actor, c->opId, &error))
            return fail(Tr::tr("File d'envoi"), error);
        if (LocalStore::Result r = m_store.commit(); !r)
            return refuse(r.message, EditResult::Failure);
        m_store.notifyTicketsChanged({t.ticket.id});
        EditResult ok;
        ok.operationId = opId;
        ok.ticketId = t.ticket.id;
        ok.reference = t.ticket.reference;
        return ok;
    }

    // Field operations: put back the old values, unless someone changed them since.
    const QJsonObject fields = c->payload.value("fields"_L1).toObject();
    QList<FieldChange> changes;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        const QVariant current = fieldValue(t.ticket, it.key());
        if (!sameValue(current, v.value("new"_L1).toVariant()))
            return refuse(Tr::tr("Impossible d'annuler : « %1 » a été modifié depuis.")
                              .arg(codes::fieldLabel(it.key())));
        changes.append({it.key(), {}, v.value("old"_L1).toVariant()});
    }
    for (FieldChange &fc : changes) {
        if (fc.newValue.typeId() == QMetaType::Double && kTimeFields.contains(fc.field))
            fc.newValue = qint64(fc.newValue.toDouble());
        if (fc.newValue.isNull() && kTimeFields.contains(fc.field))
            fc.newValue = QVariant(QMetaType::fromType<qlonglong>());
    }
    return applyFields(t.ticket.id, c->opType, changes, actor, {}, c->opId);
}

EditResult TicketEditor::resend(const QString &refusedOpId, const Actor &actor)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT op_type, entity_id, payload, state FROM outbox WHERE op_id = ?"_s);
    q.addBindValue(refusedOpId);
    if (!q.exec())
        return refuse(m_store.failure(q.lastError(), Tr::tr("File d'envoi")).message, EditResult::Failure);
    if (!q.next())
        return refuse(Tr::tr("Opération introuvable : %1").arg(refusedOpId), EditResult::NotFound);
    const QString type = q.value(0).toString();
    const QString ticket = q.value(1).toString();
    const QJsonObject payload = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    const QString state = q.value(3).toString();
    if (state != "conflict"_L1 && state != "rejected"_L1)
        return refuse(Tr::tr("Cette opération n'a pas été refusée : il n'y a rien à renvoyer."));

    if (type == "add_comment"_L1) {
        const auto kind = codes::commentKind(payload.value("kind"_L1).toString());
        return addComment(ticket, kind.value_or(CommentKind::Internal), payload.value("text"_L1).toString(),
                          actor);
    }
    if (type == "attach_photo"_L1) {
        const QByteArray data = QByteArray::fromBase64(payload.value("data"_L1).toString().toLatin1());
        if (data.isEmpty())
            return refuse(Tr::tr("La photo refusée n'est plus sur ce poste."), EditResult::NotFound);
        return attachPhoto(ticket, data, actor);
    }
    const QJsonObject fields = payload.value("fields"_L1).toObject();
    if (fields.isEmpty())
        return refuse(Tr::tr("Une création ou une annulation ne peut pas être renvoyée."));

    auto newValue = [&](const char *field) {
        return fields.value(QLatin1String(field)).toObject().value("new"_L1).toString();
    };
    if (type == "set_status"_L1) {
        // Checked by the workflow from the ticket's status now; times follow the same rules.
        const auto to = codes::status(newValue("status"));
        if (!to)
            return refuse(Tr::tr("Statut inconnu dans l'opération refusée."), EditResult::BadInput);
        StatusNote note;
        note.text = payload.value("note"_L1).toObject().value("text"_L1).toString();
        note.duplicateOf = newValue("duplicate_of");
        note.forwardedTo = newValue("forwarded_to");
        return setStatus(ticket, *to, note, actor);
    }
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Une équipe de terrain ne peut modifier que le statut."));
    QList<FieldChange> changes;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QVariant v = it.value().toObject().value("new"_L1).toVariant();
        if (kTimeFields.contains(it.key()))
            v = v.isNull() ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qint64(v.toDouble()));
        changes.append({it.key(), {}, v});
    }
    return applyFields(ticket, type, changes, actor);
}

QList<DuplicateSuggestion> TicketEditor::duplicateSuggestions(const QString &ticket, int limit) const
{
    QList<DuplicateSuggestion> out;
    TicketRepository repo(m_store);
    const auto t = repo.ticket(ticket);
    if (!t)
        return out;
    // Candidates: open tickets of a related category, recent, in a box around the ticket; then
    // the rules decide and score.
    QStringList related;
    int radius = 0;
    for (const Category &c : m_ref.categories()) {
        if (DuplicateRules::relatedCategories(m_ref, t->category, c.code)) {
            related.append(c.code);
            radius = std::max(radius, c.duplicateRadiusMetres);
        }
    }
    const double dLat = radius / 111320.0;
    const double dLon = radius / (111320.0 * std::max(0.01, std::cos(t->latitude * M_PI / 180)));
    const qint64 window = qint64(DuplicateRules::kRecentDays) * 24 * 3600 * 1000;
    const qint64 created = t->createdAt.toMSecsSinceEpoch();
    QStringList marks;
    for (qsizetype i = 0; i < related.size(); ++i)
        marks.append(u"?"_s);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT id, reference, category, status, description, created_at, latitude, longitude FROM ticket "
        "WHERE created_at BETWEEN ? AND ? AND status_class = 'open' AND id <> ? AND latitude BETWEEN ? AND ? "
        "AND longitude BETWEEN ? AND ? AND category IN ("_s +
        marks.join(u", "_s) + u") LIMIT 500"_s);
    q.addBindValue(created - window);
    q.addBindValue(created + window);
    q.addBindValue(t->id);
    q.addBindValue(t->latitude - dLat);
    q.addBindValue(t->latitude + dLat);
    q.addBindValue(t->longitude - dLon);
    q.addBindValue(t->longitude + dLon);
    for (const QString &c : std::as_const(related))
        q.addBindValue(c);
    if (!q.exec()) {
        qCWarning(lcDb) << "duplicate suggestions:" << q.lastError().text();
        return out;
    }
    const DuplicateProbe probe{t->id,        t->category,    QPointF(t->longitude, t->latitude),
                               t->createdAt, t->description, true};
    while (q.next()) {
        const DuplicateProbe candidate{q.value(0).toString(),
                                       q.value(2).toString(),
                                       QPointF(q.value(7).toDouble(), q.value(6).toDouble()),
                                       fromStoredTime(q.value(5)),
                                       q.value(4).toString(),
                                       true};
        const DuplicateMatch m = DuplicateRules::assess(m_ref, probe, candidate);
        if (!m.matches)
            continue;
        out.append({candidate.id, q.value(1).toString(), candidate.category, q.value(3).toString(),
                    candidate.description, candidate.createdAt, m.distanceMetres, m.textSimilarity, m.score});
    }
    std::sort(out.begin(), out.end(), [](const DuplicateSuggestion &a, const DuplicateSuggestion &b) {
        return a.score != b.score ? a.score > b.score : a.createdAt < b.createdAt;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace lanterne
