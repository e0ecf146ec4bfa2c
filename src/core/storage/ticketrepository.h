// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "domain/ticket.h"
#include "storage/localstore.h"
#include "storage/ticketfilter.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QList>

class QSqlQuery;

namespace lanterne {

struct SavedFilter
{
    QString id;
    QString name;
    TicketFilter filter;
};

/** Reads tickets, their comments, history and photos from the local store (prepared statements only). */
class TicketRepository
{
public:
    explicit TicketRepository(const LocalStore &store);

    /** The number of tickets matching; -1 on a database error. */
    [[nodiscard]] qint64 count(const TicketFilter &filter) const;
    [[nodiscard]] QList<Ticket> page(const TicketFilter &filter, qint64 offset, int limit) const;
    /**
     * Every matching ticket (at most @p limit when >= 0), in the filter's order, one query read
     * as it goes (an export of 350,000: no page read again from the start); @p visit returns false
     * to stop. False with lastError() on a database error.
     */
    bool forEach(const TicketFilter &filter, qint64 limit,
                 const std::function<bool(const Ticket &)> &visit) const;
    /** These tickets (in no particular order; unknown ids are left out). */
    [[nodiscard]] QList<Ticket> byIds(const QStringList &ids) const;
    /** The messages queued for the reporter of @p ticketId, oldest first. */
    [[nodiscard]] QList<Notification> notifications(const QString &ticketId) const;
    /** The tickets merged into @p ticketId as its duplicates, oldest first. */
    [[nodiscard]] QList<Ticket> duplicatesOf(const QString &ticketId) const;
    /** The position of a ticket in the filtered, sorted list; -1 when it does not match. */
    [[nodiscard]] qint64 positionOf(const TicketFilter &filter, const QString &id) const;
    /** By UUID or public reference. The reporter is read only when @p withPersonalData. */
    [[nodiscard]] std::optional<Ticket> ticket(const QString &idOrReference,
                                               bool withPersonalData = false) const;
    [[nodiscard]] QList<Comment> comments(const QString &ticketId) const;
    [[nodiscard]] QList<HistoryEntry> history(const QString &ticketId) const;
    [[nodiscard]] QList<Photo> photos(const QString &ticketId) const;
    [[nodiscard]] std::optional<Photo> photo(const QString &photoId) const;
    /** The stored bytes of a user's photo (or its thumbnail); empty for demo photos. */
    [[nodiscard]] QByteArray photoData(const QString &photoId, bool thumbnail = false) const;
    [[nodiscard]] int pendingOperationCount() const;
    /** A field's value for people: labels for codes, references for tickets, local times. */
    [[nodiscard]] QString displayValue(const QString &field, const QString &value,
                                       const QString &municipality, const ReferenceData &reference) const;
    /** A history entry for people: "Statut : nouveau → à trier", with labels and references. */
    [[nodiscard]] QString describeChange(const HistoryEntry &entry, const QString &municipality,
                                         const ReferenceData &reference) const;

    [[nodiscard]] QList<SavedFilter> savedFilters(const QString &owner) const;

    /**
     * The columns of a ticket's synced copy in ticket_synced.row (JSON, one key per column), the
     * same whether the copy is kept before a local edit or written by a pull.
     */
    [[nodiscard]] static const QStringList &syncedColumns();
    /** Column list matching readTicket(). */
    [[nodiscard]] static QString ticketColumns();
    [[nodiscard]] static Ticket readTicket(const QSqlQuery &q);
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    const LocalStore &m_store;
    mutable QString m_lastError;
};

} // namespace lanterne
