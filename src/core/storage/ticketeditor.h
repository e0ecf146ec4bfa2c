// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/codes.h"
#include "domain/referencedata.h"
#include "domain/ticket.h"
#include "storage/localstore.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariant>

namespace lanterne {

/** Who acts: author of history and comments, and the rights the workflow checks. */
struct Actor
{
    QString login;
    Role role = Role::Admin;
    QString team; ///< for field teams: the team whose tickets they may change
};

/** The outcome of an edit; codes follow lanternectl's exit codes. */
struct EditResult
{
    enum Code
    {
        Ok = 0,
        Failure = 1,
        BadInput = 2,
        NotFound = 3,
        Refused = 4
    };
    Code code = Ok;
    QString message; ///< translated, for the user
    QString operationId;
    QString ticketId;
    QString reference;
    QString interventionId; ///< for an intervention's planning or report (Interventions)
    [[nodiscard]] bool ok() const { return code == Ok; }
};

/** What an agent types in the new-ticket form (or a script gives `ticket create`). */
struct NewTicket
{
    TicketKind kind = TicketKind::Report;
    QString category;
    QString description;
    double latitude = 0;
    double longitude = 0;
    QString address;
    Channel channel = Channel::Agent;
    std::optional<Priority> priority;
    QString reporterName;
    QString reporterEmail;
    QString reporterPhone;
    QList<QByteArray> photos; ///< encoded images (JPEG, PNG...)
};

/** The note a status change may need (see Workflow::noteFor). */
struct StatusNote
{
    QString text;        ///< reason, or a note for any change
    QString duplicateOf; ///< reference or UUID of the original
    QString forwardedTo; ///< authority code
};

/** A message to a reporter queued by an edit (see the notification table). */
struct NotificationDraft
{
    QString ticketId; ///< the ticket whose reporter is told
    QString municipality;
    QString event; ///< reply | acknowledgement | forwarded | duplicate | resolved
    QString subject;
    QString body;
    bool withComment = true; ///< also shown as a public comment on that ticket
};

/** What the duplicate rules suggest for a ticket. */
struct DuplicateSuggestion
{
    QString id;
    QString reference;
    QString category;
    QString status;
    QString description;
    QDateTime createdAt;
    double distanceMetres = 0;
    double textSimilarity = 0;
    double score = 0;
};

/**
 * Every edit of a ticket as a typed operation: checked (workflow, rights, input), then written in
 * one transaction to the working copy, the history (with the operation's UUID) and the outbox
 * (operation UUID, type, fields' old and new values, base revision, device time). The synced copy
 * of a ticket is kept in ticket_synced before its first pending edit.
 */
class TicketEditor
{
public:
    static constexpr int kMaxPhotos = 4;
    static constexpr qint64 kMaxPhotoBytes = 15 * 1024 * 1024;

    explicit TicketEditor(LocalStore &store, const ReferenceData &reference = ReferenceData::builtin());

    /** The clock edits are dated by (the current UTC time unless set: tests replay known times). */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    EditResult create(const NewTicket &ticket, const Actor &actor);
    EditResult setStatus(const QString &ticket, Status to, const StatusNote &note, const Actor &actor);
    /** Empty optional: unchanged; empty string: unassigned. */
    EditResult assign(const QString &ticket, const std::optional<QString> &service,
                      const std::optional<QString> &team, const std::optional<QString> &agent,
                      const Actor &actor);
    EditResult setPriority(const QString &ticket, Priority priority, const Actor &actor);
    EditResult recategorize(const QString &ticket, const QString &category, const Actor &actor);
    EditResult editDescription(const QString &ticket, const QString &description, const Actor &actor);
    EditResult moveLocation(const QString &ticket, double latitude, double longitude, const QString &address,
                            const Actor &actor);
    EditResult addComment(const QString &ticket, CommentKind kind, const QString &text, const Actor &actor);
    /**
     * A public reply: a public comment, and a message queued for the reporter (when the ticket
     * has one with an e-mail address). @p subject defaults to "Votre signalement REF".
     */
    EditResult reply(const QString &ticket, const QString &text, const Actor &actor,
                     const QString &subject = {});
    /** Forwards to an external authority (status "forwarded"); the reporter is told who is responsible. */
    EditResult forward(const QString &ticket, const QString &authority, const QString &note,
                       const Actor &actor);
    /**
     * The authority's answer about a forwarded ticket: "acknowledged" (it takes it on) or
     * "returned" (sent back: the ticket goes back to triage and its deadline runs again; a reason
     * is required).
     */
    EditResult setForwardState(const QString &ticket, const QString &state, const QString &note,
                               const Actor &actor);
    /**
     * Merges @p duplicate into @p original: status "duplicate", linked to the original; its
     * reporter is told and will be told again when the original is resolved.
     */
    EditResult merge(const QString &duplicate, const QString &original, const QString &note,
                     const Actor &actor);
    /** Tickets the duplicate rules suggest @p ticket duplicates, best first. */
    [[nodiscard]] QList<DuplicateSuggestion> duplicateSuggestions(const QString &ticket, int limit = 5) const;
    /** Applies the routing rules again (as on arrival), replacing a manual assignment. */
    EditResult reroute(const QString &ticket, const Actor &actor);
    EditResult attachPhoto(const QString &ticket, const QByteArray &image, const Actor &actor);
    /** Undoes the actor's last operation on the ticket, if nobody changed those fields since. */
    EditResult undoLast(const QString &ticket, const Actor &actor);
    /** A description of the operation undoLast() would undo, empty when there is none. */
    [[nodiscard]] QString lastUndoable(const QString &ticket, const Actor &actor) const;
    /** The UUID of the operation undoLast() would undo, empty when there is none. */
    [[nodiscard]] QString lastUndoableOperation(const QString &ticketId, const Actor &actor) const;

    /**
     * Sends again, as a new operation on the ticket as it is now, what a refused operation (a
     * conflict or a rejection, kept in the outbox) wanted: the agent's values, comment or photo.
     * Checked like any edit (workflow, rights). A creation or an undo cannot be sent again.
     */
    EditResult resend(const QString &refusedOpId, const Actor &actor);

    /** Whether new tickets get provisional references (a central database gives final ones). */
    [[nodiscard]] bool usesProvisionalReferences() const;

private:
    struct FieldChange
    {
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };
    struct Loaded;

    EditResult load(const QString &ticket, Loaded *out);
    EditResult applyFields(const QString &ticket, const QString &opType, QList<FieldChange> changes,
                           const Actor &actor, const QString &commentText = {}, const QString &undoOf = {},
                           const QList<NotificationDraft> &notifications = {});
    EditResult writeFields(const Loaded &t, const QString &opType, const QList<FieldChange> &changes,
                           const Actor &actor, const QString &commentText, const QString &undoOf,
                           const QList<NotificationDraft> &notifications);
    EditResult writeComment(const QString &ticket, CommentKind kind, const QString &text, const Actor &actor,
                            bool notify, const QString &subject);
    bool writeNotifications(const QList<NotificationDraft> &drafts, const QString &opId, const Actor &actor,
                            qint64 at, QJsonArray *payload, QSqlError *error);
    /** The message of a template sent on @p event, when the ticket's reporter can be reached. */
    std::optional<NotificationDraft> automaticMessage(const QString &event, const Ticket &t,
                                                      const Actor &actor,
                                                      const QString &originalReference = {}) const;
    [[nodiscard]] bool hasReachableReporter(const QString &ticketId) const;
    /** The fields the routing rules set for @p category (and a forward when they say so). */
    void routingChanges(const Ticket &t, const QString &category, const Actor &actor,
                        QList<FieldChange> *changes, QList<NotificationDraft> *messages) const;
    /** The due date and pause fields after a status change (stopping or restarting the clock). */
    void deadlineChanges(const Ticket &t, Status to, QList<FieldChange> *changes) const;
    [[nodiscard]] QDateTime dueAt(const Ticket &t, const QString &category, Priority priority,
                                  qint64 pausedMinutes) const;
    bool writeOutbox(const QString &opId, const QString &opType, const QString &ticketId,
                     const QString &municipality, const QJsonObject &payload, const QVariant &baseRevision,
                     const Actor &actor, const QString &undoOf, QSqlError *error);
    bool snapshotSynced(const QString &ticketId, QSqlError *error);
    QString nextReference(const QString &municipality, const QDateTime &createdAt, const QString &id,
                          QSqlError *error);
    EditResult fail(const QString &what, const QSqlError &error);
    EditResult refuse(const QString &message, EditResult::Code code = EditResult::Refused);

    /** Whether the ticket's history shows it in a fixed status at some time. */
    [[nodiscard]] bool wasEverFixed(const QString &ticketId) const;
    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    LocalStore &m_store;
    const ReferenceData &m_ref;
    std::function<QDateTime()> m_clock;
};

} // namespace lanterne
