// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisors' dashboard at city scale: from a filter change to every figure of the page
// computed and handed to the page (key figures and the previous period, volumes, backlog, times,
// team load),
// for periods from a month to five years and under each filter. The reference, measured in the
// same run, is what the figures would cost without the store's aggregates: reading the rows of
// the tickets of the period (and of the previous one) into memory, as a naive dashboard would.
//
//   bench_dashboard STORE [RUNS]   (STORE: a demo store, e.g. lanternectl demo --tickets 350000)
#include "dashboardmodel.h"
#include "stats/sqlfunctions.h"
#include "storage/localstore.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>

using namespace lanterne;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

/** The naive way: every ticket created or resolved in the two periods, read row by row. */
double readRows(const LocalStore &store, const StatsFilter &f)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT category, channel, district, service, team, created_at, acknowledged_at, resolved_at, "
              "due_at, forwarded_to, duplicate_of, latitude, longitude FROM ticket "
              "WHERE (created_at >= ? AND created_at < ?) OR (resolved_at >= ? AND resolved_at < ?)"_s);
    const qint64 start = f.previous().startMs(), end = f.endMs();
    for (qint64 v : {start, end, start, end})
        q.addBindValue(v);
    q.exec();
    qint64 sum = 0;
    while (q.next())
        sum += q.value(5).toLongLong() + q.value(0).toString().size();
    if (sum == 42)
        std::puts("");
    return double(t.nsecsElapsed()) / 1e6;
}

/** Until the figures asked last are there (the model computes them off this thread). */
void waitForFigures(DashboardModel &model)
{
    if (!model.busy())
        return;
    QEventLoop loop;
    QObject::connect(&model, &DashboardModel::busyChanged, &loop, [&] {
        if (!model.busy())
            loop.quit();
    });
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_dashboard STORE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    LocalStore store;
    if (const auto r = store.open(QString::fromLocal8Bit(argv[1]), LocalStore::OpenMode::ReadOnly); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message));
        return 1;
    }
    QSqlQuery last(store.database());
    last.exec(u"SELECT max(created_at) FROM ticket"_s);
    last.next();
    const QDate today = sqlfunctions::parisDay(last.value(0).toLongLong());

    DashboardModel model(&store);
    struct Case
    {
        const char *name;
        QVariantMap filters;
    };
    const QString end = today.toString(Qt::ISODate);
    auto since = [&](int days) { return today.addDays(1 - days).toString(Qt::ISODate); };
    const QList<Case> cases{
        {"30 days", {{u"from"_s, since(30)}, {u"to"_s, end}}},
        {"90 days", {{u"from"_s, since(90)}, {u"to"_s, end}}},
        {"1 year", {{u"from"_s, since(365)}, {u"to"_s, end}}},
        {"5 years", {{u"from"_s, since(5 * 365)}, {u"to"_s, end}}},
        {"1 year, Pantin", {{u"from"_s, since(365)}, {u"to"_s, end}, {u"municipality"_s, u"93055"_s}}},
        {"1 year, service", {{u"from"_s, since(365)}, {u"to"_s, end}, {u"service"_s, u"proprete"_s}}},
        {"1 year, category", {{u"from"_s, since(365)}, {u"to"_s, end}, {u"category"_s, u"lampadaire"_s}}},
        {"1 year, district", {{u"from"_s, since(365)}, {u"to"_s, end}, {u"district"_s, u"hoche"_s}}},
        {"5 years, by category, per month",
         {{u"from"_s, since(5 * 365)},
          {u"to"_s, end},
          {u"volumeBy"_s, u"category"_s},
          {u"granularity"_s, u"month"_s}}},
    };
    const QVariantMap reset{{u"municipality"_s, QString()}, {u"service"_s, QString()},
                            {u"category"_s, QString()},     {u"district"_s, QString()},
                            {u"volumeBy"_s, u"domain"_s},   {u"granularity"_s, QString()}};
    std::printf("%-34s %12s %12s %10s\n", "filter change", "dashboard ms", "rows ms", "tickets");
    QList<double> all, allRows;
    for (const Case &c : cases) {
        QList<double> times, rows;
        int created = 0;
        for (int r = 0; r < runs; ++r) {
            model.setFilters(reset);
            waitForFigures(model);
            QElapsedTimer t;
            t.start();
            model.setFilters(c.filters); // computes once, on the model's threads
            waitForFigures(model);
            times.append(double(t.nsecsElapsed()) / 1e6);
            rows.append(readRows(store, model.statsFilter()));
            if (!model.error().isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(model.error()));
                return 1;
            }
            created = QLocale(QLocale::C)
                          .toInt(model.kpis()
                                     .value(0)
                                     .toMap()
                                     .value(u"text"_s)
                                     .toString()
                                     .remove(u' ')
                                     .remove(QChar(0x202F))
                                     .remove(QChar(0xA0)));
        }
        std::printf("%-34s %12.2f %12.2f %10d\n", c.name, median(times), median(rows), created);
        all += median(times);
        allRows += median(rows);
    }
    std::printf("%-34s %12.2f %12.2f\n", "median of the filter changes", median(all), median(allRows));
    return 0;
}
