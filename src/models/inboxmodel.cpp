// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodel.h"

#include "domain/deadlines.h"
#include "domain/workingcalendar.h"
#include "session.h"
#include "storage/localstore.h"
#include "storage/ticketrepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lanterne {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InboxModel)
};

QString durationText(qint64 secs)
{
    if (secs < 3600)
        return Tr::tr("%1 min").arg(std::max<qint64>(1, secs / 60));
    if (secs < 2 * 86400)
        return Tr::tr("%1 h").arg(secs / 3600);
    return Tr::tr("%1 j").arg(secs / 86400);
}

} // namespace

QString InboxModel::ageText(const QDateTime &created, const QDateTime &now)
{
    return created.isValid() ? durationText(std::max<qint64>(0, created.secsTo(now))) : QString();
}

QString InboxModel::deadlineText(DeadlineState state, const QDateTime &due, const QDateTime &now)
{
    const QDateTime local = due.toTimeZone(WorkingCalendar::paris());
    const QDate today = now.toTimeZone(WorkingCalendar::paris()).date();
    switch (state) {
    case DeadlineState::Overdue:
        return Tr::tr("En retard de %1").arg(durationText(due.secsTo(now)));
    case DeadlineState::DueSoon:
        if (local.date() == today)
            return Tr::tr("Avant %1").arg(QLocale().toString(local.time(), u"HH:mm"_s));
        if (local.date() == today.addDays(1))
            return Tr::tr("Avant demain %1").arg(QLocale().toString(local.time(), u"HH:mm"_s));
        return Tr::tr("Avant le %1").arg(QLocale().toString(local, u"dd/MM HH:mm"_s));
    case DeadlineState::Paused:
        return Tr::tr("Délai suspendu");
    case DeadlineState::OnTime:
        return Tr::tr("Échéance %1").arg(QLocale().toString(local.date(), u"dd/MM"_s));
    case DeadlineState::None:
        break;
    }
    return {};
}

InboxModel::InboxModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Session *s = Session::instance()) {
        auto attachWhenReady = [this, s] {
            if (s->state() == Session::State::Ready && m_store != &s->store())
                attach(&s->store());
        };
        connect(s, &Session::stateChanged, this, attachWhenReady);
        attachWhenReady();
    }
}

InboxModel::InboxModel(LocalStore *store, QObject *parent)
    : QAbstractListModel(parent)
{
    attach(store);
}

void InboxModel::attach(LocalStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    connect(store, &LocalStore::ticketsChanged, this, &InboxModel::onTicketsChanged);
    connect(store, &LocalStore::externallyChanged, this, &InboxModel::reload);
    reload();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    return ticketRoleNames();
}

QHash<int, QByteArray> InboxModel::ticketRoleNames()
{
    static const QHash<int, QByteArray> names = [] {
        QHash<int, QByteArray> roles{{Qt::DisplayRole, "display"}};
        roles.insert({{IdRole, "ticketId"},
                      {ReferenceRole, "reference"},
                      {CategoryRole, "category"},
                      {CategoryLabelRole, "categoryLabel"},
                      {CategoryColourRole, "categoryColour"},
                      {CategoryIconRole, "categoryIcon"},
                      {StatusRole, "status"},
                      {StatusLabelRole, "statusLabel"},
                      {StatusClassRole, "statusClass"},
                      {PriorityRole, "priority"},
                      {PriorityLabelRole, "priorityLabel"},
                      {DistrictRole, "district"},
                      {AddressRole, "address"},
                      {DescriptionRole, "description"},
                      {CreatedAtRole, "createdAt"},
                      {CreatedTextRole, "createdText"},
                      {DueTextRole, "dueText"},
                      {OverdueRole, "overdue"},
                      {DueSoonRole, "dueSoon"},
                      {AssigneeRole, "assignee"},
                      {TeamRole, "team"},
                      {PhotoCountRole, "photoCount"},
                      {PendingRole, "pending"},
                      {ChannelLabelRole, "channelLabel"},
                      {DeadlineStateRole, "deadlineState"},
                      {DeadlineTextRole, "deadlineText"},
                      {AgeTextRole, "ageText"},
                      {FirstPhotoRole, "firstPhoto"},
                      {ServiceRole, "service"},
                      {ForwardedToRole, "forwardedTo"}});
        return roles;
    }();
    return names;
}

const Ticket *InboxModel::ticketAt(int row) const
{
    if (!m_store || row < 0 || row >= m_total)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        TicketRepository repo(*m_store);
        it = m_pages.insert(page, repo.page(m_filter, qint64(page) * kPageSize, kPageSize));
        m_lru.append(page);
        while (m_lru.size() > kCachedPages)
            m_pages.remove(m_lru.takeFirst());
    } else if (m_lru.last() != page) {
        m_lru.removeOne(page);
        m_lru.append(page);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &(*it)[offset] : nullptr;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket *t = ticketAt(index.row());
    if (!t)
        return {};
    return ticketData(*t, role, m_clock);
}

void InboxModel::Clock::refresh() const
{
    // Read once a minute: a screen of rows shares one "now" and one "due soon" limit.
    const QDateTime current = QDateTime::currentDateTimeUtc();
    if (!m_now.isValid() || m_now.secsTo(current) > 60) {
        const Session *s = Session::instance();
        const ReferenceData &ref = s ? s->reference() : ReferenceData::builtin();
        m_now = current;
        m_dueSoonLimit = Deadlines::dueSoonLimit(current, ref.workingHours());
    }
}

QVariant InboxModel::ticketData(const Ticket &ticket, int role, const Clock &clock)
{
    const Ticket *t = &ticket;
    const Session *s = Session::instance();
    const ReferenceData &ref = s ? s->reference() : ReferenceData::builtin();
    const QDateTime now = clock.now();
    const bool open = codes::isOpen(t->status);
    const DeadlineState deadline =
        Deadlines::state(t->dueAt, now, open, t->pausedAt.isValid(), clock.dueSoonLimit());
    switch (role) {
    case Qt::DisplayRole:
    case ReferenceRole:
        return t->reference;
    case IdRole:
        return t->id;
    case CategoryRole:
        return t->category;
    case CategoryLabelRole:
        return ref.categoryLabel(t->category);
    case CategoryColourRole: {
        const Category *c = ref.category(t->category);
        return c ? c->colour : u"#607d8b"_s;
    }
    case CategoryIconRole: {
        const Category *c = ref.category(t->category);
        return u"qrc:/lanterne/icons/categories/%1.svg"_s.arg(c ? c->icon : u"voirie"_s);
    }
    case StatusRole:
        return codes::code(t->status);
    case StatusLabelRole:
        return codes::label(t->status);
    case StatusClassRole:
        return codes::code(codes::statusClass(t->status));
    case PriorityRole:
        return codes::code(t->priority);
    case PriorityLabelRole:
        return codes::label(t->priority);
    case DistrictRole:
        return t->district.isEmpty() ? QString() : ref.districtName(t->municipality, t->district);
    case AddressRole:
        return t->address;
    case DescriptionRole:
        return t->description.left(240);
    case CreatedAtRole:
        return t->createdAt;
    case CreatedTextRole:
        return QLocale().toString(t->createdAt.toTimeZone(WorkingCalendar::paris()), u"dd/MM/yy HH:mm"_s);
    case DueTextRole:
        return t->dueAt.isValid()
                   ? QLocale().toString(t->dueAt.toTimeZone(WorkingCalendar::paris()).date(), u"dd/MM/yy"_s)
                   : QString();
    case OverdueRole:
        return deadline == DeadlineState::Overdue;
    case DueSoonRole:
        return deadline == DeadlineState::DueSoon;
    case DeadlineStateRole:
        return Deadlines::code(deadline);
    case DeadlineTextRole:
        return deadlineText(deadline, t->dueAt, now);
    case AgeTextRole:
        return ageText(t->createdAt, now);
    case FirstPhotoRole:
        return t->firstPhoto.isEmpty() ? QString() : u"image://photo/thumb/"_s + t->firstPhoto;
    case ServiceRole:
        return t->service.isEmpty() ? QString() : ref.serviceName(t->service);
    case ForwardedToRole:
        return t->forwardedTo.isEmpty() ? QString() : ref.authorityName(t->forwardedTo);
    case AssigneeRole:
        return t->assignee.isEmpty() ? QString() : ref.agentName(t->assignee);
    case TeamRole:
        return t->team.isEmpty() ? QString() : ref.teamName(t->team);
    case PhotoCountRole:
        return t->photoCount;
    case PendingRole:
        return !t->revision.has_value() || t->pendingOperations > 0;
    case ChannelLabelRole:
        return codes::label(t->channel);
    default:
        return {};
    }
}

QVariantMap InboxModel::filter() const
{
    return m_filter.criteria();
}

void InboxModel::setFilter(const QVariantMap &map)
{
    TicketFilter f = TicketFilter::fromJson(QJsonObject::fromVariantMap(map));
    f.sort = m_filter.sort;
    f.ascending = m_filter.ascending;
    setTicketFilter(f);
}

QString InboxModel::sortKey() const
{
    return TicketFilter::sortCode(m_filter.sort);
}

void InboxModel::setSortKey(const QString &key)
{
    TicketFilter f = m_filter;
    f.sort = TicketFilter::sortFromCode(key);
    setTicketFilter(f);
}

void InboxModel::setAscending(bool ascending)
{
    TicketFilter f = m_filter;
    f.ascending = ascending;
    setTicketFilter(f);
}

void InboxModel::setTicketFilter(const TicketFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
    Q_EMIT filterChanged();
}

void InboxModel::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void InboxModel::reload()
{
    // A new filter (or another process's changes) is a new list: the one place for a reset.
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    const qint64 before = m_total;
    m_total = 0;
    if (m_store && m_store->isOpen()) {
        TicketRepository repo(*m_store);
        const qint64 n = repo.count(m_filter);
        m_total = std::max<qint64>(0, n);
        setError(n < 0 ? repo.lastError() : QString());
    }
    endResetModel();
    if (before != m_total)
        Q_EMIT totalChanged();
}

void InboxModel::remapCache(const std::function<int(int)> &newRowOf, int changedRow)
{
    // Rows keep their data when others are inserted or removed around them: shift the cached
    // rows, then keep only complete pages (and drop the page of the changed row, to reload it).
    QMap<int, Ticket> rows;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (qsizetype i = 0; i < it->size(); ++i) {
            const int to = newRowOf(it.key() * kPageSize + int(i));
            if (to >= 0)
                rows.insert(to, (*it)[i]);
        }
    m_pages.clear();
    m_lru.clear();
    for (auto it = rows.cbegin(); it != rows.cend();) {
        const int page = it.key() / kPageSize;
        const int first = page * kPageSize;
        const int last = int(std::min<qint64>(m_total, qint64(first) + kPageSize)) - 1;
        QList<Ticket> list;
        int expected = first;
        while (it != rows.cend() && it.key() / kPageSize == page) {
            if (it.key() == expected) {
                list.append(*it);
                ++expected;
            }
            ++it;
        }
        if (expected == last + 1 && (changedRow < first || changedRow > last)) {
            m_pages.insert(page, list);
            m_lru.append(page);
        }
    }
}

void InboxModel::onTicketsChanged(const QStringList &ids)
{
    if (!m_store)
        return;
    if (ids.isEmpty() || ids.size() > 50) {
        reload();
        return;
    }
    TicketRepository repo(*m_store);
    for (const QString &id : ids) {
        // Where the ticket is in the cached pages, and where it belongs now.
        int oldRow = -1;
        for (auto it = m_pages.cbegin(); it != m_pages.cend() && oldRow < 0; ++it)
            for (qsizetype i = 0; i < it->size(); ++i)
                if ((*it)[i].id == id) {
                    oldRow = it.key() * kPageSize + int(i);
                    break;
                }
        const qint64 found = repo.positionOf(m_filter, id);
        const qint64 newTotal = repo.count(m_filter);
        const int newRow = int(found);
        if (oldRow < 0 && found < 0)
            continue;
        if (oldRow >= 0 && found >= 0 && newTotal == m_total) {
            if (newRow == oldRow) {
                remapCache([](int r) { return r; }, newRow);
                Q_EMIT dataChanged(index(newRow), index(newRow));
                continue;
            }
            const int dest = newRow > oldRow ? newRow + 1 : newRow;
            beginMoveRows({}, oldRow, oldRow, {}, dest);
            remapCache(
                [oldRow, newRow](int r) {
                    if (r == oldRow)
                        return newRow;
                    if (oldRow < newRow && r > oldRow && r <= newRow)
                        return r - 1;
                    if (oldRow > newRow && r >= newRow && r < oldRow)
                        return r + 1;
                    return r;
                },
                newRow);
            endMoveRows();
            Q_EMIT dataChanged(index(newRow), index(newRow));
        } else if (oldRow >= 0 && found < 0 && newTotal == m_total - 1) {
            beginRemoveRows({}, oldRow, oldRow);
            m_total = newTotal;
            remapCache([oldRow](int r) { return r < oldRow ? r : (r == oldRow ? -1 : r - 1); }, -1);
            endRemoveRows();
            Q_EMIT totalChanged();
        } else if (oldRow < 0 && found >= 0 && newTotal == m_total + 1) {
            beginInsertRows({}, newRow, newRow);
            m_total = newTotal;
            remapCache([newRow](int r) { return r < newRow ? r : r + 1; }, newRow);
            endInsertRows();
            Q_EMIT totalChanged();
        } else {
            // Moved within the list from a page not loaded, or several changes at once.
            reload();
            return;
        }
    }
}

QStringList InboxModel::idsBetween(int from, int to) const
{
    QStringList out;
    for (int r = std::max(0, std::min(from, to)); r <= std::min(std::max(from, to), rowCount() - 1); ++r)
        out.append(ticketId(r));
    return out;
}

QString InboxModel::ticketId(int row) const
{
    const Ticket *t = ticketAt(row);
    return t ? t->id : QString();
}

QString InboxModel::referenceAt(int row) const
{
    const Ticket *t = ticketAt(row);
    return t ? t->reference : QString();
}

int InboxModel::ticketRole(const QString &roleName)
{
    const QHash<int, QByteArray> &roles = ticketRoleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        if (it.value() == roleName.toUtf8())
            return it.key();
    return -1;
}

QVariant InboxModel::value(int row, const QString &roleName) const
{
    const int role = ticketRole(roleName);
    return role < 0 ? QVariant() : data(index(row), role);
}

int InboxModel::rowOf(const QString &idOrReference) const
{
    if (!m_store)
        return -1;
    TicketRepository repo(*m_store);
    QString id = idOrReference;
    if (QUuid::fromString(idOrReference).isNull()) {
        const auto t = repo.ticket(idOrReference);
        if (!t)
            return -1;
        id = t->id;
    }
    return int(repo.positionOf(m_filter, id));
}

} // namespace lanterne
