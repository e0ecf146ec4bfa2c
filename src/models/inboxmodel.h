// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/deadlines.h"
#include "domain/ticket.h"
#include "storage/ticketfilter.h"

#include <functional>
#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QQmlEngine>
#include <QVariantMap>

namespace lanterne {

class LocalStore;

/**
 * The Inbox: tickets matching a filter, paged through SQL. It reports the full count and loads
 * pages of 100 rows as the view asks for them (a small LRU cache); edits of single tickets are
 * applied as row changes, insertions or removals, never as a reset.
 */
class InboxModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY filterChanged)
    Q_PROPERTY(bool ascending READ ascending WRITE setAscending NOTIFY filterChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        ReferenceRole,
        CategoryRole,
        CategoryLabelRole,
        CategoryColourRole,
        CategoryIconRole,
        StatusRole,
        StatusLabelRole,
        StatusClassRole,
        PriorityRole,
        PriorityLabelRole,
        DistrictRole,
        AddressRole,
        DescriptionRole,
        CreatedAtRole,
        CreatedTextRole,
        DueTextRole,
        OverdueRole,
        DueSoonRole,
        AssigneeRole,
        TeamRole,
        PhotoCountRole,
        PendingRole,
        ChannelLabelRole,
        DeadlineStateRole, ///< none | on_time | due_soon | overdue | paused
        DeadlineTextRole,  ///< "En retard de 3 j", "Avant 14:30", "Délai suspendu"...
        AgeTextRole,       ///< "2 h", "3 j"
        FirstPhotoRole,    ///< image://photo/thumb/... or empty
        ServiceRole,
        ForwardedToRole,
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 24;

    explicit InboxModel(QObject *parent = nullptr);
    /** For tests and tools: a model on any store. */
    explicit InboxModel(LocalStore *store, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QVariantMap filter() const;
    void setFilter(const QVariantMap &filter);
    [[nodiscard]] QString sortKey() const;
    void setSortKey(const QString &key);
    [[nodiscard]] bool ascending() const { return m_filter.ascending; }
    void setAscending(bool ascending);
    [[nodiscard]] int total() const { return int(m_total); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] const TicketFilter &ticketFilter() const { return m_filter; }
    void setTicketFilter(const TicketFilter &filter);

    Q_INVOKABLE QString ticketId(int row) const;
    Q_INVOKABLE QString referenceAt(int row) const;
    /** A row's value by role name (e.g. "status"), for scripts and tests. */
    Q_INVOKABLE QVariant value(int row, const QString &roleName) const;
    /** The row of a ticket (by UUID or reference) under the current filter, or -1. */
    Q_INVOKABLE int rowOf(const QString &idOrReference) const;
    Q_INVOKABLE void reload();

    /** "Now" for deadlines, read once a minute by a model. */
    class Clock
    {
    public:
        [[nodiscard]] const QDateTime &now() const
        {
            refresh();
            return m_now;
        }
        [[nodiscard]] const QDateTime &dueSoonLimit() const
        {
            refresh();
            return m_dueSoonLimit;
        }

    private:
        void refresh() const;
        mutable QDateTime m_now;
        mutable QDateTime m_dueSoonLimit;
    };
    /** A ticket's value for one of the roles above (shared with the kanban's cells). */
    [[nodiscard]] static QVariant ticketData(const Ticket &t, int role, const Clock &clock);
    [[nodiscard]] static QHash<int, QByteArray> ticketRoleNames();
    /** The role of a name of ticketRoleNames() ("status"), -1 when unknown. */
    [[nodiscard]] static int ticketRole(const QString &roleName);
    [[nodiscard]] static QString deadlineText(DeadlineState state, const QDateTime &due,
                                              const QDateTime &now);
    [[nodiscard]] static QString ageText(const QDateTime &created, const QDateTime &now);
    /** The UUIDs of rows @p from to @p to (inclusive), for a selection made with Shift. */
    Q_INVOKABLE QStringList idsBetween(int from, int to) const;

Q_SIGNALS:
    void filterChanged();
    void totalChanged();
    void errorChanged();

private:
    void attach(LocalStore *store);
    void onTicketsChanged(const QStringList &ids);
    void remapCache(const std::function<int(int)> &newRowOf, int changedRow);
    const Ticket *ticketAt(int row) const;
    void setError(const QString &error);

    LocalStore *m_store = nullptr;
    TicketFilter m_filter;
    qint64 m_total = 0;
    QString m_error;
    mutable QHash<int, QList<Ticket>> m_pages;
    mutable QList<int> m_lru;
    Clock m_clock;
};

} // namespace lanterne
