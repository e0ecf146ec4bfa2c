// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statistics.h"

#include "stats/sqlfunctions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lanterne {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

constexpr double kMsPerHour = 3'600'000.0;

std::optional<double> pct(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * part / whole;
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

/** The SQL condition of a filter's fields (not its period), with its values: the Inbox's. */
struct Where
{
    QString condition;
    QVariantList values;

    [[nodiscard]] QString sql() const { return condition.isEmpty() ? u"1"_s : condition; }
};

Where filterWhere(const StatsFilter &f)
{
    Where w;
    const QString where = f.ticketFilter().whereClause(&w.values); // " WHERE ..." or empty
    if (!where.isEmpty())
        w.condition = where.mid(where.indexOf(u"WHERE "_s) + 6);
    return w;
}

/**
 * The index a range of @p column is read on: it holds every column the figures read and filter
 * on, so a period costs its own rows whatever the filter (left to itself, SQLite may prefer the
 * index of a filter, e.g. the commune's, and look every row up in the table).
 */
QString byRange(const QString &column)
{
    return column == "created_at"_L1 ? u"ticket_created"_s : u"ticket_resolved"_s;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = Tr::tr("Statistiques : %1").arg(q.lastError().text());
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = Tr::tr("Statistiques : %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

int bucketIndex(const QList<StatsBucket> &buckets, const QDate &day)
{
    const auto it = std::upper_bound(buckets.cbegin(), buckets.cend(), day,
                                     [](const QDate &d, const StatsBucket &b) { return d < b.first; });
    if (it == buckets.cbegin())
        return -1;
    const auto i = int(it - buckets.cbegin()) - 1;
    return day <= buckets[i].last ? i : -1;
}

} // namespace

StatsFilter StatsFilter::previous() const
{
    StatsFilter p = *this;
    p.to = from.addDays(-1);
    p.from = from.addDays(-days());
    return p;
}

TicketFilter StatsFilter::ticketFilter() const
{
    TicketFilter f;
    f.municipality = municipality;
    f.service = service;
    if (!category.isEmpty())
        f.categories = {category};
    f.district = district;
    f.channel = channel;
    f.team = team;
    return f;
}

qint64 StatsFilter::startMs() const
{
    return sqlfunctions::parisDayStartMs(from);
}

qint64 StatsFilter::endMs() const
{
    return sqlfunctions::parisDayStartMs(to.addDays(1));
}

std::optional<double> Figures::resolvedWithinDeadlinePct() const
{
    return pct(resolvedInTime, resolvedWithDeadline);
}

std::optional<double> Figures::forwardedPct() const
{
    return pct(forwarded, created);
}

std::optional<double> Figures::duplicatePct() const
{
    return pct(duplicates, created);
}

QStringList Statistics::sections()
{
    return {u"total"_s, u"category"_s, u"service"_s, u"team"_s, u"district"_s, u"channel"_s};
}

std::optional<Figures> Statistics::total(const StatsFilter &filter, QString *error) const
{
    const auto rows = bySection(filter, u"total"_s, error);
    if (!rows)
        return std::nullopt;
    return rows->isEmpty() ? Figures{} : rows->first().figures;
}

std::optional<QList<ReportRow>> Statistics::bySection(const StatsFilter &filter, const QString &section,
                                                      QString *error) const
{
    if (!sections().contains(section)) {
        if (error)
            *error = Tr::tr("Section de rapport inconnue : %1 (sections : %2).")
                         .arg(section, sections().join(u", "_s));
        return std::nullopt;
    }
    const QString key = section == "total"_L1 ? u"''"_s : section;
    const Where w = filterWhere(filter);
    // The tickets created in the period, then those resolved in it but created before or after:
    // two ranges of the indexes on created_at and resolved_at, which hold every column read here.
    const QString s = QString::number(filter.startMs());
    const QString e = QString::number(filter.endMs());
    const QString columns = u"created_at, acknowledged_at, resolved_at, due_at"_s;
    const QString resolvedIn = u"(resolved_at >= %1 AND resolved_at < %2)"_s.arg(s, e);
    const QString sql =
        u"SELECT k, SUM(c), SUM(r), "
        "percentile_cont(CASE WHEN r THEN (acknowledged_at - created_at) / %6 END, 0.5), "
        "percentile_cont(CASE WHEN r THEN (acknowledged_at - created_at) / %6 END, 0.9), "
        "percentile_cont(CASE WHEN r THEN (resolved_at - created_at) / %6 END, 0.5), "
        "percentile_cont(CASE WHEN r THEN (resolved_at - created_at) / %6 END, 0.9), "
        "SUM(r AND due_at IS NOT NULL), SUM(r AND due_at IS NOT NULL AND resolved_at <= due_at), "
        "SUM(f), SUM(d) FROM ("
        "SELECT %1 AS k, 1 AS c, %4 AS r, %5, forwarded_to <> '' AS f, duplicate_of IS NOT NULL AS d "
        "FROM ticket INDEXED BY ticket_created WHERE created_at >= %2 AND created_at < %3 AND (%7) "
        "UNION ALL "
        "SELECT %1, 0, 1, %5, 0, 0 FROM ticket INDEXED BY ticket_resolved WHERE %4 AND NOT (created_at >= %2 "
        "AND created_at < %3) AND "
        "(%7)"
        ") GROUP BY k ORDER BY k"_s.arg(key, s, e, resolvedIn, columns)
            .arg(kMsPerHour, 0, 'f', 1)
            .arg(w.sql());
    QVariantList values = w.values;
    values += w.values;

    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!run(q, sql, values, error))
        return std::nullopt;
    QList<ReportRow> rows;
    while (q.next()) {
        ReportRow r;
        r.section = section;
        r.key = q.value(0).toString();
        Figures &f = r.figures;
        f.created = q.value(1).toInt();
        f.resolved = q.value(2).toInt();
        f.medianHoursToAcknowledge = optionalDouble(q.value(3));
        f.p90HoursToAcknowledge = optionalDouble(q.value(4));
        f.medianHoursToResolve = optionalDouble(q.value(5));
        f.p90HoursToResolve = optionalDouble(q.value(6));
        f.resolvedWithDeadline = q.value(7).toInt();
        f.resolvedInTime = q.value(8).toInt();
        f.forwarded = q.value(9).toInt();
        f.duplicates = q.value(10).toInt();
        rows.append(r);
    }
    if (section == "total"_L1 && rows.isEmpty())
        rows.append(ReportRow{section, {}, {}});
    return rows;
}

std::optional<QList<ReportRow>> Statistics::report(const StatsFilter &filter, QString *error) const
{
    QList<ReportRow> all;
    for (const QString &section : sections()) {
        const auto rows = bySection(filter, section, error);
        if (!rows)
            return std::nullopt;
        all += *rows;
    }
    return all;
}

QList<StatsBucket> Statistics::buckets(const QDate &from, const QDate &to, StatsGranularity g)
{
    QList<StatsBucket> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    QDate d = from;
    while (d <= to) {
        QDate last;
        switch (g) {
        case StatsGranularity::Day:
            last = d;
            break;
        case StatsGranularity::Week:
            last = d.addDays(7 - d.dayOfWeek());
            break;
        case StatsGranularity::Month:
            last = QDate(d.year(), d.month(), d.daysInMonth());
            break;
        }
        out.append({d, std::min(last, to)});
        d = last.addDays(1);
    }
    return out;
}

std::optional<VolumeSeries> Statistics::volumes(const StatsFilter &filter, StatsDimension by,
                                                StatsGranularity granularity, QString *error) const
{
    QString key;
    switch (by) {
    case StatsDimension::Category:
        key = u"category"_s;
        break;
    case StatsDimension::Domain: // grouped by category, each counted in its domain below
        key = u"category"_s;
        break;
    case StatsDimension::Channel:
        key = u"channel"_s;
        break;
    case StatsDimension::District:
        key = u"district"_s;
        break;
    case StatsDimension::Service:
        key = u"service"_s;
        break;
    case StatsDimension::Team:
        key = u"team"_s;
        break;
    }
    const Where w = filterWhere(filter);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    QVariantList values{filter.startMs(), filter.endMs()};
    values += w.values;
    if (!run(q,
             u"SELECT lanterne_day(created_at) AS d, %1 AS k, COUNT(*) FROM ticket INDEXED BY ticket_created "
             "WHERE created_at >= ? AND created_at < ? AND (%2) GROUP BY d, k"_s.arg(key, w.sql()),
             values, error))
        return std::nullopt;
    VolumeSeries v;
    v.buckets = buckets(filter.from, filter.to, granularity);
    v.totals.fill(0, v.buckets.size());
    QHash<QString, int> perKey;
    while (q.next()) {
        const int b = bucketIndex(v.buckets, QDate::fromJulianDay(q.value(0).toLongLong()));
        if (b < 0)
            continue;
        QString k = q.value(1).toString();
        if (by == StatsDimension::Domain) {
            const Category *c = m_ref.category(k);
            k = c ? c->domain : QString();
        }
        const int n = q.value(2).toInt();
        auto it = v.counts.find(k);
        if (it == v.counts.end())
            it = v.counts.insert(k, QList<int>(v.buckets.size(), 0));
        (*it)[b] += n;
        v.totals[b] += n;
        perKey[k] += n;
    }
    v.keys = v.counts.keys();
    std::stable_sort(v.keys.begin(), v.keys.end(),
                     [&](const QString &a, const QString &b) { return perKey.value(a) > perKey.value(b); });
    return v;
}

std::optional<BacklogSeries> Statistics::backlog(const StatsFilter &filter, StatsGranularity granularity,
                                                 const QDateTime &now, QString *error,
                                                 BacklogSeries *previous) const
{
    const QDate today = sqlfunctions::parisDay(now.toMSecsSinceEpoch());
    const StatsFilter before = filter.previous();
    // The days shown: from the start of the period (of the previous one when it is asked for) to
    // the end of the period, never after today.
    const QDate first = previous ? before.from : filter.from;
    const QDate last = std::min(filter.to, today);
    auto bucketed = [&](const StatsFilter &f, const QList<int> &created, const QList<int> &resolved,
                        const QList<int> &open) {
        BacklogSeries s;
        if (f.from > today)
            return s;
        s.buckets = buckets(f.from, std::min(f.to, today), granularity);
        s.created.fill(0, s.buckets.size());
        s.resolved.fill(0, s.buckets.size());
        s.open.fill(0, s.buckets.size());
        for (qsizetype b = 0; b < s.buckets.size(); ++b) {
            const qint64 lo = first.daysTo(s.buckets[b].first), hi = first.daysTo(s.buckets[b].last);
            for (qint64 i = lo; i <= hi; ++i) {
                s.created[b] += created[i];
                s.resolved[b] += resolved[i];
            }
            s.open[b] = open[hi];
        }
        return s;
    };
    if (first > last) {
        if (previous)
            *previous = {};
        return BacklogSeries{};
    }

    // Open at a time t = created by t, not resolved (first time) by t. Counted back from today's
    // never resolved tickets and the days since the first day shown: ranges on the indexes of
    // created_at and resolved_at, never a scan of the years before.
    const qsizetype days = first.daysTo(last) + 1;
    QList<int> created(days, 0), resolved(days, 0), open(days, 0);
    const Where w = filterWhere(filter);
    const qint64 start = sqlfunctions::parisDayStartMs(first);
    const qint64 until =
        std::max(sqlfunctions::parisDayStartMs(last.addDays(1)), now.toMSecsSinceEpoch() + 1);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!run(q, u"SELECT COUNT(*) FROM ticket WHERE resolved_at IS NULL AND (%1)"_s.arg(w.sql()), w.values,
             error) ||
        !q.next())
        return std::nullopt;
    qint64 count = q.value(0).toLongLong();
    for (const QString &column : {u"created_at"_s, u"resolved_at"_s}) {
        QVariantList v{start, until};
        v += w.values;
        if (!run(q,
                 u"SELECT lanterne_day(%1) AS d, COUNT(*) FROM ticket INDEXED BY %3 "
                 "WHERE %1 >= ? AND %1 < ? AND (%2) GROUP BY d"_s.arg(column, w.sql(), byRange(column)),
                 v, error))
            return std::nullopt;
        const bool isCreated = column == "created_at"_L1;
        QList<int> &into = isCreated ? created : resolved;
        while (q.next()) {
            const int n = q.value(1).toInt();
            count += isCreated ? -n : n; // back to the start of the first day
            const qint64 i = first.daysTo(QDate::fromJulianDay(q.value(0).toLongLong()));
            if (i >= 0 && i < days)
                into[i] += n;
        }
    }
    for (qsizetype i = 0; i < days; ++i) {
        count += created[i] - resolved[i];
        open[i] = int(count);
    }
    if (previous)
        *previous = bucketed(before, created, resolved, open);
    return bucketed(filter, created, resolved, open);
}

std::optional<QList<TeamLoad>> Statistics::teamLoad(const StatsFilter &filter, const QDateTime &now,
                                                    QString *error) const
{
    const Where w = filterWhere(filter);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    QMap<QString, TeamLoad> byTeam;
    QVariantList values{now.toMSecsSinceEpoch()};
    values += w.values;
    if (!run(q,
             u"SELECT team, COUNT(*), SUM(due_at < ? AND paused_at IS NULL) FROM ticket "
             "WHERE status_class = 'open' AND (%1) GROUP BY team"_s.arg(w.sql()),
             values, error))
        return std::nullopt;
    while (q.next()) {
        TeamLoad &t = byTeam[q.value(0).toString()];
        t.open = q.value(1).toInt();
        t.overdue = q.value(2).toInt();
    }
    for (const QString &column : {u"created_at"_s, u"resolved_at"_s}) {
        QVariantList v{filter.startMs(), filter.endMs()};
        v += w.values;
        if (!run(q,
                 u"SELECT team, COUNT(*) FROM ticket INDEXED BY %3 WHERE %1 >= ? AND %1 < ? AND (%2) "
                 "GROUP BY team"_s.arg(column, w.sql(), byRange(column)),
                 v, error))
            return std::nullopt;
        while (q.next()) {
            TeamLoad &t = byTeam[q.value(0).toString()];
            (column == "created_at"_L1 ? t.created : t.resolved) = q.value(1).toInt();
        }
    }
    QList<TeamLoad> out;
    for (auto it = byTeam.begin(); it != byTeam.end(); ++it) {
        it->team = it.key();
        out.append(*it);
    }
    std::stable_sort(out.begin(), out.end(), [](const TeamLoad &a, const TeamLoad &b) {
        return a.open != b.open ? a.open > b.open : a.team < b.team;
    });
    return out;
}

NowFigures Statistics::nowFromTeams(const QList<TeamLoad> &teams)
{
    NowFigures n;
    for (const TeamLoad &t : teams) {
        n.open += t.open;
        n.overdue += t.overdue;
    }
    return n;
}

} // namespace lanterne
