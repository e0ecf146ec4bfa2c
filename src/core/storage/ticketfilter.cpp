// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketfilter.h"

#include "domain/deadlines.h"
#include "domain/referencedata.h"
#include "stats/sqlfunctions.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {

void addIn(QStringList &where, QVariantList *binds, const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &v : values) {
        marks.append(u"?"_s);
        binds->append(v);
    }
    where.append(column + u" IN ("_s + marks.join(u',') + u')');
}

void addEq(QStringList &where, QVariantList *binds, const QString &column, const QString &value)
{
    if (value.isEmpty())
        return;
    where.append(column + u" = ?"_s);
    binds->append(value == "-"_L1 ? u""_s : value); // "-": none (no team, nobody...)
}

QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

bool TicketFilter::isEmpty() const
{
    TicketFilter plain;
    plain.sort = sort;
    plain.ascending = ascending;
    return *this == plain;
}

QString TicketFilter::ftsQuery(const QString &text)
{
    static const QRegularExpression separators(u"[\\s\"*^:()+{}]+"_s);
    QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &w : std::as_const(words))
        terms.append(u'"' + w + u"\"*"_s);
    return terms.join(u' ');
}

QString TicketFilter::whereClauseWalkingSort(QVariantList *binds) const
{
    QString where = whereClause(binds);
    // A unary + keeps SQLite from driving the query by the full-text match.
    where.replace(u"seq IN (SELECT rowid FROM ticket_fts"_s, u"+seq IN (SELECT rowid FROM ticket_fts"_s);
    return where;
}

QString TicketFilter::whereClause(QVariantList *binds, const QDateTime &now) const
{
    QStringList where;
    addIn(where, binds, u"status"_s, statuses);
    addEq(where, binds, u"status_class"_s, statusClass);
    addIn(where, binds, u"category"_s, categories);
    if (!domain.isEmpty()) {
        QStringList inDomain;
        for (const Category &c : ReferenceData::builtin().categories())
            if (c.domain == domain)
                inDomain.append(c.code);
        if (inDomain.isEmpty())
            inDomain.append(QString()); // an unknown domain matches nothing
        addIn(where, binds, u"category"_s, inDomain);
    }
    addEq(where, binds, u"municipality"_s, municipality);
    addEq(where, binds, u"district"_s, district);
    addEq(where, binds, u"service"_s, service);
    addEq(where, binds, u"team"_s, team);
    addEq(where, binds, u"assignee"_s, assignee);
    if (!priority.isEmpty()) {
        // On the rank, which is indexed (an unknown code matches nothing).
        const auto p = codes::priority(priority);
        where.append(u"priority_rank = ?"_s);
        binds->append(p ? codes::rank(*p) : -1);
    }
    addEq(where, binds, u"channel"_s, channel);
    if (from.isValid()) {
        where.append(u"created_at >= ?"_s);
        binds->append(sqlfunctions::parisDayStartMs(from));
    }
    if (to.isValid()) {
        where.append(u"created_at < ?"_s);
        binds->append(sqlfunctions::parisDayStartMs(to.addDays(1)));
    }
    if (resolvedFrom.isValid()) {
        where.append(u"resolved_at >= ?"_s);
        binds->append(sqlfunctions::parisDayStartMs(resolvedFrom));
    }
    if (resolvedTo.isValid()) {
        where.append(u"resolved_at < ?"_s);
        binds->append(sqlfunctions::parisDayStartMs(resolvedTo.addDays(1)));
    }
    if (forwarded)
        where.append(u"forwarded_to <> ''"_s);
    if (duplicate)
        where.append(u"duplicate_of IS NOT NULL"_s);
    if (openAt.isValid()) {
        where.append(u"created_at < ? AND (resolved_at IS NULL OR resolved_at >= ?)"_s);
        binds->append(sqlfunctions::parisDayStartMs(openAt.addDays(1)));
        binds->append(sqlfunctions::parisDayStartMs(openAt.addDays(1)));
    }
    // A paused deadline (waiting on the reporter or a third party) is neither late nor due soon.
    if (overdue) {
        where.append(u"status_class = 'open' AND paused_at IS NULL AND due_at < ?"_s);
        binds->append(now.toMSecsSinceEpoch());
    }
    if (dueSoon) {
        where.append(u"status_class = 'open' AND paused_at IS NULL AND due_at >= ? AND due_at <= ?"_s);
        binds->append(now.toMSecsSinceEpoch());
        binds->append(
            Deadlines::dueSoonLimit(now, ReferenceData::builtin().workingHours()).toMSecsSinceEpoch());
    }
    if (doneDays > 0) {
        // Only closed or fixed statuses asked for: a range on (status, resolved_at).
        bool onlyDone = !statuses.isEmpty();
        for (const QString &s : statuses)
            onlyDone = onlyDone && codes::status(s) && !codes::isOpen(*codes::status(s));
        where.append(onlyDone ? u"resolved_at >= ?"_s : u"(status_class = 'open' OR resolved_at >= ?)"_s);
        binds->append(now.addDays(-doneDays).toMSecsSinceEpoch());
    }
    const QString fts = ftsQuery(search);
    if (!fts.isEmpty()) {
        where.append(u"seq IN (SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?)"_s);
        binds->append(fts);
    }
    addIn(where, binds, u"id"_s, ids);
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

QString TicketFilter::orderClause() const
{
    const QString dir = ascending ? u" ASC"_s : u" DESC"_s;
    switch (sort) {
    case TicketSort::Created:
        return u" ORDER BY created_at"_s + dir + u", seq"_s + dir;
    case TicketSort::Updated:
        return u" ORDER BY updated_at"_s + dir + u", seq"_s + dir;
    case TicketSort::Due:
        return u" ORDER BY due_at IS NULL, due_at"_s + dir + u", seq"_s + dir;
    case TicketSort::Priority:
        return u" ORDER BY priority_rank"_s + dir + u", created_at"_s + dir + u", seq"_s + dir;
    case TicketSort::Status:
        return u" ORDER BY status_rank"_s + dir + u", created_at"_s + dir + u", seq"_s + dir;
    case TicketSort::Reference:
        return u" ORDER BY reference"_s + dir;
    }
    return {};
}

QString TicketFilter::sortCode(TicketSort s)
{
    switch (s) {
    case TicketSort::Created:
        return u"created"_s;
    case TicketSort::Updated:
        return u"updated"_s;
    case TicketSort::Due:
        return u"due"_s;
    case TicketSort::Priority:
        return u"priority"_s;
    case TicketSort::Status:
        return u"status"_s;
    case TicketSort::Reference:
        return u"reference"_s;
    }
    return u"created"_s;
}

TicketSort TicketFilter::sortFromCode(const QString &code)
{
    for (TicketSort s : {TicketSort::Created, TicketSort::Updated, TicketSort::Due, TicketSort::Priority,
                         TicketSort::Status, TicketSort::Reference})
        if (sortCode(s) == code)
            return s;
    return TicketSort::Created;
}

QJsonObject TicketFilter::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    if (!statuses.isEmpty())
        o.insert("statuses"_L1, toArray(statuses));
    if (!categories.isEmpty())
        o.insert("categories"_L1, toArray(categories));
    if (!ids.isEmpty())
        o.insert("ids"_L1, toArray(ids));
    put("status_class", statusClass);
    put("domain", domain);
    put("municipality", municipality);
    put("district", district);
    put("service", service);
    put("team", team);
    put("assignee", assignee);
    put("priority", priority);
    put("channel", channel);
    put("search", search);
    if (from.isValid())
        o.insert("from"_L1, from.toString(Qt::ISODate));
    if (to.isValid())
        o.insert("to"_L1, to.toString(Qt::ISODate));
    if (resolvedFrom.isValid())
        o.insert("resolved_from"_L1, resolvedFrom.toString(Qt::ISODate));
    if (resolvedTo.isValid())
        o.insert("resolved_to"_L1, resolvedTo.toString(Qt::ISODate));
    if (openAt.isValid())
        o.insert("open_at"_L1, openAt.toString(Qt::ISODate));
    if (forwarded)
        o.insert("forwarded"_L1, true);
    if (duplicate)
        o.insert("duplicate"_L1, true);
    if (overdue)
        o.insert("overdue"_L1, true);
    if (dueSoon)
        o.insert("due_soon"_L1, true);
    if (doneDays > 0)
        o.insert("done_days"_L1, doneDays);
    o.insert("sort"_L1, sortCode(sort));
    o.insert("ascending"_L1, ascending);
    return o;
}

QVariantMap TicketFilter::criteria() const
{
    QJsonObject o = toJson();
    o.remove("sort"_L1);
    o.remove("ascending"_L1);
    return o.toVariantMap();
}

TicketFilter TicketFilter::fromJson(const QJsonObject &o)
{
    TicketFilter f;
    f.statuses = fromArray(o.value("statuses"_L1));
    f.categories = fromArray(o.value("categories"_L1));
    f.ids = fromArray(o.value("ids"_L1));
    f.statusClass = o.value("status_class"_L1).toString();
    f.domain = o.value("domain"_L1).toString();
    f.municipality = o.value("municipality"_L1).toString();
    f.district = o.value("district"_L1).toString();
    f.service = o.value("service"_L1).toString();
    f.team = o.value("team"_L1).toString();
    f.assignee = o.value("assignee"_L1).toString();
    f.priority = o.value("priority"_L1).toString();
    f.channel = o.value("channel"_L1).toString();
    f.search = o.value("search"_L1).toString();
    f.from = QDate::fromString(o.value("from"_L1).toString(), Qt::ISODate);
    f.to = QDate::fromString(o.value("to"_L1).toString(), Qt::ISODate);
    f.resolvedFrom = QDate::fromString(o.value("resolved_from"_L1).toString(), Qt::ISODate);
    f.resolvedTo = QDate::fromString(o.value("resolved_to"_L1).toString(), Qt::ISODate);
    f.openAt = QDate::fromString(o.value("open_at"_L1).toString(), Qt::ISODate);
    f.forwarded = o.value("forwarded"_L1).toBool();
    f.duplicate = o.value("duplicate"_L1).toBool();
    f.overdue = o.value("overdue"_L1).toBool();
    f.dueSoon = o.value("due_soon"_L1).toBool();
    f.doneDays = std::max(0, o.value("done_days"_L1).toInt());
    f.sort = sortFromCode(o.value("sort"_L1).toString());
    f.ascending = o.value("ascending"_L1).toBool();
    return f;
}

} // namespace lanterne
