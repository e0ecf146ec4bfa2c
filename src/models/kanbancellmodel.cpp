// SPDX-License-Identifier: GPL-3.0-or-later
#include "kanbancellmodel.h"

#include "storage/localstore.h"
#include "storage/ticketrepository.h"

#include <algorithm>

namespace lanterne {

KanbanCellModel::KanbanCellModel(LocalStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

int KanbanCellModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QHash<int, QByteArray> KanbanCellModel::roleNames() const
{
    return InboxModel::ticketRoleNames();
}

const Ticket *KanbanCellModel::ticketAt(int row) const
{
    if (!m_store || row < 0 || row >= m_keys.size())
        return nullptr;
    auto it = m_cards.constFind(m_keys[row].id);
    if (it != m_cards.cend())
        return &*it;
    // The page around the row, in one query; the cache stays small.
    if (m_cards.size() > 8 * kPageSize)
        m_cards.clear();
    const int first = row / kPageSize * kPageSize;
    QStringList ids;
    for (int r = first; r < std::min<int>(first + kPageSize, int(m_keys.size())); ++r)
        if (!m_cards.contains(m_keys[r].id))
            ids.append(m_keys[r].id);
    for (const Ticket &t : TicketRepository(*m_store).byIds(ids))
        m_cards.insert(t.id, t);
    it = m_cards.constFind(m_keys[row].id);
    return it != m_cards.cend() ? &*it : nullptr;
}

QVariant KanbanCellModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket *t = ticketAt(index.row());
    return t ? InboxModel::ticketData(*t, role, m_clock) : QVariant();
}

QString KanbanCellModel::ticketId(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys[row].id : QString();
}

QString KanbanCellModel::referenceAt(int row) const
{
    const Ticket *t = ticketAt(row);
    return t ? t->reference : QString();
}

int KanbanCellModel::rowOf(const QString &id) const
{
    for (qsizetype r = 0; r < m_keys.size(); ++r)
        if (m_keys[r].id == id)
            return int(r);
    return -1;
}

QVariant KanbanCellModel::value(int row, const QString &roleName) const
{
    const int role = InboxModel::ticketRole(roleName);
    return role < 0 ? QVariant() : data(index(row), role);
}

void KanbanCellModel::setKeys(QList<Key> keys)
{
    std::sort(keys.begin(), keys.end());
    const bool sizeChanged = keys.size() != m_keys.size();
    beginResetModel();
    m_keys = std::move(keys);
    m_cards.clear();
    endResetModel();
    if (sizeChanged)
        Q_EMIT totalChanged();
}

void KanbanCellModel::insert(const Key &key)
{
    const int row = int(std::upper_bound(m_keys.cbegin(), m_keys.cend(), key) - m_keys.cbegin());
    beginInsertRows({}, row, row);
    m_keys.insert(row, key);
    m_cards.remove(key.id);
    endInsertRows();
    Q_EMIT totalChanged();
}

void KanbanCellModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    m_cards.remove(id);
    endRemoveRows();
    Q_EMIT totalChanged();
}

void KanbanCellModel::update(const Key &key)
{
    const int row = rowOf(key.id);
    if (row < 0) {
        insert(key);
        return;
    }
    m_cards.remove(key.id);
    QList<Key> without = m_keys;
    without.removeAt(row);
    const int to = int(std::upper_bound(without.cbegin(), without.cend(), key) - without.cbegin());
    if (to != row) {
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_keys = std::move(without);
        m_keys.insert(to, key);
        endMoveRows();
    } else {
        m_keys[row] = key;
    }
    Q_EMIT dataChanged(index(to), index(to));
}

} // namespace lanterne
