// SPDX-License-Identifier: GPL-3.0-or-later
// The end-of-shift update as a field team does it, in the whole app under Xvfb: Ma journée
// with a day of 50 planned interventions, each recorded "done at the planned time, no note" from
// the keyboard. Measured: the keystrokes per intervention (the target: at most 3) and, for each
// keystroke, the time from the key to the first frame on screen that shows it recorded and the
// next stop current (the target: no wait between two keys). The reference, in the same run, is a
// frame with nothing changed (what the window costs alone).
//
//   xvfb-run -a -s '-screen 0 1600x1000x24' bench_fieldday STORE [SHIFTS (5)]
//   (STORE: a demo store, e.g. lanternectl demo --tickets 60000; a copy: the team's days are
//   replaced by the bench's, on its oldest open tickets)
#include "domain/workingcalendar.h"
#include "framewait.h"
#include "photoprovider.h"
#include "session.h"
#include "storage/interventions.h"
#include "storage/localstore.h"
#include "syncservice.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Lanterne_MapPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_UiPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_AppPlugin)

using namespace lanterne;
using namespace Qt::StringLiterals;
using benchwindow::waitUntil;

namespace {

constexpr int kStops = 50;
const QString kTeam = u"voirie-nord"_s;

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const auto lo = qsizetype(rank);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

/** Plans @p days days of 50 stops for the team, one every 8 minutes from 07:30; false on failure. */
bool planDays(const QString &path, const QList<QDate> &days)
{
    LocalStore store;
    if (!store.open(path, LocalStore::OpenMode::ReadWrite))
        return false;
    QSqlQuery q(store.database());
    q.prepare(u"SELECT id FROM ticket WHERE status_class = 'open' AND id NOT IN (SELECT ticket_id FROM "
              "intervention) ORDER BY seq LIMIT ?"_s); // old enough to be acted on any recent day
    q.addBindValue(kStops * days.size());
    if (!q.exec())
        return false;
    QStringList tickets;
    while (q.next())
        tickets.append(q.value(0).toString());
    if (tickets.size() < kStops * days.size()) {
        std::fprintf(stderr, "the store has %lld open tickets, %lld are needed\n", qlonglong(tickets.size()),
                     qlonglong(kStops * days.size()));
        return false;
    }
    // The team's calendar to itself: the demo city's own rounds of the team go.
    q.prepare(u"DELETE FROM intervention WHERE team = ?"_s);
    q.addBindValue(kTeam);
    if (!q.exec())
        return false;
    Interventions interventions(store);
    const Actor office{u"c.moreau"_s, Role::Agent, {}};
    for (qsizetype d = 0; d < days.size(); ++d)
        for (int i = 0; i < kStops; ++i) {
            const EditResult r = interventions.plan(tickets[d * kStops + i], kTeam, days[d], office,
                                                    QTime(7, 30).addSecs(i * 8 * 60));
            if (!r.ok()) {
                std::fprintf(stderr, "planning: %s\n", qPrintable(r.message));
                return false;
            }
        }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_fieldday STORE [SHIFTS]\n");
        return 2;
    }
    const int shifts = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const QString path = QString::fromLocal8Bit(argv[1]);
    // Past days: the actions' planned times are never in the future.
    QList<QDate> days;
    for (int s = 0; s < shifts; ++s)
        days.append(QDate::currentDate().addDays(-1 - s));
    if (!planDays(path, days))
        return 1;

    QQuickStyle::setStyle(u"Basic"_s);
    Session session(ReferenceData::builtin());
    Session::setInstance(&session);
    SyncService sync(&session);
    SyncService::setInstance(&sync);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.addImageProvider(u"photo"_s, new PhotoProvider(&session));
    engine.setInitialProperties({{u"initialPage"_s, u"field"_s},
                                 {u"initialSelection"_s, QString()},
                                 {u"width"_s, 1440},
                                 {u"height"_s, 900}});
    session.start(path);
    if (session.state() != Session::State::Ready) {
        std::fprintf(stderr, "the store did not open\n");
        return 1;
    }
    session.setUser(u"voirie.nord"_s); // the team's own login: Ma journée
    engine.load(QUrl(u"qrc:/qt/qml/Lanterne/App/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    window->requestActivate();
    QObject *page = nullptr;
    if (!waitUntil(*window, [&] {
            page = window->property("fieldPage").value<QObject *>();
            return page && window->isActive();
        })) {
        std::fprintf(stderr, "Ma journée did not show\n");
        return 1;
    }
    auto *day = page->property("day").value<QObject *>();
    auto *list = page->property("list").value<QQuickItem *>();

    // The reference: a frame asked with nothing changed.
    QList<double> idle;
    for (int r = 0; r < 20; ++r) {
        bool swapped = false;
        auto c = QObject::connect(window, &QQuickWindow::frameSwapped, [&] { swapped = true; });
        QElapsedTimer t;
        t.start();
        window->update();
        waitUntil(*window, [&] { return swapped; });
        idle.append(double(t.nsecsElapsed()) / 1e6);
        QObject::disconnect(c);
    }

    QList<double> latencies, handled;
    int keys = 0, recorded = 0;
    bool ok = true;
    for (const QDate &d : std::as_const(days)) {
        day->setProperty("day", d.toString(Qt::ISODate));
        QMetaObject::invokeMethod(page, "focusList");
        if (!waitUntil(*window,
                       [&] { return day->property("count").toInt() == kStops && list->hasActiveFocus(); })) {
            std::fprintf(stderr, "%s: the day did not show its %d stops\n",
                         qPrintable(d.toString(Qt::ISODate)), kStops);
            return 1;
        }
        // One key per stop, the next one as soon as the frame shows the last one recorded.
        for (int i = 0; i < kStops; ++i) {
            const int before = day->property("reportedCount").toInt();
            const int row = list->property("currentIndex").toInt();
            bool shown = false;
            QElapsedTimer t;
            auto c = QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
                if (!shown && day->property("reportedCount").toInt() > before)
                    shown = true;
            });
            t.start();
            QKeyEvent press(QEvent::KeyPress, Qt::Key_F, Qt::NoModifier, u"f"_s);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_F, Qt::NoModifier, u"f"_s);
            QCoreApplication::sendEvent(window, &press);
            QCoreApplication::sendEvent(window, &release);
            handled.append(double(t.nsecsElapsed()) / 1e6); // recorded, the next stop current
            ++keys;
            // Ready for the next key at once: the stop recorded, the next one current.
            const bool ready = day->property("reportedCount").toInt() == before + 1 &&
                               (i == kStops - 1 || list->property("currentIndex").toInt() == row + 1);
            if (!ready || !waitUntil(
                              *window, [&] { return shown; }, 10000)) {
                std::fprintf(stderr, "%s, stop %d: the key did not record it at once\n",
                             qPrintable(d.toString(Qt::ISODate)), i + 1);
                ok = false;
            }
            QObject::disconnect(c);
            latencies.append(double(t.nsecsElapsed()) / 1e6);
            ++recorded;
        }
    }

    // What was recorded: every stop done, at its planned time, nothing else.
    Interventions check(session.store());
    int right = 0;
    for (const QDate &d : std::as_const(days))
        for (const PlannedIntervention &i : check.day(kTeam, d))
            right += i.result == "done"_L1 && i.note.isEmpty() && i.minutesSpent == 0 &&
                     i.actedAt == QDateTime(d, i.plannedTime, WorkingCalendar::paris()).toUTC();
    if (right != kStops * shifts) {
        std::fprintf(stderr, "%d of %d stops recorded done at their planned time\n", right, kStops * shifts);
        ok = false;
    }

    std::printf("%d shift(s) of %d interventions, done at the planned time, no note:\n", shifts, kStops);
    std::printf("  keystrokes per intervention               %8.2f (target: at most 3)\n",
                double(keys) / recorded);
    std::printf("  key to the frame showing it (ms): median %8.2f  p95 %8.2f  max %8.2f\n",
                percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0));
    std::printf("  key handled (recorded, next stop current): median %8.2f  p95 %8.2f\n",
                percentile(handled, 0.5), percentile(handled, 0.95));
    std::printf("  reference, a frame with nothing changed: median %8.2f\n", percentile(idle, 0.5));
    std::printf("%s\n", ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}
