// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisors' dashboard at city scale: from a filter change to every figure of the page
// computed and handed to the page (key figures and the previous period, volumes, backlog, times,
// team load),
// for periods from a month to five years and under each filter. The reference, measured in the
// same run, is what the figures would cost without the store's aggregates: reading the rows of
// the tickets of the period (and of the previous one) into memory, as a naive dashboard would.
//
//   bench_dashboard STORE [RUNS]   (STORE: a demo store, e.g. lanternectl demo --tickets 350000)
#include "dashboardcases.h"
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
    const QList<dashboardbench::Case> cases = dashboardbench::cases(today);
    const QVariantMap reset = dashboardbench::reset();
    std::printf("%-34s %12s %12s %10s\n", "filter change", "dashboard ms", "rows ms", "tickets");
    QList<double> all, allRows;
    for (const dashboardbench::Case &c : cases) {
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
        std::printf("%-34s %12.2f %12.2f %10d\n", c.name, dashboardbench::median(times),
                    dashboardbench::median(rows), created);
        all += dashboardbench::median(times);
        allRows += dashboardbench::median(rows);
    }
    std::printf("%-34s %12.2f %12.2f\n", "median of the filter changes", dashboardbench::median(all),
                dashboardbench::median(allRows));
    return 0;
}
