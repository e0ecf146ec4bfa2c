// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmarks on a PostgreSQL cluster of their own (docs/PERFORMANCE.md):
//  - first sync of N tickets into an empty workstation, against `psql \copy` of the same rows to
//    CSV then `sqlite3 .import` into the same schema with the same indexes, in the same run;
//  - pushing 1,000 queued operations; pulling 1,000 changes made elsewhere;
//  - from a change on one workstation to its arrival on another that listens (p50, p95);
//  - a field team's shift of 50 interventions reported offline, synced at the end of the shift
//    (median of SHIFT_RUNS shifts), against a sync with nothing to send in the same run.
//
//   bench_sync [TICKETS (100000)] [LATENCY_RUNS (30)] [SHIFT_RUNS (5)]
#include "storage/interventions.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"
#include "sync/centraldatabase.h"
#include "sync/syncengine.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace lanterne;
using namespace Qt::StringLiterals;

namespace {

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const double rank = p * (v.size() - 1);
    const auto lo = qsizetype(rank);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

bool run(const QString &program, const QStringList &args, const QByteArray &input = {},
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return p.exitCode() == 0;
}

/** Listens on its own connection and pulls on every announcement (workstation B). */
class Listener : public QObject
{
public:
    Listener(const QString &storePath, const CentralUrl &url)
        : m_path(storePath)
        , m_url(url)
    {}
    void start()
    {
        m_store.open(m_path);
        m_central.open(m_url, u"pw"_s);
        QSqlDriver *driver = m_central.database().driver();
        driver->subscribeToNotification(u"lanterne_changes"_s);
        connect(driver, &QSqlDriver::notification, this, [this] { SyncEngine(m_store, m_central).pull(); });
    }

private:
    QString m_path;
    CentralUrl m_url;
    LocalStore m_store;
    CentralDatabase m_central;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int tickets = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int latencyRuns = argc > 2 ? std::atoi(argv[2]) : 30;
    const int shiftRuns = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
    QTemporaryDir dir;
    const QString state = dir.filePath(u"cluster"_s);
    if (!run(QStringLiteral(PG_CLUSTER_SCRIPT), {u"start"_s, state}))
        return 1;
    auto stop = qScopeGuard([&] { run(QStringLiteral(PG_CLUSTER_SCRIPT), {u"stop"_s, state}); });
    int port = 0;
    QFile env(state + u"/env"_s);
    env.open(QIODevice::ReadOnly);
    for (const QByteArray &line : env.readAll().split('\n'))
        if (line.startsWith("LANTERNE_PG_PORT="))
            port = line.mid(17).toInt();
    QFile pw(state + u"/superuser.pw"_s);
    pw.open(QIODevice::ReadOnly);
    const QString superpass = QString::fromUtf8(pw.readAll()).trimmed();
    QString error;
    auto url = [&](const QString &user, const QString &db = u"lanterne"_s) {
        return *CentralUrl::parse(u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(port).arg(db), &error);
    };
    {
        CentralDatabase admin;
        admin.open(url(u"postgres"_s, u"postgres"_s), superpass);
        QSqlQuery(admin.database()).exec(u"CREATE DATABASE lanterne"_s);
    }
    CentralDatabase admin;
    admin.open(url(u"postgres"_s), superpass);
    admin.init(ReferenceData::builtin());
    admin.addUser(u"bench.a"_s, u"agent"_s, u"93055"_s, {}, {}, u"pw"_s);
    admin.addUser(u"bench.b"_s, u"agent"_s, u"93055"_s, {}, {}, u"pw"_s);
    admin.addUser(u"bench.f"_s, u"field"_s, u"93055"_s, {}, u"voirie-nord"_s, u"pw"_s);

    // 1. First sync of N tickets (with reporters, and the server's "created" history rows).
    QElapsedTimer t;
    t.start();
    QSqlQuery seed(admin.database());
    seed.exec(u"INSERT INTO lanterne.reporter (id, municipality, name, email) SELECT "
              "md5('r' || i)::uuid, '93055', 'Dominique Essai ' || i, 'essai' || i || '@example.org' "
              "FROM generate_series(1, %1) i"_s.arg(tickets));
    if (!seed.exec(
            u"INSERT INTO lanterne.ticket (id, municipality, reference, kind, category, description, "
            "latitude, longitude, address, district, channel, reporter_id, status, priority, service, team, "
            "created_at, due_at) SELECT md5('t' || i)::uuid, '93055', 'PAN-2026-' || lpad(i::text, 6, '0'), "
            "'report', (ARRAY['lampadaire','depot_sauvage','nid_de_poule','rats'])[1 + i % 4], "
            "'Signalement numéro ' || i || ' : dépôt de sacs et encombrants sur le trottoir', "
            "48.89 + (i % 300) * 0.0001, 2.40 + (i % 200) * 0.0001, (i % 120) || ' rue Hoche', 'hoche', "
            "'phone', md5('r' || i)::uuid, (ARRAY['new','acknowledged','fixed','closed'])[1 + i % 4], "
            "'normal', 'voirie', 'voirie-nord', now() - (i || ' minutes')::interval, now() + interval '5 "
            "days' "
            "FROM generate_series(1, %1) i"_s.arg(tickets)))
        std::fprintf(stderr, "seed: %s\n", qPrintable(seed.lastError().text()));
    std::printf("server filled with %d tickets in %.1f s\n", tickets, t.elapsed() / 1000.0);

    LocalStore fresh;
    fresh.open(dir.filePath(u"first.db"_s), LocalStore::OpenMode::ReadWrite, true);
    CentralDatabase ca;
    ca.open(url(u"bench.a"_s), u"pw"_s);
    t.restart();
    const auto first = SyncEngine(fresh, ca).syncOnce();
    const double firstSync = t.elapsed() / 1000.0;
    if (!first)
        std::fprintf(stderr, "first sync failed: %s\n", qPrintable(first.message));

    // The reference: psql \copy of the same rows in the local layout, then sqlite3 .import.
    QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
    penv.insert(u"PGPASSWORD"_s, superpass);
    const QString csv = dir.path();
    const QStringList psql{u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), u"-U"_s, u"postgres"_s,
                           u"-d"_s, u"lanterne"_s,  u"-v"_s, u"ON_ERROR_STOP=1"_s,  u"-q"_s};
    const QString copies =
        uR"(\copy (SELECT id, municipality, name, email, phone, revision FROM lanterne.reporter) TO '%1/reporter.csv' CSV
\copy (SELECT row_number() OVER (ORDER BY revision, id), id, municipality, reference, 0, kind, category, description, latitude, longitude, address, district, channel, reporter_id, status, lanterne.status_class(status), 0, priority, 1, service, team, assignee, (extract(epoch FROM due_at) * 1000)::bigint, duplicate_of, forwarded_to, photo_count, (extract(epoch FROM created_at) * 1000)::bigint, (extract(epoch FROM acknowledged_at) * 1000)::bigint, (extract(epoch FROM resolved_at) * 1000)::bigint, (extract(epoch FROM closed_at) * 1000)::bigint, (extract(epoch FROM updated_at) * 1000)::bigint, revision FROM lanterne.ticket) TO '%1/ticket.csv' CSV
\copy (SELECT 'server-' || id, ticket_id, municipality, op_id, author, (extract(epoch FROM at) * 1000)::bigint, field, old_value, new_value, revision FROM lanterne.history) TO '%1/history.csv' CSV
)"_s.arg(csv);
    t.restart();
    bool refOk = run(u"psql"_s, psql, copies.toUtf8(), penv);
    QFile schema(u":/lanterne/sql/local/001_initial.sql"_s);
    schema.open(QIODevice::ReadOnly);
    const QByteArray import = schema.readAll() + QStringLiteral("\n.import --csv %1/reporter.csv reporter\n"
                                                                ".import --csv %1/ticket.csv ticket\n"
                                                                ".import --csv %1/history.csv history\n")
                                                     .arg(csv)
                                                     .toUtf8();
    refOk = refOk && run(u"sqlite3"_s, {dir.filePath(u"reference.db"_s)}, import);
    const double reference = t.elapsed() / 1000.0;
    std::printf(
        "first sync of %d tickets: %.2f s (%d tickets, %d other rows); reference psql \\copy + sqlite3 "
        ".import: %.2f s%s; ratio %.2f\n",
        tickets, firstSync, first.report.pulledTickets, first.report.pulledRows, reference,
        refOk ? "" : " (FAILED)", firstSync / reference);

    // 2. Pushing 1,000 queued operations, pulling 1,000 changes made elsewhere.
    LocalStore a, b;
    a.open(dir.filePath(u"a.db"_s), LocalStore::OpenMode::ReadWrite, true);
    b.open(dir.filePath(u"b.db"_s), LocalStore::OpenMode::ReadWrite, true);
    a.setSetting(u"central_url"_s, url(u"bench.a"_s).display());
    b.setSetting(u"central_url"_s, url(u"bench.b"_s).display());
    CentralDatabase cb;
    cb.open(url(u"bench.b"_s), u"pw"_s);
    NewTicket n;
    n.category = u"rats"_s;
    n.description = u"Rats dans la cour"_s;
    n.latitude = 48.905;
    n.longitude = 2.395;
    const Actor agent{u"c.moreau"_s, Role::Agent, {}};
    TicketEditor ea(a), eb(b);
    const EditResult target = ea.create(n, agent);
    if (!target.ok())
        std::fprintf(stderr, "create: %s\n", qPrintable(target.message));
    SyncEngine sa(a, ca), sb(b, cb);
    if (const auto r = sa.push(); !r || r.report.applied != 1)
        std::fprintf(stderr, "push of the ticket: %s (%d applied)\n", qPrintable(r.message),
                     r.report.applied);
    if (const auto r = sb.pull(); !r)
        std::fprintf(stderr, "pull: %s\n", qPrintable(r.message)); // B starts with everything
    for (int i = 0; i < 1000; ++i)
        ea.addComment(target.ticketId, CommentKind::Internal, u"note %1"_s.arg(i), agent);
    SyncEngine pushOnly(a, ca), pullOnly(b, cb); // fresh reports
    t.restart();
    const auto pushed = pushOnly.push();
    const double pushSeconds = t.elapsed() / 1000.0;
    t.restart();
    const auto pulled = pullOnly.pull();
    const double pullSeconds = t.elapsed() / 1000.0;
    if (!pushed || !pulled)
        std::fprintf(stderr, "push/pull: %s %s\n", qPrintable(pushed.message), qPrintable(pulled.message));
    std::printf(
        "push of 1,000 operations: %.3f s (%d applied); pull of those 1,000 changes elsewhere: %.3f s "
        "(%d rows)\n",
        pushSeconds, pushed.report.applied, pullSeconds, pulled.report.pulledRows);

    // 3. From a change on A to its arrival on B, which listens.
    QThread thread;
    Listener *listener = new Listener(dir.filePath(u"b.db"_s), url(u"bench.b"_s));
    listener->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, listener, [listener] { listener->start(); });
    QObject::connect(&thread, &QThread::finished, listener, &QObject::deleteLater);
    thread.start();
    QThread::msleep(300);
    LocalStore watch;
    watch.open(dir.filePath(u"b.db"_s));
    QList<double> latencies, edits, pushes;
    for (int i = 0; i < latencyRuns; ++i) {
        const QString text = u"latence %1"_s.arg(i);
        QElapsedTimer lt;
        lt.start();
        ea.addComment(target.ticketId, CommentKind::Internal, text, agent);
        edits.append(lt.nsecsElapsed() / 1e6);
        sa.push();
        pushes.append(lt.nsecsElapsed() / 1e6 - edits.last());
        bool seen = false;
        while (!seen && lt.elapsed() < 5000) {
            QSqlQuery q(watch.database());
            q.prepare(u"SELECT 1 FROM comment WHERE text = ?"_s);
            q.addBindValue(text);
            seen = q.exec() && q.next();
            if (!seen)
                QThread::msleep(2);
        }
        latencies.append(seen ? double(lt.elapsed()) : 5000.0);
        QThread::msleep(50);
    }
    thread.quit();
    thread.wait();
    std::printf(
        "change on one workstation to the other's store (push, NOTIFY, pull), %d runs: p50 %.0f ms, p95 "
        "%.0f ms\n",
        latencyRuns, percentile(latencies, 0.5), percentile(latencies, 0.95));
    std::printf(
        "  of which, medians: the edit in the store %.1f ms, the push %.1f ms, the rest (NOTIFY, pull) "
        "%.1f ms\n",
        percentile(edits, 0.5), percentile(pushes, 0.5),
        percentile(latencies, 0.5) - percentile(edits, 0.5) - percentile(pushes, 0.5));

    // 4. A field team's shift: the office plans 50 interventions for the team's day; the team,
    // offline, reports each one done at its planned time; then one sync at the depot.
    LocalStore f;
    f.open(dir.filePath(u"f.db"_s), LocalStore::OpenMode::ReadWrite, true);
    f.setSetting(u"central_url"_s, url(u"bench.f"_s).display());
    CentralDatabase cf;
    cf.open(url(u"bench.f"_s), u"pw"_s);
    const Actor team{u"voirie-nord"_s, Role::Field, u"voirie-nord"_s};
    SyncEngine sf(f, cf);
    if (const auto r = sf.syncOnce(); !r) // the team's tickets, once
        std::fprintf(stderr, "field first sync: %s\n", qPrintable(r.message));
    Interventions plan(a), shift(f);
    TicketEditor reported(a); // the shift's tickets came in the night before
    reported.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-12 * 3600); });
    QList<double> shiftMs, idleMs;
    bool shiftOk = true;
    for (int run = 0; run < shiftRuns; ++run) {
        const QDate day = QDate::currentDate().addDays(-run);
        for (int i = 0; i < 50; ++i) {
            NewTicket p;
            p.category = u"nid_de_poule"_s;
            p.description = u"Nid-de-poule %1-%2"_s.arg(run).arg(i);
            p.latitude = 48.89 + i * 0.0003;
            p.longitude = 2.40 + run * 0.001;
            const EditResult c = reported.create(p, agent);
            const EditResult planned = c.ok() ? plan.plan(c.ticketId, u"voirie-nord"_s, day, agent) : c;
            if (!planned.ok()) {
                std::fprintf(stderr, "planning: %s\n", qPrintable(planned.message));
                shiftOk = false;
            }
        }
        if (const auto r = sa.syncOnce(); !r)
            std::fprintf(stderr, "office sync: %s\n", qPrintable(r.message));
        // The reference: a sync of the team's workstation with nothing to send.
        t.restart();
        if (const auto r = sf.syncOnce(); !r)
            std::fprintf(stderr, "field sync: %s\n", qPrintable(r.message));
        idleMs.append(double(t.nsecsElapsed()) / 1e6);
        const QList<PlannedIntervention> stops = shift.day(u"voirie-nord"_s, day);
        if (stops.size() != 50) {
            std::fprintf(stderr, "the team sees %lld interventions, not 50\n", qlonglong(stops.size()));
            shiftOk = false;
        }
        const QDateTime end = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < stops.size(); ++i) {
            InterventionReport done;
            done.actedAt = end.addSecs(-60 * (stops.size() - i));
            done.minutesSpent = 10;
            if (const EditResult e = shift.report(stops[i].id, done, team); !e.ok()) {
                std::fprintf(stderr, "report: %s\n", qPrintable(e.message));
                shiftOk = false;
            }
        }
        t.restart();
        const auto synced = sf.syncOnce();
        shiftMs.append(double(t.nsecsElapsed()) / 1e6);
        if (!synced || synced.report.applied != 100) {
            std::fprintf(stderr, "shift sync: %s (%d applied of 100)\n", qPrintable(synced.message),
                         synced.report.applied);
            shiftOk = false;
        }
    }
    std::printf("end-of-shift sync of 50 interventions (50 reports + 50 tickets fixed), %d shifts: median "
                "%.0f ms%s; reference, a sync with nothing to send: %.0f ms\n",
                shiftRuns, percentile(shiftMs, 0.5), shiftOk ? "" : " (FAILED)", percentile(idleMs, 0.5));
    return shiftOk ? 0 : 1;
}
