// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lanterne {

/** How a ticket list is ordered. */
enum class TicketSort
{
    Created,
    Updated,
    Due,
    Priority,
    Status,
    Reference
};

/**
 * The filters shared by the Inbox, the map, the kanban and `lanternectl tickets list`, turned
 * into a parameterised SQL condition on the ticket table.
 */
struct TicketFilter
{
    QStringList statuses;   ///< status codes (any of)
    QString statusClass;    ///< open | fixed | closed
    QStringList categories; ///< category codes (any of)
    QString domain;         ///< category domain code
    QString municipality;
    QString district; ///< district code
    QString service;  ///< "-": no service
    QString team;     ///< "-": no team
    QString assignee; ///< "-": nobody
    QString priority;
    QString channel;
    QDate from;             ///< created on or after this day (Europe/Paris)
    QDate to;               ///< created on or before this day (inclusive)
    QDate resolvedFrom;     ///< resolved (first time) on or after this day (Europe/Paris)
    QDate resolvedTo;       ///< resolved on or before this day (inclusive)
    QDate openAt;           ///< still open at the end of this day (created by then, not yet resolved)
    bool forwarded = false; ///< forwarded to an external authority at some time
    bool duplicate = false; ///< merged as the duplicate of another ticket
    bool overdue = false;   ///< open, not paused, past its deadline
    bool dueSoon = false;   ///< open, not paused, due within the next working day
    /** Tickets closed or fixed more than this many days ago are left out (0: none is). */
    int doneDays = 0;
    QString search; ///< words, each matched as a prefix in reference, description and address
    QStringList ids;

    TicketSort sort = TicketSort::Created;
    bool ascending = false;

    [[nodiscard]] bool isEmpty() const;
    bool operator==(const TicketFilter &) const = default;

    /** " WHERE ..." (or empty) with its bind values in order; @p now decides what is overdue. */
    [[nodiscard]] QString whereClause(QVariantList *binds,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /**
     * The same, for a page of a search that matches many tickets: the match is tested row by row
     * while walking the sort's index, instead of sorting every match.
     */
    [[nodiscard]] QString whereClauseWalkingSort(QVariantList *binds) const;
    [[nodiscard]] QString orderClause() const;
    /** The FTS5 query for @p text: each word quoted, the last ones as prefixes; empty if no word. */
    [[nodiscard]] static QString ftsQuery(const QString &text);

    [[nodiscard]] QJsonObject toJson() const;
    /** The criteria alone (no sort order), as the QML views exchange them. */
    [[nodiscard]] QVariantMap criteria() const;
    [[nodiscard]] static TicketFilter fromJson(const QJsonObject &o);
    [[nodiscard]] static QString sortCode(TicketSort s);
    [[nodiscard]] static TicketSort sortFromCode(const QString &code);
};

} // namespace lanterne
