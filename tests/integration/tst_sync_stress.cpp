// SPDX-License-Identifier: GPL-3.0-or-later
// Sync under abuse: lanternectl killed with SIGKILL at random points while syncing, and five
// workstations editing offline and syncing in random order, the app and `lanternectl sync --watch`
// syncing one store at the same time. At the end nothing is lost, nothing is applied twice, every
// operation has a receipt and every store holds the server's state.
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"
#include "sync/centraldatabase.h"
#include "sync/syncengine.h"
#include "testcluster.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <QUuid>

using namespace lanterne;
using namespace Qt::StringLiterals;

namespace {

NewTicket ticket(int i)
{
    NewTicket n;
    n.category = i % 2 ? u"depot_sauvage"_s : u"nid_de_poule"_s;
    n.description = u"Signalement d'essai %1"_s.arg(i);
    n.latitude = 48.895 + (i % 10) * 0.001;
    n.longitude = 2.400 + (i % 7) * 0.001;
    return n;
}
} // namespace

class TestSyncStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedWhileSyncing();
    void fiveWorkstations();
    void appAndWatchShareAStore();

private:
    CentralUrl url(const QString &user) const
    {
        QString error;
        return *CentralUrl::parse(
            u"postgresql://%1@%2:%3/%4"_s.arg(user, m_cluster.host).arg(m_cluster.port).arg(m_db), &error);
    }
    QString login(int i) const { return u"w%1.%2"_s.arg(i).arg(m_suffix); }

    TestCluster m_cluster;
    QString m_db, m_suffix;
    QTemporaryDir m_dir;
};

void TestSyncStress::initTestCase()
{
    m_cluster = TestCluster::load();
    if (m_cluster.port == 0)
        QSKIP("no PostgreSQL test cluster (run through ctest, which starts one)");
    m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_db = u"stress_"_s + m_suffix;
    QVERIFY(m_cluster.createDatabase(m_db));
    CentralDatabase admin;
    QVERIFY(admin.open(url(m_cluster.superuser), m_cluster.superpass));
    QVERIFY(admin.init(ReferenceData::builtin()));
    for (int i = 0; i < 6; ++i)
        QVERIFY(admin.addUser(login(i), i == 5 ? u"supervisor"_s : u"agent"_s, u"93055"_s, {}, {}, u"pw"_s));
}

void TestSyncStress::cleanupTestCase()
{
    if (m_cluster.port == 0)
        return;
    m_cluster.dropDatabase(m_db);
}

void TestSyncStress::killedWhileSyncing()
{
    const QString path = m_dir.filePath(u"killed.db"_s);
    {
        LocalStore store;
        QVERIFY(store.open(path, LocalStore::OpenMode::ReadWrite, true));
        QVERIFY(store.setSetting(u"central_url"_s, url(login(0)).display()));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, u"pw"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QStringList ops;
    auto *rng = QRandomGenerator::global();
    for (int round = 0; round < 6; ++round) {
        {
            LocalStore store;
            QVERIFY(store.open(path));
            TicketEditor editor(store);
            const Actor me{u"c.moreau"_s, Role::Agent, {}};
            for (int i = 0; i < 40; ++i) {
                const EditResult r = editor.create(ticket(round * 100 + i), me);
                QVERIFY2(r.ok(), qPrintable(r.message));
                ops.append(r.operationId);
                const EditResult n =
                    editor.addComment(r.ticketId, CommentKind::Internal, u"note %1"_s.arg(i), me);
                QVERIFY(n.ok());
                ops.append(n.operationId);
            }
        }
        QProcess sync;
        sync.setProcessEnvironment(env);
        sync.start(QStringLiteral(LANTERNECTL_PATH), {u"--db"_s, path, u"sync"_s, u"--once"_s});
        QVERIFY(sync.waitForStarted());
        QThread::msleep(rng->bounded(20, 400));
        sync.kill(); // SIGKILL, wherever it is
        sync.waitForFinished(10000);
    }
    // Then a sync that is left to finish.
    QProcess sync;
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(LANTERNECTL_PATH), {u"--db"_s, path, u"sync"_s, u"--once"_s});
    QVERIFY(sync.waitForFinished(120000));
    // Everything the last sync said, when it did not end well (exit 4: something was refused).
    const QByteArray said = "status " + QByteArray::number(int(sync.exitStatus())) + " code " +
                            QByteArray::number(sync.exitCode()) + "\n" + sync.readAllStandardOutput() +
                            sync.readAllStandardError();
    QVERIFY2(sync.exitStatus() == QProcess::NormalExit && sync.exitCode() == 0, said.constData());

    LocalStore store;
    QVERIFY(store.open(path));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QVERIFY(q.exec(u"SELECT count(*), sum(state = 'applied') FROM outbox"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), ops.size());
    QCOMPARE(q.value(1).toInt(), ops.size()); // nothing lost, everything answered
    CentralDatabase central;
    QVERIFY(central.open(url(m_cluster.superuser), m_cluster.superpass));
    QSqlQuery s(central.database());
    QVERIFY(s.exec(u"SELECT count(*), count(DISTINCT reference) FROM lanterne.ticket"_s) && s.next());
    QCOMPARE(s.value(0).toInt(), ops.size() / 2); // no ticket created twice
    QCOMPARE(s.value(1).toInt(), ops.size() / 2);
    QVERIFY(s.exec(u"SELECT count(*) FROM lanterne.comment"_s) && s.next());
    QCOMPARE(s.value(0).toInt(), ops.size() / 2);
    QCOMPARE(TicketRepository(store).count({}), qint64(ops.size() / 2));
    QVERIFY(q.exec(u"SELECT count(*) FROM ticket WHERE provisional <> 0"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSyncStress::fiveWorkstations()
{
    struct Station
    {
        std::unique_ptr<LocalStore> store;
        std::unique_ptr<CentralDatabase> central;
        Actor actor;
    };
    std::vector<Station> stations;
    static const char *const agents[] = {"c.moreau", "y.benali", "t.nguyen", "l.petit", "m.diallo"};
    for (int i = 0; i < 5; ++i) {
        Station s;
        s.store = std::make_unique<LocalStore>();
        QVERIFY(s.store->open(m_dir.filePath(u"ws%1.db"_s.arg(i)), LocalStore::OpenMode::ReadWrite, true));
        QVERIFY(s.store->setSetting(u"central_url"_s, url(login(i + 1)).display()));
        s.central = std::make_unique<CentralDatabase>();
        QVERIFY(s.central->open(url(login(i + 1)), u"pw"_s));
        s.actor = {QString::fromLatin1(agents[i]), i == 4 ? Role::Supervisor : Role::Agent, {}};
        stations.push_back(std::move(s));
    }
    QRandomGenerator rng(20261122);
    const QList<Priority> priorities{Priority::Low, Priority::Normal, Priority::High, Priority::Urgent};
    const QList<Status> statuses{Status::Triage, Status::Acknowledged, Status::Planned, Status::InProgress,
                                 Status::Fixed};
    for (int round = 0; round < 8; ++round) {
        for (Station &s : stations) {
            TicketEditor editor(*s.store);
            TicketRepository repo(*s.store);
            const qint64 count = repo.count({});
            for (int k = 0; k < 6; ++k) {
                const int action = count == 0 ? 0 : rng.bounded(5);
                const QList<Ticket> some =
                    count ? repo.page({}, rng.bounded(int(count)), 1) : QList<Ticket>();
                const QString id = some.isEmpty() ? QString() : some.first().id;
                switch (action) {
                case 0:
                    QVERIFY(editor.create(ticket(round * 10 + k), s.actor).ok());
                    break;
                case 1:
                    editor.setPriority(id, priorities[rng.bounded(4)], s.actor);
                    break;
                case 2:
                    editor.setStatus(id, statuses[rng.bounded(statuses.size())], {}, s.actor);
                    break;
                case 3:
                    editor.addComment(id, CommentKind::Internal, u"tour %1"_s.arg(round), s.actor);
                    break;
                case 4:
                    editor.assign(id, std::nullopt, std::nullopt, QString::fromLatin1(agents[rng.bounded(5)]),
                                  s.actor);
                    break;
                }
            }
        }
        // Some of them sync, in a random order.
        for (int i = 0; i < 5; ++i) {
            Station &s = stations[rng.bounded(5)];
            const auto r = SyncEngine(*s.store, *s.central).syncOnce();
            QVERIFY2(r.ok, qPrintable(r.message));
        }
    }
    // Everyone syncs twice: all hold the server's state, every operation has a receipt.
    for (int pass = 0; pass < 2; ++pass)
        for (Station &s : stations)
            QVERIFY(SyncEngine(*s.store, *s.central).syncOnce());
    CentralDatabase admin;
    QVERIFY(admin.open(url(m_cluster.superuser), m_cluster.superpass));
    QStringList server;
    QSqlQuery q(admin.database());
    QVERIFY(q.exec(u"SELECT id, status, priority, assignee, revision FROM lanterne.ticket ORDER BY id"_s));
    while (q.next())
        server.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString()}
                          .join(u'|'));
    QVERIFY(server.size() > 5);
    for (Station &s : stations) {
        QStringList local;
        QSqlQuery l(s.store->database());
        QVERIFY(l.exec(u"SELECT id, status, priority, assignee, revision FROM ticket ORDER BY id"_s));
        while (l.next())
            local.append(QStringList{l.value(0).toString(), l.value(1).toString(), l.value(2).toString(),
                                     l.value(3).toString(), l.value(4).toString()}
                             .join(u'|'));
        QCOMPARE(local, server);
        QVERIFY(l.exec(u"SELECT count(*) FROM outbox WHERE state NOT IN ('applied', 'conflict', 'rejected') "
                       "OR receipt IS NULL"_s) &&
                l.next());
        QCOMPARE(l.value(0).toInt(), 0);
    }
}

void TestSyncStress::appAndWatchShareAStore()
{
    const QString path = m_dir.filePath(u"shared.db"_s);
    {
        LocalStore store;
        QVERIFY(store.open(path, LocalStore::OpenMode::ReadWrite, true));
        QVERIFY(store.setSetting(u"central_url"_s, url(login(1)).display()));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, u"pw"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess watch;
    watch.setProcessEnvironment(env);
    watch.start(QStringLiteral(LANTERNECTL_PATH), {u"--db"_s, path, u"sync"_s, u"--watch"_s});
    QVERIFY(watch.waitForStarted());

    // The app's side: edits, and its own syncs, while the watcher syncs the same store.
    LocalStore store;
    QVERIFY(store.open(path));
    CentralDatabase central;
    QVERIFY(central.open(url(login(1)), u"pw"_s));
    const Actor me{u"y.benali"_s, Role::Agent, {}};
    QStringList tickets;
    int notes = 0, busy = 0;
    for (int round = 0; round < 8; ++round) {
        TicketEditor editor(store);
        for (int i = 0; i < 15; ++i) {
            NewTicket n = ticket(round * 100 + i);
            n.description = u"Partage %1-%2"_s.arg(round).arg(i);
            const EditResult r = editor.create(n, me);
            QVERIFY2(r.ok(), qPrintable(r.message));
            tickets.append(r.ticketId);
        }
        for (int i = 0; i < 15; ++i) {
            QVERIFY(editor
                        .addComment(tickets[QRandomGenerator::global()->bounded(int(tickets.size()))],
                                    CommentKind::Internal, u"note partagée %1-%2"_s.arg(round).arg(i), me)
                        .ok());
            ++notes;
        }
        SyncEngine engine(store, central);
        const auto r = engine.syncOnce(); // no waiting, as the app's thread does
        QVERIFY2(r.ok || r.busy, qPrintable(r.message));
        busy += r.busy;
        QThread::msleep(QRandomGenerator::global()->bounded(0, 150));
    }
    watch.terminate();
    QVERIFY(watch.waitForFinished(20000));
    SyncEngine engine(store, central);
    engine.setLockWait(60000);
    const auto last = engine.syncOnce();
    QVERIFY2(last, qPrintable(last.message));
    qInfo() << "app syncs that found the watcher busy:" << busy;

    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QVERIFY(q.exec(u"SELECT count(*) FROM outbox WHERE state <> 'applied' OR receipt IS NULL"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Each change once, here and on the server.
    QVERIFY(q.exec(u"SELECT count(*) FROM (SELECT op_id, field FROM history WHERE op_id IS NOT NULL GROUP BY "
                   "op_id, field HAVING count(*) > 1)"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT count(*) FROM comment WHERE text LIKE 'note partagée %'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), notes);
    CentralDatabase admin;
    QVERIFY(admin.open(url(m_cluster.superuser), m_cluster.superpass));
    QSqlQuery s(admin.database());
    QVERIFY(s.exec(u"SELECT count(*), count(DISTINCT reference) FROM lanterne.ticket WHERE description LIKE "
                   "'Partage %'"_s) &&
            s.next());
    QCOMPARE(s.value(0).toInt(), tickets.size());
    QCOMPARE(s.value(1).toInt(), tickets.size());
    QVERIFY(s.exec(u"SELECT count(*) FROM lanterne.comment WHERE text LIKE 'note partagée %'"_s) && s.next());
    QCOMPARE(s.value(0).toInt(), notes);
}

QTEST_GUILESS_MAIN(TestSyncStress)
#include "tst_sync_stress.moc"
