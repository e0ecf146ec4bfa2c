// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lanterne {

/** The reporter of a ticket: personal data, kept in a table of its own. */
struct Reporter
{
    QString id;
    QString name;
    QString email;
    QString phone;
};

/** A citizen's report as the workstation sees it (synced copy with pending edits applied). */
struct Ticket
{
    QString id; ///< UUID
    QString municipality;
    QString reference;
    bool provisionalReference = false;
    TicketKind kind = TicketKind::Report;
    QString category;
    QString description;
    double latitude = 0;
    double longitude = 0;
    QString address;
    QString district;
    Channel channel = Channel::Agent;
    std::optional<Reporter> reporter;
    Status status = Status::New;
    Priority priority = Priority::Normal;
    QString service;
    QString team;
    QString assignee;
    QDateTime dueAt;
    QString duplicateOf; ///< UUID of the original ticket
    QString duplicateOfReference;
    QString forwardedTo;      ///< external authority code
    QString forwardState;     ///< sent | acknowledged | returned; empty: never forwarded
    QString routingRule;      ///< the rule that routed it; empty: the category's; "manual"
    QDateTime pausedAt;       ///< the deadline's clock stopped then (waiting, forwarded)
    qint64 pausedMinutes = 0; ///< working minutes of the pauses already over
    QString firstPhoto;       ///< the first photo's id ("remote/ID" when not on this workstation yet)
    int photoCount = 0;
    QDateTime createdAt;
    QDateTime acknowledgedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    QDateTime updatedAt;
    std::optional<qint64> revision; ///< server revision last synced at; none: never synced
    int pendingOperations = 0;      ///< local edits not yet confirmed by the central database
};

struct Comment
{
    QString id;
    QString ticketId;
    CommentKind kind = CommentKind::Internal;
    QString author;
    QDateTime createdAt;
    QString text;
    bool pending = false;
};

/** A message queued for a ticket's reporter (see the notification table). */
struct Notification
{
    QString id;
    QString ticketId;
    QString event; ///< reply | acknowledgement | forwarded | duplicate | resolved
    QString subject;
    QString body;
    QString state; ///< queued | sent | failed
    QString author;
    QDateTime createdAt;
    bool pending = false; ///< not yet confirmed by the central database
};

/** One field change in a ticket's history. */
struct HistoryEntry
{
    QString id;
    QString ticketId;
    QString operationId;
    QString author;
    QDateTime at;
    QString field;
    QString oldValue;
    QString newValue;
    bool pending = false;
};

struct Photo
{
    QString id;
    QString ticketId;
    int position = 0;
    bool demo = false;  ///< drawn on demand from the ticket's id, never stored
    bool stored = true; ///< the picture is on this workstation (else fetched when first shown)
    QString mimeType;
    int width = 0;
    int height = 0;
    qint64 bytes = 0;
    QDateTime createdAt;
};

/** A work order for a field team. */
struct Intervention
{
    QString id;
    QString municipality;
    QString ticketId;
    QString team;
    QDate scheduledDay;
    int position = 0;
    QString result; ///< done | not_done | impossible, empty while planned
    QString reason;
    int minutesSpent = 0;
    QString materials;
    QString note;
    QString beforePhoto;
    QString afterPhoto;
    QDateTime actedAt;
};

} // namespace lanterne
