// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QList>
#include <QString>

namespace lanterne {

/** Ticket statuses, in workflow order. Codes are stable (CLI, JSON, CSV, database). */
enum class Status
{
    New,
    Triage,
    Acknowledged,
    Investigating,
    Waiting,
    Planned,
    InProgress,
    Forwarded,
    Fixed,
    Closed,
    Duplicate,
    NotResponsible,
    NoFurtherAction,
    Cancelled,
};

/** What a status means for statistics: still open, fixed, or closed without a fix. */
enum class StatusClass
{
    Open,
    Fixed,
    Closed
};

enum class Priority
{
    Low,
    Normal,
    High,
    Urgent
};
enum class Channel
{
    MobileApp,
    Web,
    Phone,
    Counter,
    Email,
    Agent
};
enum class TicketKind
{
    Report,
    Suggestion,
    Compliment
};
enum class Role
{
    Agent,
    Supervisor,
    Field,
    Admin
};
enum class CommentKind
{
    Internal,
    Public
};

/** Stable codes and translated labels of the domain's enumerations. */
namespace codes {

[[nodiscard]] QString code(Status s);
[[nodiscard]] QString code(StatusClass c);
[[nodiscard]] QString code(Priority p);
[[nodiscard]] QString code(Channel c);
[[nodiscard]] QString code(TicketKind k);
[[nodiscard]] QString code(Role r);
[[nodiscard]] QString code(CommentKind k);

[[nodiscard]] QString label(Status s);
[[nodiscard]] QString label(StatusClass c);
[[nodiscard]] QString label(Priority p);
[[nodiscard]] QString label(Channel c);
[[nodiscard]] QString label(TicketKind k);
[[nodiscard]] QString label(Role r);

[[nodiscard]] StatusClass statusClass(Status s);
[[nodiscard]] bool isOpen(Status s);
/** Rank for sorting by priority (urgent highest). */
[[nodiscard]] int rank(Priority p);

[[nodiscard]] std::optional<Status> status(const QString &code);
[[nodiscard]] std::optional<StatusClass> statusClass(const QString &code);
[[nodiscard]] std::optional<Priority> priority(const QString &code);
[[nodiscard]] std::optional<Channel> channel(const QString &code);
[[nodiscard]] std::optional<TicketKind> kind(const QString &code);
[[nodiscard]] std::optional<Role> role(const QString &code);
[[nodiscard]] std::optional<CommentKind> commentKind(const QString &code);

[[nodiscard]] QList<Status> allStatuses();
[[nodiscard]] QList<Priority> allPriorities();
[[nodiscard]] QList<Channel> allChannels();
[[nodiscard]] QList<TicketKind> allKinds();
[[nodiscard]] QList<Role> allRoles();

/** The label of a ticket field in history and messages (status, priority, team...). */
[[nodiscard]] QString fieldLabel(const QString &field);
/** An operation of the outbox for people: "Changement de statut" (set_status). */
[[nodiscard]] QString operationLabel(const QString &opType);
/** The follow-up of a forwarded ticket: sent, acknowledged or returned by the authority. */
[[nodiscard]] QString forwardStateLabel(const QString &state);

} // namespace codes
} // namespace lanterne
