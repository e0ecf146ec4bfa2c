// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketrepository.h"

#include "domain/interventionrules.h"
#include "domain/routing.h"
#include "domain/workingcalendar.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QLocale>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {

bool run(QSqlQuery &q, const QVariantList &binds, QString *error)
{
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

TicketRepository::TicketRepository(const LocalStore &store)
    : m_store(store)
{}

const QStringList &TicketRepository::syncedColumns()
{
    static const QStringList columns{u"id"_s,
                                     u"municipality"_s,
                                     u"reference"_s,
                                     u"kind"_s,
                                     u"category"_s,
                                     u"description"_s,
                                     u"latitude"_s,
                                     u"longitude"_s,
                                     u"address"_s,
                                     u"district"_s,
                                     u"channel"_s,
                                     u"reporter_id"_s,
                                     u"status"_s,
                                     u"status_class"_s,
                                     u"status_rank"_s,
                                     u"priority"_s,
                                     u"priority_rank"_s,
                                     u"service"_s,
                                     u"team"_s,
                                     u"assignee"_s,
                                     u"due_at"_s,
                                     u"duplicate_of"_s,
                                     u"forwarded_to"_s,
                                     u"photo_count"_s,
                                     u"created_at"_s,
                                     u"acknowledged_at"_s,
                                     u"resolved_at"_s,
                                     u"closed_at"_s,
                                     u"updated_at"_s,
                                     u"revision"_s,
                                     u"routing_rule"_s,
                                     u"forward_state"_s,
                                     u"paused_at"_s,
                                     u"paused_minutes"_s};
    return columns;
}

QString TicketRepository::ticketColumns()
{
    return u"id, municipality, reference, provisional, kind, category, description, latitude, longitude, "
           "address, district, channel, status, priority, service, team, assignee, due_at, duplicate_of, "
           "forwarded_to, photo_count, created_at, acknowledged_at, resolved_at, closed_at, updated_at, "
           "revision, reporter_id, (SELECT d.reference FROM ticket d WHERE d.id = ticket.duplicate_of), "
           "(SELECT count(*) FROM outbox o WHERE o.entity_id = ticket.id AND o.state IN ('pending', "
           "'sent')), "
           "routing_rule, forward_state, paused_at, paused_minutes, "
           "CASE WHEN photo_count > 0 THEN (SELECT CASE WHEN p.source = 'demo' OR p.data IS NOT NULL THEN '' "
           "ELSE 'remote/' END || p.id FROM photo p WHERE p.ticket_id = ticket.id ORDER BY p.position LIMIT "
           "1) "
           "END"_s;
}

Ticket TicketRepository::readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toString();
    t.municipality = q.value(1).toString();
    t.reference = q.value(2).toString();
    t.provisionalReference = q.value(3).toBool();
    t.kind = codes::kind(q.value(4).toString()).value_or(TicketKind::Report);
    t.category = q.value(5).toString();
    t.description = q.value(6).toString();
    t.latitude = q.value(7).toDouble();
    t.longitude = q.value(8).toDouble();
    t.address = q.value(9).toString();
    t.district = q.value(10).toString();
    t.channel = codes::channel(q.value(11).toString()).value_or(Channel::Agent);
    t.status = codes::status(q.value(12).toString()).value_or(Status::New);
    t.priority = codes::priority(q.value(13).toString()).value_or(Priority::Normal);
    t.service = q.value(14).toString();
    t.team = q.value(15).toString();
    t.assignee = q.value(16).toString();
    t.dueAt = fromStoredTime(q.value(17));
    t.duplicateOf = q.value(18).toString();
    t.forwardedTo = q.value(19).toString();
    t.photoCount = q.value(20).toInt();
    t.createdAt = fromStoredTime(q.value(21));
    t.acknowledgedAt = fromStoredTime(q.value(22));
    t.resolvedAt = fromStoredTime(q.value(23));
    t.closedAt = fromStoredTime(q.value(24));
    t.updatedAt = fromStoredTime(q.value(25));
    if (!q.value(26).isNull())
        t.revision = q.value(26).toLongLong();
    t.duplicateOfReference = q.value(28).toString();
    t.pendingOperations = q.value(29).toInt();
    t.routingRule = q.value(30).toString();
    t.forwardState = q.value(31).toString();
    t.pausedAt = fromStoredTime(q.value(32));
    t.pausedMinutes = q.value(33).toLongLong();
    t.firstPhoto = q.value(34).toString();
    return t;
}

qint64 TicketRepository::count(const TicketFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT count(*) FROM ticket"_s + filter.whereClause(&binds));
    if (!run(q, binds, &m_lastError) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<Ticket> TicketRepository::page(const TicketFilter &filter, qint64 offset, int limit) const
{
    QVariantList binds;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // A word found in thousands of tickets: walk the date index and test the match, rather than
    // fetching and sorting every match (65 ms -> a few ms at 350,000 tickets).
    bool walkSort = false;
    const QString fts = TicketFilter::ftsQuery(filter.search);
    if (!fts.isEmpty() && filter.sort != TicketSort::Due && offset + limit < 5000) {
        QSqlQuery c(m_store.database());
        c.prepare(u"SELECT count(*) FROM (SELECT 1 FROM ticket_fts WHERE ticket_fts MATCH ? LIMIT 3001)"_s);
        c.addBindValue(fts);
        walkSort = c.exec() && c.next() && c.value(0).toInt() > 3000;
    }
    q.prepare(u"SELECT "_s + ticketColumns() + u" FROM ticket"_s +
              (walkSort ? filter.whereClauseWalkingSort(&binds) : filter.whereClause(&binds)) +
              filter.orderClause() + u" LIMIT ? OFFSET ?"_s);
    binds << limit << offset;
    QList<Ticket> out;
    if (!run(q, binds, &m_lastError))
        return out;
    while (q.next())
        out.append(readTicket(q));
    return out;
}

bool TicketRepository::forEach(const TicketFilter &filter, qint64 limit,
                               const std::function<bool(const Ticket &)> &visit) const
{
    QVariantList binds;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + ticketColumns() + u" FROM ticket"_s + filter.whereClause(&binds) +
              filter.orderClause() + u" LIMIT ?"_s);
    binds << (limit >= 0 ? limit : qint64(-1));
    if (!run(q, binds, &m_lastError))
        return false;
    while (q.next())
        if (!visit(readTicket(q)))
            break;
    if (q.lastError().isValid()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QList<Ticket> TicketRepository::byIds(const QStringList &ids) const
{
    QList<Ticket> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    QVariantList binds;
    for (const QString &id : ids) {
        marks.append(u"?"_s);
        binds.append(id);
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + ticketColumns() + u" FROM ticket WHERE id IN ("_s + marks.join(u',') + u")"_s);
    if (!run(q, binds, &m_lastError))
        return out;
    while (q.next())
        out.append(readTicket(q));
    return out;
}

QList<Notification> TicketRepository::notifications(const QString &ticketId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT id, ticket_id, event, subject, body, state, author, created_at, revision IS NULL "
              "FROM notification WHERE ticket_id = ? ORDER BY created_at, rowid"_s);
    QList<Notification> out;
    if (!run(q, {ticketId}, &m_lastError))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), fromStoredTime(q.value(7)), q.value(8).toBool()});
    return out;
}

QList<Ticket> TicketRepository::duplicatesOf(const QString &ticketId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT "_s + ticketColumns() + u" FROM ticket WHERE duplicate_of = ? ORDER BY created_at"_s);
    QList<Ticket> out;
    if (!run(q, {ticketId}, &m_lastError))
        return out;
    while (q.next())
        out.append(readTicket(q));
    return out;
}

qint64 TicketRepository::positionOf(const TicketFilter &filter, const QString &id) const
{
    // Does it match? Then its rank is the number of matching rows that sort before it, counted
    // on the sort's index (a window function over every match would be 10x slower).
    QVariantList binds;
    const QString where = filter.whereClause(&binds);
    QSqlQuery q(m_store.database());
    q.prepare(
        u"SELECT created_at, seq, updated_at, priority_rank, status_rank, reference, due_at FROM ticket"_s +
        (where.isEmpty() ? u" WHERE "_s : where + u" AND "_s) + u"id = ?"_s);
    QVariantList own = binds;
    own << id;
    if (!run(q, own, &m_lastError) || !q.next())
        return -1;
    const QString cmp = filter.ascending ? u"<"_s : u">"_s;
    QString before;
    QVariantList keys;
    switch (filter.sort) {
    case TicketSort::Created:
        before = u"(created_at, seq) "_s + cmp + u" (?, ?)"_s;
        keys << q.value(0) << q.value(1);
        break;
    case TicketSort::Updated:
        before = u"(updated_at, seq) "_s + cmp + u" (?, ?)"_s;
        keys << q.value(2) << q.value(1);
        break;
    case TicketSort::Priority:
        before = u"(priority_rank, created_at, seq) "_s + cmp + u" (?, ?, ?)"_s;
        keys << q.value(3) << q.value(0) << q.value(1);
        break;
    case TicketSort::Status:
        before = u"(status_rank, created_at, seq) "_s + cmp + u" (?, ?, ?)"_s;
        keys << q.value(4) << q.value(0) << q.value(1);
        break;
    case TicketSort::Reference:
        before = u"reference "_s + cmp + u" ?"_s;
        keys << q.value(5);
        break;
    case TicketSort::Due: {
        QSqlQuery w(m_store.database());
        w.prepare(u"SELECT pos FROM (SELECT id, row_number() OVER ("_s + filter.orderClause().mid(1) +
                  u") - 1 AS pos FROM ticket"_s + where + u") WHERE id = ?"_s);
        if (!run(w, own, &m_lastError) || !w.next())
            return -1;
        return w.value(0).toLongLong();
    }
    }
    QSqlQuery c(m_store.database());
    c.prepare(u"SELECT count(*) FROM ticket"_s + (where.isEmpty() ? u" WHERE "_s : where + u" AND "_s) +
              before);
    binds << keys;
    if (!run(c, binds, &m_lastError) || !c.next())
        return -1;
    return c.value(0).toLongLong();
}

std::optional<Ticket> TicketRepository::ticket(const QString &idOrReference, bool withPersonalData) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT "_s + ticketColumns() + u" FROM ticket WHERE "_s +
              (QUuid::fromString(idOrReference).isNull() ? u"reference = ?"_s : u"id = ?"_s));
    q.addBindValue(idOrReference.trimmed());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Ticket t = readTicket(q);
    const QString reporterId = q.value(27).toString();
    if (withPersonalData && !reporterId.isEmpty()) {
        QSqlQuery r(m_store.database());
        r.prepare(u"SELECT id, name, email, phone FROM reporter WHERE id = ?"_s);
        r.addBindValue(reporterId);
        if (r.exec() && r.next())
            t.reporter = Reporter{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                  r.value(3).toString()};
    }
    return t;
}

QList<Comment> TicketRepository::comments(const QString &ticketId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT c.id, c.kind, c.author, c.created_at, c.text, "
              "EXISTS (SELECT 1 FROM outbox o WHERE o.op_id = c.op_id AND o.state IN ('pending', 'sent')) "
              "FROM comment c WHERE c.ticket_id = ? ORDER BY c.created_at, c.id"_s);
    q.addBindValue(ticketId);
    QList<Comment> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Comment c;
        c.id = q.value(0).toString();
        c.ticketId = ticketId;
        c.kind = codes::commentKind(q.value(1).toString()).value_or(CommentKind::Internal);
        c.author = q.value(2).toString();
        c.createdAt = fromStoredTime(q.value(3));
        c.text = q.value(4).toString();
        c.pending = q.value(5).toBool();
        out.append(c);
    }
    return out;
}

QList<HistoryEntry> TicketRepository::history(const QString &ticketId) const
{
    // The central database's audit has a row for every column that changed; the times that
    // follow a status change, the deadline's pause and the photo count are shown by the status,
    // the deadline and the photos themselves, not as lines of their own.
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT h.id, h.op_id, h.author, h.at, h.field, h.old_value, h.new_value, "
              "EXISTS (SELECT 1 FROM outbox o WHERE o.op_id = h.op_id AND o.state IN ('pending', 'sent')) "
              "FROM history h WHERE h.ticket_id = ? AND h.field NOT IN ('acknowledged_at', 'resolved_at', "
              "'closed_at', 'paused_at', 'paused_minutes', 'photo_count') ORDER BY h.at, h.rowid"_s);
    q.addBindValue(ticketId);
    QList<HistoryEntry> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        HistoryEntry h;
        h.id = q.value(0).toString();
        h.ticketId = ticketId;
        h.operationId = q.value(1).toString();
        h.author = q.value(2).toString();
        h.at = fromStoredTime(q.value(3));
        h.field = q.value(4).toString();
        h.oldValue = q.value(5).toString();
        h.newValue = q.value(6).toString();
        h.pending = q.value(7).toBool();
        out.append(h);
    }
    return out;
}

static Photo readPhoto(const QSqlQuery &q)
{
    Photo p;
    p.id = q.value(0).toString();
    p.ticketId = q.value(1).toString();
    p.position = q.value(2).toInt();
    p.demo = q.value(3).toString() == "demo"_L1;
    p.mimeType = q.value(4).toString();
    p.width = q.value(5).toInt();
    p.height = q.value(6).toInt();
    p.bytes = q.value(7).toLongLong();
    p.createdAt = fromStoredTime(q.value(8));
    p.stored = p.demo || q.value(9).toBool();
    return p;
}

QList<Photo> TicketRepository::photos(const QString &ticketId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT id, ticket_id, position, source, mime, width, height, bytes, created_at, data IS NOT "
              u"NULL FROM photo "
              "WHERE ticket_id = ? ORDER BY position"_s);
    q.addBindValue(ticketId);
    QList<Photo> out;
    if (q.exec()) {
        while (q.next())
            out.append(readPhoto(q));
    }
    return out;
}

std::optional<Photo> TicketRepository::photo(const QString &photoId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT id, ticket_id, position, source, mime, width, height, bytes, created_at, data IS NOT "
              u"NULL FROM photo "
              "WHERE id = ?"_s);
    q.addBindValue(photoId);
    if (q.exec() && q.next())
        return readPhoto(q);
    return std::nullopt;
}

QByteArray TicketRepository::photoData(const QString &photoId, bool thumbnail) const
{
    QSqlQuery q(m_store.database());
    q.prepare(thumbnail ? u"SELECT thumbnail FROM photo WHERE id = ?"_s
                        : u"SELECT data FROM photo WHERE id = ?"_s);
    q.addBindValue(photoId);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

int TicketRepository::pendingOperationCount() const
{
    QSqlQuery q(m_store.database());
    // Another login's edits are not this one's to send (they wait for it in the Conflicts view).
    if (q.exec(
            u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent') AND (login IS NULL OR NOT "
            u"EXISTS "
            "(SELECT 1 FROM setting WHERE key = 'central_login' AND value <> '' AND value <> outbox.login))"_s) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

QString TicketRepository::displayValue(const QString &field, const QString &v, const QString &municipality,
                                       const ReferenceData &ref) const
{
    if (v.isEmpty())
        return u"—"_s;
    if (field == "status"_L1) {
        const auto s = codes::status(v);
        return s ? codes::label(*s) : v;
    }
    if (field == "priority"_L1) {
        const auto p = codes::priority(v);
        return p ? codes::label(*p) : v;
    }
    if (field == "service"_L1)
        return ref.serviceName(v);
    if (field == "team"_L1)
        return ref.teamName(v);
    if (field == "assignee"_L1)
        return ref.agentName(v);
    if (field == "category"_L1)
        return ref.categoryLabel(v);
    if (field == "district"_L1)
        return ref.districtName(municipality, v);
    if (field == "forwarded_to"_L1)
        return ref.authorityName(v);
    if (field == "routing_rule"_L1)
        return Router::describe(ref, v, {});
    if (field == "forward_state"_L1)
        return codes::forwardStateLabel(v);
    if (field == "result"_L1) {
        const auto r = InterventionRules::result(v);
        return r ? InterventionRules::label(*r) : v;
    }
    if (field.endsWith("_at"_L1)) {
        // Milliseconds (the workstation), ISO 8601 (history) or PostgreSQL's text (a receipt).
        bool number = false;
        const qint64 ms = v.toLongLong(&number);
        QString iso = v;
        iso.replace(u' ', u'T');
        if (iso.size() > 3 && (iso[iso.size() - 3] == u'+' || iso[iso.size() - 3] == u'-'))
            iso += u":00"_s; // PostgreSQL writes "+00"
        const QDateTime t = number ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                   : QDateTime::fromString(iso, Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toTimeZone(WorkingCalendar::paris()), u"dd/MM/yyyy HH:mm"_s)
                           : v;
    }
    if (field == "latitude"_L1 || field == "longitude"_L1) {
        bool ok = false;
        const double d = v.toDouble(&ok);
        return ok ? QLocale().toString(d, 'f', 6) : v;
    }
    if (field == "duplicate_of"_L1) {
        const auto t = ticket(v);
        return t ? t->reference : v;
    }
    return v;
}

QString TicketRepository::describeChange(const HistoryEntry &h, const QString &municipality,
                                         const ReferenceData &ref) const
{
    if (h.field == "created"_L1)
        return QCoreApplication::translate("TicketRepository", "Signalement créé (%1)").arg(h.newValue);
    return QCoreApplication::translate("TicketRepository", "%1 : %2 → %3")
        .arg(codes::fieldLabel(h.field), displayValue(h.field, h.oldValue, municipality, ref),
             displayValue(h.field, h.newValue, municipality, ref));
}

QList<SavedFilter> TicketRepository::savedFilters(const QString &owner) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT id, name, filter FROM saved_filter WHERE owner = ? ORDER BY name"_s);
    q.addBindValue(owner);
    QList<SavedFilter> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(),
                        TicketFilter::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object())});
    }
    return out;
}

} // namespace lanterne
