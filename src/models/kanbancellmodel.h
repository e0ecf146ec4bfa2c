// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"
#include "inboxmodel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QQmlEngine>

namespace lanterne {

class LocalStore;

/**
 * One cell of the kanban (a column, in a swimlane): the ordered keys of its tickets, which the
 * board keeps, and the cards themselves read from the store a page at a time when the view
 * shows them (the roles are the Inbox's).
 */
class KanbanCellModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by KanbanBoard")
    Q_PROPERTY(int total READ total NOTIFY totalChanged)

public:
    /** What orders a column: the deadline first (none last), then arrival. */
    struct Key
    {
        QString id;
        qint64 due = 0; ///< milliseconds; max when there is none
        qint64 seq = 0;
        [[nodiscard]] bool operator<(const Key &o) const { return due != o.due ? due < o.due : seq < o.seq; }
    };
    static constexpr int kPageSize = 40;

    explicit KanbanCellModel(LocalStore *store, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int total() const { return int(m_keys.size()); }

    Q_INVOKABLE QString ticketId(int row) const;
    Q_INVOKABLE QString referenceAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &id) const;
    /** A row's value by role name (e.g. "status"), for scripts and tests. */
    Q_INVOKABLE QVariant value(int row, const QString &roleName) const;

    /** The board's side: a new list (a reset), or one ticket in, out, or changed in place. */
    void setKeys(QList<Key> keys);
    void insert(const Key &key);
    void remove(const QString &id);
    /** The ticket is still here: reorder it if its deadline moved, and read its card again. */
    void update(const Key &key);

Q_SIGNALS:
    void totalChanged();

private:
    const Ticket *ticketAt(int row) const;

    LocalStore *m_store = nullptr;
    QList<Key> m_keys;
    mutable QHash<QString, Ticket> m_cards;
    InboxModel::Clock m_clock;
};

} // namespace lanterne
