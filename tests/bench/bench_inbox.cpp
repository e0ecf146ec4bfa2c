// SPDX-License-Identifier: GPL-3.0-or-later
// First page of the Inbox with its total count, for a fixed mix of 20 filter combinations and
// word searches, on a demo store. Prints the median of each and of the whole mix.
//
//   bench_inbox STORE [RUNS]     (STORE: a demo store, e.g. lanternectl demo --tickets 350000)
#include "demo/demogenerator.h"
#include "domain/workingcalendar.h"
#include "storage/localstore.h"
#include "storage/ticketrepository.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
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

struct Case
{
    const char *name;
    TicketFilter filter;
};

QList<Case> mix(const QString &someReference, const QDate &until)
{
    auto f = [](auto &&setup) {
        TicketFilter t;
        setup(t);
        return t;
    };
    return {
        {"everything, newest first", {}},
        {"open", f([](TicketFilter &t) { t.statusClass = u"open"_s; })},
        {"closed", f([](TicketFilter &t) { t.statusClass = u"closed"_s; })},
        {"status new", f([](TicketFilter &t) { t.statuses = {u"new"_s}; })},
        {"status new or triage", f([](TicketFilter &t) {
             t.statuses = {u"new"_s, u"triage"_s};
         })},
        {"category street lamp", f([](TicketFilter &t) { t.categories = {u"lampadaire"_s}; })},
        {"domain cleaning", f([](TicketFilter &t) { t.domain = u"proprete"_s; })},
        {"district Quatre-Chemins", f([](TicketFilter &t) { t.district = u"quatre-chemins"_s; })},
        {"service roads", f([](TicketFilter &t) { t.service = u"voirie"_s; })},
        {"team cleaning A", f([](TicketFilter &t) { t.team = u"proprete-a"_s; })},
        {"priority urgent", f([](TicketFilter &t) { t.priority = u"urgent"_s; })},
        {"channel phone", f([](TicketFilter &t) { t.channel = u"phone"_s; })},
        {"created last 30 days", f([&](TicketFilter &t) {
             t.from = until.addDays(-30);
             t.to = until;
         })},
        {"overdue, by due date", f([](TicketFilter &t) {
             t.overdue = true;
             t.sort = TicketSort::Due;
             t.ascending = true;
         })},
        {"search 'lampadaire'", f([](TicketFilter &t) { t.search = u"lampadaire"_s; })},
        {"search 'rats cour'", f([](TicketFilter &t) { t.search = u"rats cour"_s; })},
        {"search a reference", f([&](TicketFilter &t) { t.search = someReference; })},
        {"open + district + category", f([](TicketFilter &t) {
             t.statusClass = u"open"_s;
             t.district = u"hoche"_s;
             t.categories = {u"depot_sauvage"_s};
         })},
        {"my open tickets", f([](TicketFilter &t) {
             t.statusClass = u"open"_s;
             t.assignee = u"c.moreau"_s;
         })},
        {"open by priority", f([](TicketFilter &t) {
             t.statusClass = u"open"_s;
             t.sort = TicketSort::Priority;
         })},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_inbox STORE [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? args[2].toInt() : 15;
    LocalStore store;
    if (const auto r = store.open(args[1]); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message));
        return 1;
    }
    TicketRepository repo(store);
    const QList<Ticket> first = repo.page({}, 1000, 1);
    const QDate until = first.isEmpty() ? QDate::currentDate()
                                        : first.first().createdAt.toTimeZone(WorkingCalendar::paris()).date();
    const QList<Case> cases = mix(first.isEmpty() ? QString() : first.first().reference, until);
    QList<double> medians;
    std::printf("%-30s %10s %10s\n", "filter", "total", "median ms");
    for (const Case &c : cases) {
        QList<double> times;
        qint64 total = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            total = repo.count(c.filter);
            const QList<Ticket> page = repo.page(c.filter, 0, 100);
            times.append(t.nsecsElapsed() / 1e6);
            if (total < 0 || (total > 0 && page.isEmpty())) {
                std::fprintf(stderr, "query failed: %s\n", qPrintable(repo.lastError()));
                return 1;
            }
        }
        medians.append(median(times));
        std::printf("%-30s %10lld %10.2f\n", c.name, static_cast<long long>(total), medians.last());
    }
    QList<double> all = medians;
    std::printf("median of the mix: %.2f ms, worst case median: %.2f ms\n", median(all),
                *std::max_element(all.begin(), all.end()));
    return 0;
}
