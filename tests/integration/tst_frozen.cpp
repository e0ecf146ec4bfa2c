// SPDX-License-Identifier: GPL-3.0-or-later
// A server that accepts and never answers (frozen with SIGSTOP) must not freeze sync: the
// watchdog closes the connection, sync reports it, and resumes once the server is back. A server
// that goes down in the middle of a push loses nothing and applies nothing twice. On a cluster of
// its own, so that freezing or stopping it disturbs no other test.
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "sync/centraldatabase.h"
#include "sync/syncengine.h"

#include <atomic>
#include <csignal>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>

using namespace lanterne;
using namespace Qt::StringLiterals;

class TestFrozen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void watchdogFiresAndSyncResumes();
    void serverStoppedMidPush();
    void watchKeepsWatchingThroughARestart();

private:
    void signalCluster(int sig);
    bool cluster(const QString &action);
    CentralUrl url(const QString &user) const;

    QTemporaryDir m_dir;
    QString m_state;
    int m_port = 0;
    QString m_superpass;
};

CentralUrl TestFrozen::url(const QString &user) const
{
    QString error;
    return *CentralUrl::parse(u"postgresql://%1@127.0.0.1:%2/lanterne"_s.arg(user).arg(m_port), &error);
}

void TestFrozen::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("LANTERNE_PG_STATE"))
        QSKIP("run through ctest");
    m_state = m_dir.filePath(u"cluster"_s);
    QProcess start;
    start.start(QStringLiteral(PG_CLUSTER_SCRIPT), {u"start"_s, m_state});
    QVERIFY(start.waitForFinished(120000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    QFile env(m_state + u"/env"_s);
    QVERIFY(env.open(QIODevice::ReadOnly));
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (line.startsWith("LANTERNE_PG_PORT="))
            m_port = line.mid(17).toInt();
    }
    QFile pw(m_state + u"/superuser.pw"_s);
    QVERIFY(pw.open(QIODevice::ReadOnly));
    m_superpass = QString::fromUtf8(pw.readAll()).trimmed();
    CentralUrl admin = url(u"postgres"_s);
    admin.database = u"postgres"_s;
    {
        CentralDatabase db;
        QVERIFY(db.open(admin, m_superpass));
        QVERIFY(QSqlQuery(db.database()).exec(u"CREATE DATABASE lanterne"_s));
    }
    CentralDatabase db;
    QVERIFY(db.open(url(u"postgres"_s), m_superpass));
    QVERIFY(db.init(ReferenceData::builtin()));
    QVERIFY(db.addUser(u"frozen.agent"_s, u"agent"_s, u"93055"_s, {}, {}, u"pw"_s));
}

void TestFrozen::cleanupTestCase()
{
    if (m_state.isEmpty())
        return;
    signalCluster(SIGCONT);
    QProcess stop;
    stop.start(QStringLiteral(PG_CLUSTER_SCRIPT), {u"stop"_s, m_state});
    stop.waitForFinished(60000);
}

void TestFrozen::signalCluster(int sig)
{
    // The postmaster and every backend.
    QFile dataDir(m_state + u"/datadir"_s);
    if (!dataDir.open(QIODevice::ReadOnly))
        return;
    QFile pidFile(QString::fromUtf8(dataDir.readAll()).trimmed() + u"/db/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    const int postmaster = pidFile.readLine().trimmed().toInt();
    QProcess children;
    children.start(u"pgrep"_s, {u"-P"_s, QString::number(postmaster)});
    children.waitForFinished(5000);
    for (const QByteArray &pid : children.readAllStandardOutput().split('\n'))
        if (pid.toInt() > 0)
            ::kill(pid.toInt(), sig);
    ::kill(postmaster, sig);
}

void TestFrozen::watchdogFiresAndSyncResumes()
{
    qputenv("LANTERNE_SYNC_TIMEOUT_MS", "1500");
    LocalStore store;
    QVERIFY(store.open(m_dir.filePath(u"ws.db"_s), LocalStore::OpenMode::ReadWrite, true));
    QVERIFY(store.setSetting(u"central_url"_s, url(u"frozen.agent"_s).display()));
    NewTicket n;
    n.category = u"rats"_s;
    n.description = u"Rats dans la cour de l'école"_s;
    n.latitude = 48.905;
    n.longitude = 2.395;
    const EditResult created = TicketEditor(store).create(n, {u"c.moreau"_s, Role::Agent, {}});
    QVERIFY(created.ok());

    {
        CentralDatabase central;
        QVERIFY(central.open(url(u"frozen.agent"_s), u"pw"_s));
        signalCluster(SIGSTOP);
        QElapsedTimer timer;
        timer.start();
        const auto r = SyncEngine(store, central).syncOnce();
        const qint64 elapsed = timer.elapsed();
        signalCluster(SIGCONT);
        QVERIFY(!r.ok);
        QVERIFY(central.timedOut());
        QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
        QVERIFY2(r.message.contains(u"1 s"_s) || r.message.contains(u"2 s"_s), qPrintable(r.message));
    }
    // Nothing was lost: the operation is still queued, and goes through once the server is back.
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    CentralDatabase again;
    QVERIFY(again.open(url(u"frozen.agent"_s), u"pw"_s));
    const auto r = SyncEngine(store, again).syncOnce();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.report.applied, 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

bool TestFrozen::cluster(const QString &action)
{
    QProcess p;
    p.start(QStringLiteral(PG_CLUSTER_SCRIPT), {action, m_state});
    if (!p.waitForFinished(90000) || p.exitCode() != 0) {
        qWarning() << action << p.readAllStandardError();
        return false;
    }
    return true;
}

void TestFrozen::serverStoppedMidPush()
{
    qputenv("LANTERNE_SYNC_TIMEOUT_MS", "10000");
    const QString path = m_dir.filePath(u"push.db"_s);
    LocalStore store;
    QVERIFY(store.open(path, LocalStore::OpenMode::ReadWrite, true));
    QVERIFY(store.setSetting(u"central_url"_s, url(u"frozen.agent"_s).display()));
    const Actor agent{u"c.moreau"_s, Role::Agent, {}};
    NewTicket n;
    n.category = u"lampadaire"_s;
    n.description = u"Lampadaire éteint rue Hoche"_s;
    n.latitude = 48.8935;
    n.longitude = 2.4045;
    const EditResult created = TicketEditor(store).create(n, agent);
    QVERIFY(created.ok());
    {
        CentralDatabase central;
        QVERIFY(central.open(url(u"frozen.agent"_s), u"pw"_s));
        QVERIFY(SyncEngine(store, central).syncOnce());
    }
    // A day of notes queued offline.
    constexpr int kNotes = 1500;
    TicketEditor editor(store);
    for (int i = 0; i < kNotes; ++i)
        QVERIFY(editor.addComment(created.ticketId, CommentKind::Internal, u"Note %1"_s.arg(i), agent).ok());

    // The server goes down once the push is under way.
    std::atomic<bool> halted = false;
    std::thread stopper([&] {
        {
            QSqlDatabase watch = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"watch"_s);
            watch.setDatabaseName(path);
            watch.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (watch.open()) {
                QElapsedTimer t;
                t.start();
                while (t.elapsed() < 60000) {
                    QSqlQuery q(watch);
                    if (q.exec(u"SELECT count(*) FROM outbox WHERE state = 'applied'"_s) && q.next() &&
                        q.value(0).toInt() >= 40)
                        break;
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
            }
        }
        QSqlDatabase::removeDatabase(u"watch"_s);
        halted = cluster(u"halt"_s);
    });
    {
        CentralDatabase central;
        QVERIFY(central.open(url(u"frozen.agent"_s), u"pw"_s));
        const auto r = SyncEngine(store, central).push(50);
        stopper.join();
        QVERIFY(halted);
        QVERIFY2(!r.ok, "the push should have met the stopped server");
        QVERIFY(r.report.applied >= 40);
        QVERIFY(r.report.applied < kNotes);
    }
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);

    // Back up: the rest goes through, and nothing was applied twice.
    QVERIFY(cluster(u"resume"_s));
    CentralDatabase again;
    QVERIFY(again.open(url(u"frozen.agent"_s), u"pw"_s));
    const auto r = SyncEngine(store, again).syncOnce();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(q.exec(u"SELECT state, count(*) FROM outbox GROUP BY state"_s));
    while (q.next())
        QCOMPARE(q.value(0).toString(), u"applied"_s);
    CentralDatabase admin;
    QVERIFY(admin.open(url(u"postgres"_s), m_superpass));
    QSqlQuery s(admin.database());
    QVERIFY(
        s.exec(u"SELECT count(*), count(DISTINCT text) FROM lanterne.comment WHERE ticket_id = '%1'"_s.arg(
            created.ticketId)) &&
        s.next());
    QCOMPARE(s.value(0).toInt(), kNotes);
    QCOMPARE(s.value(1).toInt(), kNotes);
    // One receipt per operation: the ticket's creation and each note, none twice.
    QVERIFY(s.exec(u"SELECT count(*) FROM lanterne.receipt WHERE entity_id = '%1'"_s.arg(created.ticketId)) &&
            s.next());
    QCOMPARE(s.value(0).toInt(), kNotes + 1);
    // The workstation shows each note once.
    QVERIFY(q.exec(u"SELECT count(*) FROM comment WHERE ticket_id = '%1'"_s.arg(created.ticketId)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), kNotes);
}

void TestFrozen::watchKeepsWatchingThroughARestart()
{
    const QString path = m_dir.filePath(u"watch.db"_s);
    {
        LocalStore store;
        QVERIFY(store.open(path, LocalStore::OpenMode::ReadWrite, true));
        QVERIFY(store.setSetting(u"central_url"_s, url(u"frozen.agent"_s).display()));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, u"pw"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANTERNE_SYNC_TIMEOUT_MS"_s, u"3000"_s);
    QProcess watch;
    watch.setProcessEnvironment(env);
    watch.start(QStringLiteral(LANTERNECTL_PATH), {u"--db"_s, path, u"sync"_s, u"--watch"_s});
    QVERIFY(watch.waitForStarted());
    QTest::qWait(1500);
    QVERIFY(cluster(u"halt"_s));
    // An edit while the server is down.
    LocalStore store;
    QVERIFY(store.open(path));
    NewTicket n;
    n.category = u"rats"_s;
    n.description = u"Rats près du marché"_s;
    n.latitude = 48.905;
    n.longitude = 2.395;
    const EditResult created = TicketEditor(store).create(n, {u"c.moreau"_s, Role::Agent, {}});
    QVERIFY(created.ok());
    QTest::qWait(1500);
    QVERIFY(cluster(u"resume"_s));
    // The watcher is still there and sends it once the server is back (backoff: 5 s, then 10 s).
    QSqlQuery q(store.database());
    QElapsedTimer t;
    t.start();
    bool applied = false;
    while (!applied && t.elapsed() < 60000 && watch.state() == QProcess::Running) {
        QTest::qWait(250);
        applied =
            q.exec(u"SELECT state = 'applied' FROM outbox WHERE op_id = '%1'"_s.arg(created.operationId)) &&
            q.next() && q.value(0).toBool();
    }
    QCOMPARE(watch.state(), QProcess::Running);
    QVERIFY2(applied, watch.readAllStandardError().constData());
    watch.terminate();
    QVERIFY(watch.waitForFinished(20000));
}

QTEST_GUILESS_MAIN(TestFrozen)
#include "tst_frozen.moc"
