// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisors' dashboard as a supervisor sees it, at city scale: the Tableau de bord page in
// a window under Xvfb; from a filter change to the first frame on screen with every chart drawn
// again (key figures, tickets received, backlog, times, teams' load), then to the heat map's
// tickets read again as well. The reference, in the same run, is a frame with nothing changed
// (what the window costs alone).
//
//   xvfb-run -a -s '-screen 0 1600x1000x24' bench_dashboard_page STORE [RUNS]
//   (STORE: a demo store, e.g. lanternectl demo --tickets 350000; a copy: the session opens it
//   read-write)
#include "dashboardcases.h"
#include "framewait.h"
#include "session.h"
#include "stats/sqlfunctions.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <execinfo.h>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Lanterne_MapPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_UiPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_AppPlugin)

using namespace lanterne;
using namespace Qt::StringLiterals;
using benchwindow::waitUntil;

namespace {

/** A crash says where it happened (the smoke run in CI has no debugger), then crashes as it would. */
void printBacktrace(int signal)
{
    void *frames[64];
    const int n = backtrace(frames, 64);
    static const char header[] = "\nbench_dashboard_page: crashed; backtrace:\n";
    (void)!write(STDERR_FILENO, header, sizeof header - 1);
    backtrace_symbols_fd(frames, n, STDERR_FILENO);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

int main(int argc, char **argv)
{
    std::signal(SIGSEGV, printBacktrace);
    std::signal(SIGABRT, printBacktrace);
    QApplication app(argc, argv); // Qt Charts needs one
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_dashboard_page STORE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    QQuickStyle::setStyle(u"Basic"_s);
    Session session(ReferenceData::builtin());
    Session::setInstance(&session);
    session.start(QString::fromLocal8Bit(argv[1]));
    if (session.state() != Session::State::Ready) {
        std::fprintf(stderr, "the store did not open\n");
        return 1;
    }
    QSqlQuery last(session.store().database());
    last.exec(u"SELECT max(created_at) FROM ticket"_s);
    last.next();
    const QDate today = sqlfunctions::parisDay(last.value(0).toLongLong());

    QQmlEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Lanterne.App\nDashboardPage { width: 1580; height: 980 }",
                      QUrl(u"bench_dashboard_page.qml"_s));
    auto *page = qobject_cast<QQuickItem *>(component.create());
    if (!page) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return 1;
    }
    QQuickWindow window;
    window.resize(1580, 980);
    page->setParentItem(window.contentItem());
    window.show();

    auto *dash = page->property("dashboard").value<QObject *>();
    auto *map = page->findChild<QObject *>(u"mapTickets"_s);
    if (!dash || !map) {
        std::fprintf(stderr, "the page has no dashboard or no heat map model\n");
        return 1;
    }
    auto drawn = [&] { return page->property("drawnUpdates").toInt(); };
    auto chartsIdle = [&] { return !dash->property("busy").toBool(); };
    auto mapIdle = [&] { return !map->property("busy").toBool(); };

    const QList<dashboardbench::Case> cases = dashboardbench::cases(today);
    // Back to a short period with no filter between two changes: quick to settle.
    QVariantMap reset = dashboardbench::reset();
    reset.insert(u"from"_s, today.addDays(-6).toString(Qt::ISODate));
    reset.insert(u"to"_s, today.toString(Qt::ISODate));
    auto setFilters = [&](const QVariantMap &f) {
        QMetaObject::invokeMethod(dash, "setFilters", Q_ARG(QVariantMap, f));
    };
    auto settle = [&] { return waitUntil(window, [&] { return chartsIdle() && mapIdle() && drawn() > 0; }); };
    if (!settle()) {
        std::fprintf(stderr, "the page did not show its first figures\n");
        return 1;
    }

    // The reference: a frame asked with nothing changed.
    QList<double> idle;
    for (int r = 0; r < 5 * runs; ++r) {
        bool swapped = false;
        auto c = QObject::connect(&window, &QQuickWindow::frameSwapped, [&] { swapped = true; });
        QElapsedTimer t;
        t.start();
        window.update();
        waitUntil(window, [&] { return swapped; });
        idle.append(double(t.nsecsElapsed()) / 1e6);
        QObject::disconnect(c);
    }

    std::printf("%-34s %12s %12s\n", "filter change", "charts ms", "+ heat map ms");
    QList<double> allCharts, allMap;
    for (const dashboardbench::Case &c : cases) {
        QList<double> charts, withMap;
        for (int r = 0; r < runs; ++r) {
            setFilters(reset);
            if (!settle())
                return 1;
            const int before = drawn();
            bool chartsOnScreen = false, mapOnScreen = false;
            double chartsMs = 0, mapMs = 0;
            QElapsedTimer t;
            // The first frame swapped once the charts are drawn again, then once the heat map
            // has its tickets.
            auto frame = QObject::connect(&window, &QQuickWindow::frameSwapped, [&] {
                const double ms = double(t.nsecsElapsed()) / 1e6;
                if (!chartsOnScreen && drawn() > before && chartsIdle()) {
                    chartsOnScreen = true;
                    chartsMs = ms;
                }
                if (!mapOnScreen && mapIdle() && chartsOnScreen) {
                    mapOnScreen = true;
                    mapMs = ms;
                }
            });
            t.start();
            setFilters(c.filters);
            window.update();
            const bool ok = waitUntil(window, [&] { return chartsOnScreen && mapOnScreen; });
            QObject::disconnect(frame);
            if (!ok) {
                std::fprintf(stderr, "%s: the page was not updated in time\n", c.name);
                return 1;
            }
            charts.append(chartsMs);
            withMap.append(mapMs);
        }
        std::printf("%-34s %12.2f %12.2f\n", c.name, dashboardbench::median(charts),
                    dashboardbench::median(withMap));
        allCharts += dashboardbench::median(charts);
        allMap += dashboardbench::median(withMap);
    }
    std::printf("%-34s %12.2f %12.2f\n", "median of the filter changes", dashboardbench::median(allCharts),
                dashboardbench::median(allMap));
    std::printf("%-34s %12.2f\n", "reference: a frame, nothing changed", dashboardbench::median(idle));
    delete page;
    return 0;
}
