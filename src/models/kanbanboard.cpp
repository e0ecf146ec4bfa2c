// SPDX-License-Identifier: GPL-3.0-or-later
#include "kanbanboard.h"

#include "domain/workflow.h"
#include "session.h"
#include "storage/localstore.h"
#include "storage/ticketrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KanbanBoard)
};

const QString kSetting = u"kanban_statuses"_s;
const QString kNone = u"-"_s;

const ReferenceData &reference()
{
    const Session *s = Session::instance();
    return s ? s->reference() : ReferenceData::builtin();
}

} // namespace

KanbanBoard::KanbanBoard(QObject *parent)
    : QObject(parent)
    , m_active(false) // QML sets it: nothing is read before the board is shown
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

KanbanBoard::KanbanBoard(LocalStore *store, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_ownEditor(std::make_unique<TicketEditor>(*store))
    , m_ownActor(actor)
{
    attach(store);
}

KanbanBoard::~KanbanBoard() = default;

void KanbanBoard::attach(LocalStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    connect(store, &LocalStore::ticketsChanged, this, &KanbanBoard::onTicketsChanged);
    connect(store, &LocalStore::externallyChanged, this, &KanbanBoard::reload);
    m_statusColumns.clear();
    for (const QString &code : store->setting(kSetting).split(u',', Qt::SkipEmptyParts))
        if (codes::status(code) && !m_statusColumns.contains(code))
            m_statusColumns.append(code);
    if (m_statusColumns.isEmpty())
        m_statusColumns = defaultStatusColumns();
    rebuild();
}

Actor KanbanBoard::actor() const
{
    if (m_ownActor)
        return *m_ownActor;
    const Session *s = Session::instance();
    return s ? s->actor() : Actor{};
}

TicketEditor *KanbanBoard::editor() const
{
    if (m_ownEditor)
        return m_ownEditor.get();
    Session *s = Session::instance();
    return s ? &s->editor() : nullptr;
}

QStringList KanbanBoard::defaultStatusColumns()
{
    QStringList out;
    for (Status s : codes::allStatuses())
        if (codes::isOpen(s))
            out.append(codes::code(s));
    out.append(codes::code(Status::Fixed));
    return out;
}

QVariantList KanbanBoard::statusChoices() const
{
    QVariantList out;
    QStringList order = m_statusColumns;
    for (Status s : codes::allStatuses())
        if (!order.contains(codes::code(s)))
            order.append(codes::code(s));
    for (const QString &code : std::as_const(order))
        out.append(QVariantMap{{u"code"_s, code},
                               {u"label"_s, codes::label(*codes::status(code))},
                               {u"shown"_s, m_statusColumns.contains(code)}});
    return out;
}

QVariantMap KanbanBoard::filter() const
{
    return m_filter.criteria();
}

void KanbanBoard::setFilter(const QVariantMap &map)
{
    setTicketFilter(TicketFilter::fromJson(QJsonObject::fromVariantMap(map)));
}

void KanbanBoard::setTicketFilter(const TicketFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilters();
    Q_EMIT filterChanged();
}

void KanbanBoard::setGroupBy(const QString &groupBy)
{
    const QString g = groupBy == "team"_L1 ? u"team"_s : u"status"_s;
    if (g == m_groupBy)
        return;
    m_groupBy = g;
    rebuild();
}

void KanbanBoard::setLaneBy(const QString &laneBy)
{
    const QString l = laneBy == "service"_L1 || laneBy == "priority"_L1 ? laneBy : QString();
    if (l == m_laneBy)
        return;
    m_laneBy = l;
    rebuild();
}

void KanbanBoard::setStatusColumns(const QStringList &statuses)
{
    QStringList clean;
    for (const QString &code : statuses)
        if (codes::status(code) && !clean.contains(code))
            clean.append(code);
    if (clean.isEmpty())
        clean = defaultStatusColumns();
    if (clean == m_statusColumns)
        return;
    m_statusColumns = clean;
    if (m_store && !m_store->isReadOnly())
        m_store->setSetting(kSetting, clean.join(u','));
    if (m_groupBy == "status"_L1)
        rebuild();
    else
        Q_EMIT layoutChanged();
}

void KanbanBoard::setDoneDays(int days)
{
    days = std::clamp(days, 1, 3650);
    if (days == m_doneDays)
        return;
    m_doneDays = days;
    applyFilters();
}

void KanbanBoard::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && (!m_built || m_stale))
        applyFilters();
    Q_EMIT activeChanged();
}

void KanbanBoard::rebuild()
{
    const ReferenceData &ref = reference();
    qDeleteAll(m_cells);
    m_cells.clear();
    m_cellOf.clear();
    m_columns.clear();
    m_lanes.clear();
    if (m_groupBy == "team"_L1) {
        for (const Team &t : ref.teams())
            m_columns.append({t.code, t.name});
        m_columns.append({kNone, Tr::tr("Sans équipe")});
    } else {
        for (const QString &code : std::as_const(m_statusColumns))
            m_columns.append({code, codes::label(*codes::status(code))});
    }
    if (m_laneBy == "service"_L1) {
        for (const Service &s : ref.services())
            m_lanes.append({s.code, ReferenceData::isEnglish() ? s.nameEn : s.name});
        m_lanes.append({kNone, Tr::tr("Sans service")});
    } else if (m_laneBy == "priority"_L1) {
        const QList<Priority> all = codes::allPriorities();
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            m_lanes.append({codes::code(*it), codes::label(*it)});
    } else {
        m_lanes.append({QString(), QString()});
    }
    for (qsizetype i = 0; i < m_lanes.size() * m_columns.size(); ++i) {
        auto *cell = new KanbanCellModel(m_store, this);
        QQmlEngine::setObjectOwnership(cell, QQmlEngine::CppOwnership);
        m_cells.append(cell);
    }
    Q_EMIT layoutChanged();
    applyFilters();
}

QList<TicketFilter> KanbanBoard::boardFilters() const
{
    TicketFilter base = m_filter;
    base.sort = TicketSort::Created;
    base.doneDays = 0;
    if (m_groupBy == "team"_L1) {
        // A team's board is its work to do (or the statuses the agent filtered on).
        if (base.statuses.isEmpty() && base.statusClass.isEmpty())
            base.statusClass = u"open"_s;
        return {base};
    }
    // The statuses shown, within the agent's filter: open ones whole, done ones over doneDays (a
    // range on (status, resolved_at) instead of every fixed ticket of five years).
    QStringList open, done;
    for (const QString &code : m_statusColumns) {
        if (!m_filter.statuses.isEmpty() && !m_filter.statuses.contains(code))
            continue;
        (codes::isOpen(*codes::status(code)) ? open : done).append(code);
    }
    QList<TicketFilter> out;
    if (!open.isEmpty()) {
        TicketFilter f = base;
        f.statuses = open;
        // Redundant, but it lets SQLite seek the (team|service|district, status_class) indexes.
        if (f.statusClass.isEmpty())
            f.statusClass = u"open"_s;
        out.append(f);
    }
    if (!done.isEmpty()) {
        TicketFilter f = base;
        f.statuses = done;
        f.doneDays = m_doneDays;
        out.append(f);
    }
    return out;
}

QList<KanbanBoard::Placed> KanbanBoard::place(const QString &id) const
{
    QList<Placed> out;
    if (!m_store || !m_store->isOpen())
        return out;
    QHash<QString, int> columnIndex, laneIndex;
    for (int c = 0; c < m_columns.size(); ++c)
        columnIndex.insert(m_columns[c].code, c);
    for (int l = 0; l < m_lanes.size(); ++l)
        laneIndex.insert(m_lanes[l].code, l);
    const bool byTeam = m_groupBy == "team"_L1;
    for (TicketFilter f : boardFilters()) {
        if (!id.isEmpty())
            f.ids = {id};
        QVariantList binds;
        QSqlQuery q(m_store->database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, seq, due_at, status, team, service, priority FROM ticket"_s +
                  f.whereClause(&binds));
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning() << "kanban:" << q.lastError().text();
            continue;
        }
        while (q.next()) {
            const QString team = q.value(4).toString();
            const int column =
                columnIndex.value(byTeam ? (team.isEmpty() ? kNone : team) : q.value(3).toString(), -1);
            int lane = 0;
            if (m_laneBy == "service"_L1) {
                const QString service = q.value(5).toString();
                lane = laneIndex.value(service.isEmpty() ? kNone : service, -1);
            } else if (m_laneBy == "priority"_L1) {
                lane = laneIndex.value(q.value(6).toString(), -1);
            }
            if (column < 0 || lane < 0)
                continue;
            const QVariant due = q.value(2);
            out.append(
                {{q.value(0).toString(), due.isNull() ? std::numeric_limits<qint64>::max() : due.toLongLong(),
                  q.value(1).toLongLong()},
                 lane * int(m_columns.size()) + column});
        }
    }
    return out;
}

void KanbanBoard::applyFilters()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_built = true;
    m_stale = false;
    QList<QList<KanbanCellModel::Key>> keys(m_cells.size());
    m_cellOf.clear();
    for (const Placed &p : place()) {
        keys[p.cell].append(p.key);
        m_cellOf.insert(p.key.id, p.cell);
    }
    for (qsizetype i = 0; i < m_cells.size(); ++i)
        m_cells[i]->setKeys(std::move(keys[i]));
    Q_EMIT countsChanged();
}

void KanbanBoard::reload()
{
    applyFilters();
}

void KanbanBoard::onTicketsChanged(const QStringList &ids)
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    if (ids.isEmpty() || ids.size() > 50) {
        applyFilters();
        return;
    }
    for (const QString &id : ids) {
        // Where it is, and where it goes now: one query for the one ticket.
        const int from = m_cellOf.value(id, -1);
        const QList<Placed> now = place(id);
        const int to = now.isEmpty() ? -1 : now.first().cell;
        if (from >= 0 && from == to) {
            m_cells[from]->update(now.first().key);
            continue;
        }
        if (from >= 0) {
            m_cells[from]->remove(id);
            m_cellOf.remove(id);
        }
        if (to >= 0) {
            m_cells[to]->insert(now.first().key);
            m_cellOf.insert(id, to);
        }
    }
    Q_EMIT countsChanged();
}

KanbanCellModel *KanbanBoard::cell(int lane, int column) const
{
    if (lane < 0 || column < 0 || lane >= m_lanes.size() || column >= m_columns.size())
        return nullptr;
    return m_cells.value(lane * m_columns.size() + column);
}

QVariantList KanbanBoard::columns() const
{
    QVariantList out;
    for (const Column &c : m_columns)
        out.append(QVariantMap{{u"code"_s, c.code}, {u"label"_s, c.label}});
    return out;
}

QVariantList KanbanBoard::lanes() const
{
    QVariantList out;
    for (const Column &l : m_lanes)
        out.append(QVariantMap{{u"code"_s, l.code}, {u"label"_s, l.label}});
    return out;
}

QVariantList KanbanBoard::columnCounts() const
{
    QVariantList out;
    for (int c = 0; c < m_columns.size(); ++c) {
        int count = 0;
        for (int l = 0; l < m_lanes.size(); ++l)
            if (const KanbanCellModel *cell = m_cells.value(l * m_columns.size() + c))
                count += cell->total();
        out.append(count);
    }
    return out;
}

QVariantList KanbanBoard::laneCounts() const
{
    QVariantList out;
    for (int l = 0; l < m_lanes.size(); ++l) {
        int count = 0;
        for (int c = 0; c < m_columns.size(); ++c)
            if (const KanbanCellModel *cell = m_cells.value(l * m_columns.size() + c))
                count += cell->total();
        out.append(count);
    }
    return out;
}

int KanbanBoard::total() const
{
    int n = 0;
    for (const KanbanCellModel *cell : m_cells)
        n += cell->total();
    return n;
}

int KanbanBoard::columnOf(const QString &ticketId) const
{
    if (const int cell = m_cellOf.value(ticketId, -1); cell >= 0 && !m_columns.isEmpty())
        return cell % int(m_columns.size());
    if (!m_store)
        return -1;
    const auto t = TicketRepository(*m_store).ticket(ticketId);
    if (!t)
        return -1;
    const QString value =
        m_groupBy == "team"_L1 ? (t->team.isEmpty() ? kNone : t->team) : codes::code(t->status);
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].code == value)
            return c;
    return -1;
}

int KanbanBoard::laneOf(const QString &ticketId) const
{
    const int cell = m_cellOf.value(ticketId, -1);
    return cell >= 0 && !m_columns.isEmpty() ? cell / int(m_columns.size()) : -1;
}

QVariantMap KanbanBoard::checkMove(const QString &ticketId, int toColumn, int toLane) const
{
    // Another swimlane: the priority or the service changes, which field teams may not do.
    const int fromLane = laneOf(ticketId);
    if (toLane >= 0 && toLane < m_lanes.size() && !m_laneBy.isEmpty() && fromLane >= 0 &&
        toLane != fromLane) {
        QVariantMap out = checkColumnMove(ticketId, toColumn);
        if (out.value(u"same"_s).toBool()) {
            out.insert(u"same"_s, false);
            out.insert(u"allowed"_s, true);
        }
        if (out.value(u"allowed"_s).toBool() && !Workflow::canEditTicket(actor().role)) {
            out.insert(u"allowed"_s, false);
            out.insert(u"reason"_s, m_laneBy == "priority"_L1
                                        ? Tr::tr("Une équipe de terrain ne peut pas changer la priorité.")
                                        : Tr::tr("Une équipe de terrain ne peut pas changer le service."));
        }
        out.insert(u"target"_s, m_columns.value(toColumn).label + u" — "_s + m_lanes[toLane].label);
        return out;
    }
    return checkColumnMove(ticketId, toColumn);
}

QVariantMap KanbanBoard::checkColumnMove(const QString &ticketId, int toColumn) const
{
    QVariantMap out{{u"allowed"_s, false}, {u"note"_s, u"none"_s}, {u"same"_s, false}};
    if (!m_store || toColumn < 0 || toColumn >= m_columns.size())
        return out;
    out.insert(u"target"_s, m_columns[toColumn].label);
    const auto t = TicketRepository(*m_store).ticket(ticketId);
    if (!t) {
        out.insert(u"reason"_s, Tr::tr("Signalement introuvable."));
        return out;
    }
    const Actor who = actor();
    if (m_store->isReadOnly()) {
        out.insert(u"reason"_s, Tr::tr("Le stockage est en lecture seule."));
        return out;
    }
    const QString target = m_columns[toColumn].code;
    if (m_groupBy == "team"_L1) {
        if ((t->team.isEmpty() ? kNone : t->team) == target) {
            out.insert(u"same"_s, true);
            return out;
        }
        if (!Workflow::canEditTicket(who.role)) {
            out.insert(u"reason"_s, Tr::tr("Une équipe de terrain ne peut pas réaffecter un signalement."));
            return out;
        }
        out.insert(u"allowed"_s, true);
        return out;
    }
    const Status to = *codes::status(target);
    if (t->status == to) {
        out.insert(u"same"_s, true);
        return out;
    }
    const TransitionCheck check =
        Workflow::check(t->status, to, who.role, !t->team.isEmpty() && t->team == who.team);
    out.insert(u"allowed"_s, check.allowed);
    out.insert(u"reason"_s, check.reason);
    const QString note = Workflow::noteCode(check.note);
    out.insert(u"note"_s, note.isEmpty() ? u"none"_s : note);
    return out;
}

QVariantMap KanbanBoard::move(const QString &ticketId, int toColumn, const QVariantMap &note, int toLane)
{
    const int fromLane = laneOf(ticketId);
    const bool laneChange =
        toLane >= 0 && toLane < m_lanes.size() && !m_laneBy.isEmpty() && fromLane >= 0 && toLane != fromLane;
    const QVariantMap check = checkMove(ticketId, toColumn, toLane);
    TicketEditor *ed = editor();
    if (!check.value(u"allowed"_s).toBool() || !ed) {
        const QString why = check.value(u"reason"_s).toString();
        if (!why.isEmpty())
            Q_EMIT notice(why);
        return {{u"ok"_s, false}, {u"message"_s, why}};
    }
    const QString target = m_columns[toColumn].code;
    EditResult r;
    if (columnOf(ticketId) == toColumn) {
        r.code = EditResult::Ok; // the same column: the lane alone changes
    } else if (m_groupBy == "team"_L1) {
        r = ed->assign(ticketId, std::nullopt, target == kNone ? QString(u""_s) : target, std::nullopt,
                       actor());
    } else {
        StatusNote n;
        n.text = note.value(u"text"_s).toString();
        n.duplicateOf = note.value(u"duplicateOf"_s).toString();
        n.forwardedTo = note.value(u"forwardedTo"_s).toString();
        r = ed->setStatus(ticketId, *codes::status(target), n, actor());
    }
    if (r.ok() && laneChange) {
        const QString lane = m_lanes[toLane].code;
        if (m_laneBy == "priority"_L1)
            r = ed->setPriority(ticketId, *codes::priority(lane), actor());
        else
            r = ed->assign(ticketId, lane == kNone ? QString(u""_s) : lane, std::nullopt, std::nullopt,
                           actor());
    }
    if (!r.ok())
        Q_EMIT notice(r.message);
    if (r.reference.isEmpty())
        r.reference = Session::instance() ? Session::instance()->referenceOf(ticketId) : QString();
    return {{u"ok"_s, r.ok()}, {u"message"_s, r.message}, {u"reference"_s, r.reference}};
}

} // namespace lanterne
