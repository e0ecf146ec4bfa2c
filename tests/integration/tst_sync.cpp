// SPDX-License-Identifier: GPL-3.0-or-later
// Workstations syncing with the central database the run started: push in order with receipts,
// pull in revision windows, final references, conflicts surfaced, nothing applied twice.
#include "demo/demogenerator.h"
#include "storage/conflictlog.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"
#include "sync/centraldatabase.h"
#include "sync/centraldemo.h"
#include "sync/syncengine.h"
#include "testcluster.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUuid>

using namespace lanterne;
using namespace Qt::StringLiterals;

namespace {

/** A workstation: its local store and its connection to the central database. */
struct Workstation
{
    LocalStore store;
    CentralDatabase central;
    Actor actor;
};

NewTicket lamp(const QString &description)
{
    NewTicket n;
    n.category = u"lampadaire"_s;
    n.description = description;
    n.latitude = 48.8935;
    n.longitude = 2.4045;
    n.address = u"12 rue Hoche"_s;
    n.reporterName = u"Dominique Essai"_s;
    n.reporterEmail = u"dominique.essai@example.org"_s;
    return n;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createdOfflineGetsItsFinalReference();
    void otherWorkstationsReceiveIt();
    void fieldTeamsGetNoPersonalData();
    void sameFieldConflictsDifferentFieldsDoNot();
    void conflictShowsTheServerValueAndCanBeResent();
    void lostReplyIsNotAppliedTwice();
    void photosAreFetchedWhenFirstShown();
    void pullInSmallWindows();
    void ticketsLeavingTheScopeDisappear();
    void driftIsCaughtByTheChecksum();
    void demoCityInTheCentralDatabase();
    void oneSyncAtATimePerStore();
    void triageOperationsRoundTrip();
    void storeRepointedToAnotherLogin();

private:
    std::unique_ptr<Workstation> workstation(const QString &name, const QString &login, const Actor &actor);
    CentralUrl url(const QString &user) const;

    TestCluster m_cluster;
    QString m_db, m_suffix;
    QTemporaryDir m_dir;
    QString m_ticketId, m_reference;
};

CentralUrl TestSync::url(const QString &user) const
{
    QString error;
    return *CentralUrl::parse(
        u"postgresql://%1@%2:%3/%4"_s.arg(user, m_cluster.host).arg(m_cluster.port).arg(m_db), &error);
}

std::unique_ptr<Workstation> TestSync::workstation(const QString &name, const QString &login,
                                                   const Actor &actor)
{
    auto w = std::make_unique<Workstation>();
    const auto opened = w->store.open(m_dir.filePath(name + u".db"_s), LocalStore::OpenMode::ReadWrite, true);
    if (!opened)
        qWarning() << opened.message;
    w->store.setSetting(u"central_url"_s, url(login).display());
    const auto r = w->central.open(url(login), u"pw"_s);
    if (!r)
        qWarning() << r.message;
    w->actor = actor;
    return w;
}

void TestSync::initTestCase()
{
    m_cluster = TestCluster::load();
    if (m_cluster.port == 0)
        QSKIP("no PostgreSQL test cluster (run through ctest, which starts one)");
    m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_db = u"sync_"_s + m_suffix;
    QVERIFY(m_cluster.createDatabase(m_db));
    CentralDatabase admin;
    QVERIFY(admin.open(url(m_cluster.superuser), m_cluster.superpass));
    QVERIFY(admin.init(ReferenceData::builtin()));
    for (const auto &[login, role, team] :
         {std::tuple{u"a1"_s, u"agent"_s, QString()}, std::tuple{u"a2"_s, u"agent"_s, QString()},
          std::tuple{u"f1"_s, u"field"_s, u"eclairage"_s}}) {
        const auto r = admin.addUser(login + u'.' + m_suffix, role, u"93055"_s, QString(), team, u"pw"_s);
        QVERIFY2(r, qPrintable(r.message));
    }
}

void TestSync::cleanupTestCase()
{
    if (m_cluster.port == 0)
        return;
    m_cluster.dropDatabase(m_db);
}

void TestSync::createdOfflineGetsItsFinalReference()
{
    auto a = workstation(u"a"_s, u"a1."_s + m_suffix, {u"c.moreau"_s, Role::Agent, {}});
    TicketEditor editor(a->store);
    const EditResult created = editor.create(lamp(u"Lampadaire éteint devant l'école"_s), a->actor);
    QVERIFY2(created.ok(), qPrintable(created.message));
    QVERIFY(created.reference.contains(u"-P"_s)); // provisional while offline
    SyncEngine engine(a->store, a->central);
    const auto r = engine.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.applied, 1);
    const auto t = TicketRepository(a->store).ticket(created.ticketId);
    QVERIFY(t);
    QVERIFY2(QRegularExpression(u"^PAN-\\d{4}-\\d{6}$"_s).match(t->reference).hasMatch(),
             qPrintable(t->reference));
    QVERIFY(!t->provisionalReference);
    QVERIFY(t->revision.has_value());
    // The workstation now acts as the login, with the role the server maps it to.
    QCOMPARE(a->store.setting(u"central_login"_s), u"a1."_s + m_suffix);
    QCOMPARE(a->store.setting(u"central_role"_s), u"agent"_s);
    QCOMPARE(t->pendingOperations, 0);
    // The history shows the creation once: the server's row replaced the local one.
    int created_rows = 0;
    for (const HistoryEntry &h : TicketRepository(a->store).history(t->id))
        created_rows += h.field == "created"_L1;
    QCOMPARE(created_rows, 1);
    m_ticketId = t->id;
    m_reference = t->reference;
}

void TestSync::otherWorkstationsReceiveIt()
{
    QVERIFY(!m_ticketId.isEmpty());
    auto b = workstation(u"b"_s, u"a2."_s + m_suffix, {u"y.benali"_s, Role::Agent, {}});
    SyncEngine engine(b->store, b->central);
    const auto r = engine.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    const auto t = TicketRepository(b->store).ticket(m_reference, true);
    QVERIFY(t);
    QCOMPARE(t->id, m_ticketId);
    QVERIFY(t->reporter);
    QCOMPARE(t->reporter->email, u"dominique.essai@example.org"_s);
    QCOMPARE(t->status, Status::New);
}

void TestSync::fieldTeamsGetNoPersonalData()
{
    auto f = workstation(u"f"_s, u"f1."_s + m_suffix, {u"eclairage"_s, Role::Field, u"eclairage"_s});
    SyncEngine engine(f->store, f->central);
    const auto r = engine.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    const auto t = TicketRepository(f->store).ticket(m_reference, true);
    QVERIFY(t); // a street lamp goes to the lighting team
    QVERIFY(!t->reporter);
    QSqlQuery q(f->store.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM reporter"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSync::sameFieldConflictsDifferentFieldsDoNot()
{
    auto a = workstation(u"a"_s, u"a1."_s + m_suffix, {u"c.moreau"_s, Role::Agent, {}});
    auto b = workstation(u"b"_s, u"a2."_s + m_suffix, {u"y.benali"_s, Role::Agent, {}});
    TicketEditor ea(a->store), eb(b->store);
    // Offline, both change the priority; B also assigns an agent.
    QVERIFY(ea.setPriority(m_ticketId, Priority::High, a->actor).ok());
    QVERIFY(eb.setPriority(m_ticketId, Priority::Low, b->actor).ok());
    QVERIFY(eb.assign(m_ticketId, std::nullopt, std::nullopt, u"y.benali"_s, b->actor).ok());
    SyncEngine sa(a->store, a->central), sb(b->store, b->central);
    QVERIFY(sa.syncOnce());
    const auto r = sb.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.conflicts, 1);
    QCOMPARE(r.report.applied, 1);
    // B's priority is kept in its outbox with the server's value, for the Conflicts view.
    QSqlQuery q(b->store.database());
    QVERIFY(q.exec(u"SELECT op_type, receipt FROM outbox WHERE state = 'conflict'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"set_priority"_s);
    const QJsonObject receipt = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    QCOMPARE(receipt.value("conflicts"_L1)
                 .toObject()
                 .value("priority"_L1)
                 .toObject()
                 .value("server"_L1)
                 .toString(),
             u"high"_s);
    // Both workstations end with the server's state.
    QVERIFY(sa.syncOnce());
    for (LocalStore *s : {&a->store, &b->store}) {
        const auto t = TicketRepository(*s).ticket(m_ticketId);
        QCOMPARE(t->priority, Priority::High);
        QCOMPARE(t->assignee, u"y.benali"_s);
        QCOMPARE(t->pendingOperations, 0);
    }
}

void TestSync::conflictShowsTheServerValueAndCanBeResent()
{
    auto a = workstation(u"a"_s, u"a1."_s + m_suffix, {u"c.moreau"_s, Role::Agent, {}});
    auto b = workstation(u"b"_s, u"a2."_s + m_suffix, {u"y.benali"_s, Role::Agent, {}});
    SyncEngine sa(a->store, a->central), sb(b->store, b->central);
    QVERIFY(sa.syncOnce());
    QVERIFY(sb.syncOnce());
    // Offline, both rewrite the description; A's arrives first.
    QVERIFY(TicketEditor(a->store).editDescription(m_ticketId, u"Version de A"_s, a->actor).ok());
    QVERIFY(TicketEditor(b->store).editDescription(m_ticketId, u"Version de B"_s, b->actor).ok());
    QVERIFY(sa.syncOnce());
    const auto r = sb.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.conflicts, 1);
    // B's ticket shows the server's value, not an edit that did not happen...
    QCOMPARE(TicketRepository(b->store).ticket(m_ticketId)->description, u"Version de A"_s);
    // ...and the Conflicts view has both (after the priority conflict of the test before).
    ConflictLog log(b->store);
    const int before = log.openCount();
    QList<RefusedOperation> open = log.open();
    open.removeIf([](const RefusedOperation &o) { return o.opType != "edit_description"_L1; });
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].fields.value(0).yours, u"Version de B"_s);
    QCOMPARE(open[0].fields.value(0).server, u"Version de A"_s);
    // B chooses their version: a new operation, based on A's, which the server applies.
    const EditResult resent = log.resend(open[0].opId, b->actor);
    QVERIFY2(resent.ok(), qPrintable(resent.message));
    const auto again = sb.syncOnce();
    QVERIFY2(again, qPrintable(again.message));
    QCOMPARE(again.report.applied, 1);
    QCOMPARE(again.report.conflicts, 0);
    QVERIFY(sa.syncOnce());
    for (LocalStore *s : {&a->store, &b->store}) {
        const auto t = TicketRepository(*s).ticket(m_ticketId);
        QCOMPARE(t->description, u"Version de B"_s);
        QCOMPARE(t->pendingOperations, 0);
    }
    QCOMPARE(log.openCount(), before - 1);
    // The timeline shows each change once, from the server.
    int descriptions = 0;
    for (const HistoryEntry &h : TicketRepository(b->store).history(m_ticketId))
        descriptions += h.field == "description"_L1 &&
                        (h.newValue == "Version de A"_L1 || h.newValue == "Version de B"_L1);
    QCOMPARE(descriptions, 2);
}

void TestSync::photosAreFetchedWhenFirstShown()
{
    auto a = workstation(u"a"_s, u"a1."_s + m_suffix, {u"c.moreau"_s, Role::Agent, {}});
    auto b = workstation(u"b"_s, u"a2."_s + m_suffix, {u"y.benali"_s, Role::Agent, {}});
    QImage img(800, 600, QImage::Format_RGB32);
    img.fill(QColor(200, 120, 40));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPEG", 85);
    const EditResult attached = TicketEditor(a->store).attachPhoto(m_ticketId, jpeg, a->actor);
    QVERIFY2(attached.ok(), qPrintable(attached.message));
    SyncEngine sa(a->store, a->central), sb(b->store, b->central);
    QVERIFY(sa.syncOnce());
    QVERIFY(sb.syncOnce());
    // B knows the photo by its metadata only...
    TicketRepository repo(b->store);
    QList<Photo> photos = repo.photos(m_ticketId);
    const auto it = std::find_if(photos.begin(), photos.end(), [](const Photo &p) { return !p.stored; });
    QVERIFY(it != photos.end());
    const QString photoId = it->id;
    QCOMPARE(it->bytes, qint64(jpeg.size()));
    QVERIFY(repo.photoData(photoId).isEmpty());
    // ...until it is first shown: fetched once, then kept.
    const auto fetched = sb.fetchPhotos({photoId, u"not-a-uuid"_s});
    QVERIFY2(fetched, qPrintable(fetched.message));
    QCOMPARE(fetched.report.pulledRows, 1);
    QCOMPARE(repo.photoData(photoId), jpeg);
    QVERIFY(!QImage::fromData(repo.photoData(photoId, true)).isNull());
    QVERIFY(repo.photo(photoId)->stored);
    const auto again = sb.fetchPhotos({photoId});
    QVERIFY(again);
    QCOMPARE(again.report.pulledRows, 0);
    // A later pull (another change to the ticket) keeps the cached picture.
    QVERIFY(TicketEditor(a->store)
                .addComment(m_ticketId, CommentKind::Internal, u"Photo ajoutée"_s, a->actor)
                .ok());
    QVERIFY(sa.syncOnce());
    QVERIFY(sb.syncOnce());
    QCOMPARE(repo.photoData(photoId), jpeg);
}

void TestSync::lostReplyIsNotAppliedTwice()
{
    auto a = workstation(u"a"_s, u"a1."_s + m_suffix, {u"c.moreau"_s, Role::Agent, {}});
    TicketEditor editor(a->store);
    const EditResult note = editor.addComment(m_ticketId, CommentKind::Internal, u"Vu sur place"_s, a->actor);
    QVERIFY(note.ok());
    // The server applied it, but the reply never came back: the outbox still says "sent".
    QSqlQuery q(a->store.database());
    QVERIFY(q.exec(u"SELECT payload FROM outbox WHERE op_id = '%1'"_s.arg(note.operationId)) && q.next());
    const QJsonObject op{{u"op_id"_s, note.operationId},
                         {u"op_type"_s, u"add_comment"_s},
                         {u"entity_id"_s, m_ticketId},
                         {u"payload"_s, QJsonDocument::fromJson(q.value(0).toByteArray()).object()}};
    QSqlQuery direct(a->central.database());
    direct.prepare(u"SELECT lanterne.apply(?::jsonb)"_s);
    direct.addBindValue(QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
    QVERIFY(direct.exec() && direct.next());
    QVERIFY(q.exec(u"UPDATE outbox SET state = 'sent' WHERE op_id = '%1'"_s.arg(note.operationId)));
    SyncEngine engine(a->store, a->central);
    const auto r = engine.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.applied, 1);
    QVERIFY(q.exec(u"SELECT receipt FROM outbox WHERE op_id = '%1'"_s.arg(note.operationId)) && q.next());
    QVERIFY(QJsonDocument::fromJson(q.value(0).toByteArray()).object().value("replayed"_L1).toBool());
    QSqlQuery count(a->central.database());
    QVERIFY(count.exec(u"SELECT count(*) FROM lanterne.comment WHERE op_id = '%1'"_s.arg(note.operationId)));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    // And locally the comment shows once.
    int seen = 0;
    for (const Comment &c : TicketRepository(a->store).comments(m_ticketId))
        seen += c.text == "Vu sur place"_L1;
    QCOMPARE(seen, 1);
}

void TestSync::pullInSmallWindows()
{
    auto a = workstation(u"a"_s, u"a1."_s + m_suffix, {u"c.moreau"_s, Role::Agent, {}});
    TicketEditor editor(a->store);
    for (int i = 0; i < 7; ++i)
        QVERIFY(editor.create(lamp(u"Lampadaire %1"_s.arg(i)), a->actor).ok());
    QVERIFY(SyncEngine(a->store, a->central).push());
    // A new workstation pulls everything three tickets at a time: all arrive, once.
    auto c = workstation(u"c"_s, u"a2."_s + m_suffix, {u"y.benali"_s, Role::Agent, {}});
    SyncEngine engine(c->store, c->central);
    const auto r = engine.pull(3);
    QVERIFY2(r, qPrintable(r.message));
    TicketRepository repo(c->store);
    QCOMPARE(repo.count({}), 8);
    QSqlQuery q(a->central.database());
    QVERIFY(q.exec(u"SELECT max(revision) FROM lanterne.ticket"_s) && q.next());
    QVERIFY(engine.cursor() >= q.value(0).toLongLong());
}

void TestSync::ticketsLeavingTheScopeDisappear()
{
    auto f = workstation(u"f"_s, u"f1."_s + m_suffix, {u"eclairage"_s, Role::Field, u"eclairage"_s});
    SyncEngine fe(f->store, f->central);
    QVERIFY(fe.syncOnce());
    TicketRepository repo(f->store);
    const qint64 before = repo.count({});
    QVERIFY(before >= 1);
    QVERIFY(repo.ticket(m_ticketId));
    // The office reassigns the street lamp to the roads team.
    auto a = workstation(u"a"_s, u"a1."_s + m_suffix, {u"c.moreau"_s, Role::Agent, {}});
    QVERIFY(TicketEditor(a->store)
                .assign(m_ticketId, std::nullopt, u"voirie-nord"_s, std::nullopt, a->actor)
                .ok());
    QVERIFY(SyncEngine(a->store, a->central).syncOnce());
    const auto r = fe.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.leftScope, 1);
    QVERIFY(!r.report.drift); // said explicitly, not found by the checksum
    QVERIFY(!repo.ticket(m_ticketId));
    QCOMPARE(repo.count({}), before - 1);
    // Nothing of it stays in the file's bytes either (the store and its write-ahead log).
    QByteArray bytes;
    for (const QString &file : {m_dir.filePath(u"f.db"_s), m_dir.filePath(u"f.db-wal"_s)}) {
        QFile in(file);
        if (in.open(QIODevice::ReadOnly))
            bytes += in.readAll();
    }
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(u"devant l'école"_s.toUtf8()));
}

void TestSync::driftIsCaughtByTheChecksum()
{
    auto b = workstation(u"b"_s, u"a2."_s + m_suffix, {u"y.benali"_s, Role::Agent, {}});
    SyncEngine engine(b->store, b->central);
    QVERIFY(engine.syncOnce());
    TicketRepository repo(b->store);
    const qint64 before = repo.count({});
    // A synced row the server does not have (a lost scope exit, a restored backup...).
    QSqlQuery q(b->store.database());
    QVERIFY(q.exec(
        u"INSERT INTO ticket (id, municipality, reference, kind, category, latitude, longitude, channel, "
        "status, status_class, status_rank, priority, priority_rank, created_at, updated_at, revision) "
        "VALUES ('%1', '93055', 'PAN-1999-000001', 'report', 'rats', 48.9, 2.4, 'phone', 'new', 'open', 0, "
        "'normal', 1, 0, 0, 3)"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
    QCOMPARE(repo.count({}), before + 1);
    const auto r = engine.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QVERIFY(r.report.drift);
    QCOMPARE(repo.count({}), before);
    QVERIFY(!repo.ticket(u"PAN-1999-000001"_s));
    // Back in step: the next check finds nothing.
    QVERIFY(!engine.syncOnce().report.drift);
}

void TestSync::oneSyncAtATimePerStore()
{
    auto a = workstation(u"a"_s, u"a1."_s + m_suffix, {u"c.moreau"_s, Role::Agent, {}});
    QVERIFY(TicketEditor(a->store)
                .addComment(m_ticketId, CommentKind::Internal, u"Pendant une autre synchro"_s, a->actor)
                .ok());
    {
        // Another process (lanternectl sync --watch) is syncing this store.
        QLockFile other(a->store.path() + u".sync-lock"_s);
        QVERIFY(other.tryLock(0));
        SyncEngine engine(a->store, a->central);
        engine.setLockWait(200);
        const auto r = engine.syncOnce();
        QVERIFY(!r.ok);
        QVERIFY(r.busy);
        QCOMPARE(r.report.pushed, 0);
        QSqlQuery q(a->store.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // untouched: the other process pushes it
    }
    // Once it is done (or dead), this one goes ahead.
    const auto r = SyncEngine(a->store, a->central).syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.applied, 1);
}

void TestSync::demoCityInTheCentralDatabase()
{
    const QString dbName = u"demo_"_s + m_suffix;
    QVERIFY(m_cluster.createDatabase(dbName));
    QString error;
    auto at = [&](const QString &user) {
        return *CentralUrl::parse(
            u"postgresql://%1@%2:%3/%4"_s.arg(user, m_cluster.host).arg(m_cluster.port).arg(dbName), &error);
    };
    CentralDatabase admin;
    QVERIFY(admin.open(at(m_cluster.superuser), m_cluster.superpass));
    QVERIFY(admin.init(ReferenceData::builtin()));
    const QString login = u"demo.agent."_s + m_suffix;
    QVERIFY(admin.addUser(login, u"agent"_s, u"93055"_s, QString(), QString(), u"pw"_s));
    demo::DemoOptions options;
    options.tickets = 2500;
    options.seed = 7;
    options.until = QDate(2026, 6, 30);
    int calls = 0;
    const auto loaded =
        CentralDemo::load(admin, options, ReferenceData::builtin(), 1000, [&](int done, int total) {
            ++calls;
            QCOMPARE(total, 2500);
            QVERIFY(done <= total);
        });
    QVERIFY2(loaded, qPrintable(loaded.message));
    QCOMPARE(loaded.tickets, 2500);
    QCOMPARE(calls, 3);
    QVERIFY(loaded.photos > 0);
    // Only into an empty database, and only by its administrator.
    const auto again = CentralDemo::load(admin, options);
    QVERIFY(!again);
    QCOMPARE(again.exitCode, 4);
    CentralDatabase agent;
    QVERIFY(agent.open(at(login), u"pw"_s));
    const auto notAdmin = CentralDemo::load(agent, options);
    QCOMPARE(notAdmin.exitCode, 4);

    // Each batch is its own revision: a workstation pulls it like changes made over time.
    QSqlQuery s(admin.database());
    QVERIFY(s.exec(u"SELECT count(DISTINCT revision) FROM lanterne.ticket"_s) && s.next());
    QCOMPARE(s.value(0).toInt(), 3);
    LocalStore ws;
    QVERIFY(ws.open(m_dir.filePath(u"demo-ws.db"_s), LocalStore::OpenMode::ReadWrite, true));
    QVERIFY(ws.setSetting(u"central_url"_s, at(login).display()));
    SyncEngine engine(ws, agent);
    const auto r = engine.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.pulledTickets, 2500);
    QVERIFY(r.report.scopeVerified && !r.report.drift);

    // The same city as a local demo with the same options: references, statuses, history.
    LocalStore local;
    QVERIFY(local.open(m_dir.filePath(u"demo-local.db"_s), LocalStore::OpenMode::ReadWrite, true));
    QVERIFY(demo::DemoGenerator::generate(local, options).ok);
    auto digest = [](const LocalStore &store, const QString &sql) {
        QSqlQuery q(store.database());
        QStringList rows;
        if (q.exec(sql))
            while (q.next())
                rows.append(q.value(0).toString());
        return rows;
    };
    const QString tickets =
        u"SELECT reference || status || category || assignee || coalesce(resolved_at, '') "
        "FROM ticket ORDER BY reference"_s;
    QCOMPARE(digest(ws, tickets), digest(local, tickets));
    const QString history = u"SELECT count(*) FROM history"_s;
    QCOMPARE(digest(ws, history), digest(local, history));
    const QString comments = u"SELECT count(*) FROM comment"_s;
    QCOMPARE(digest(ws, comments), digest(local, comments));
    // Photos: real pictures for the newest tickets, fetched when first shown.
    QVERIFY(s.exec(u"SELECT id FROM lanterne.photo LIMIT 1"_s) && s.next());
    const QString photoId = s.value(0).toString();
    QVERIFY(TicketRepository(ws).photoData(photoId).isEmpty());
    QVERIFY(engine.fetchPhotos({photoId}));
    QVERIFY(!QImage::fromData(TicketRepository(ws).photoData(photoId)).isNull());
    QVERIFY(
        s.exec(u"SELECT sum(photo_count) = (SELECT count(*) FROM lanterne.photo) FROM lanterne.ticket"_s) &&
        s.next());
    QVERIFY(s.value(0).toBool());

    // Numbering goes on after the demo's last reference.
    QVERIFY(ws.setSetting(u"municipality"_s, u"93055"_s));
    const EditResult created =
        TicketEditor(ws).create(lamp(u"Lampadaire éteint rue Hoche"_s), {u"c.moreau"_s, Role::Agent, {}});
    QVERIFY(created.ok());
    QVERIFY(engine.syncOnce());
    const auto t = TicketRepository(ws).ticket(created.ticketId);
    QVERIFY(!t->provisionalReference);
    QVERIFY(s.exec(u"SELECT count(*) FROM lanterne.ticket WHERE reference = '%1'"_s.arg(t->reference)) &&
            s.next());
    QCOMPARE(s.value(0).toInt(), 1);
    admin.close();
    agent.close();
    m_cluster.dropDatabase(dbName);
}

void TestSync::triageOperationsRoundTrip()
{
    // Routing, forwarding, paused deadlines and the messages queued for reporters, from one
    // workstation to the server and to another workstation.
    auto a = workstation(u"ta"_s, u"a1."_s + m_suffix, {u"c.moreau"_s, Role::Agent, {}});
    auto b = workstation(u"tb"_s, u"a2."_s + m_suffix, {u"y.benali"_s, Role::Agent, {}});
    TicketEditor editor(a->store);
    NewTicket leak = lamp(u"Fuite d'eau sur la chaussée"_s);
    leak.category = u"fuite"_s; // a rule forwards it to Est Ensemble at once
    const EditResult forwarded = editor.create(leak, a->actor);
    QVERIFY2(forwarded.ok(), qPrintable(forwarded.message));
    const EditResult lampTicket = editor.create(lamp(u"Lampadaire éteint, rue Hoche"_s), a->actor);
    QVERIFY(lampTicket.ok());
    QVERIFY(editor.setStatus(lampTicket.ticketId, Status::Acknowledged, {}, a->actor).ok());
    QVERIFY(editor.setStatus(lampTicket.ticketId, Status::Waiting, {}, a->actor).ok());
    QVERIFY(editor.reply(lampTicket.ticketId, u"Pouvez-vous préciser le numéro du lampadaire ?"_s, a->actor)
                .ok());
    SyncEngine engineA(a->store, a->central);
    auto r = engineA.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.conflicts + r.report.rejected, 0);

    // On the server: the ticket arrived forwarded, with its rule; the messages are queued.
    QSqlQuery q(a->central.database());
    QVERIFY(
        q.exec(u"SELECT status, forwarded_to, forward_state, routing_rule, paused_at IS NOT NULL, "
               "acknowledged_at IS NOT NULL FROM lanterne.ticket WHERE id = '%1'"_s.arg(forwarded.ticketId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"forwarded"_s);
    QCOMPARE(q.value(1).toString(), u"ee-eau"_s);
    QCOMPARE(q.value(2).toString(), u"sent"_s);
    QCOMPARE(q.value(3).toString(), u"eau-est-ensemble"_s);
    QVERIFY(q.value(4).toBool() && q.value(5).toBool());
    QVERIFY(q.exec(u"SELECT event, state FROM lanterne.notification WHERE ticket_id IN ('%1', '%2') ORDER BY "
                   "created_at, event"_s.arg(forwarded.ticketId, lampTicket.ticketId)));
    QStringList events;
    while (q.next()) {
        events.append(q.value(0).toString());
        QCOMPARE(q.value(1).toString(), u"queued"_s);
    }
    events.sort();
    QCOMPARE(events, (QStringList{u"acknowledgement"_s, u"forwarded"_s, u"reply"_s}));
    // Every message shows once in the timeline (a public comment), the reply included.
    QVERIFY(
        q.exec(u"SELECT count(*) FROM lanterne.comment WHERE kind = 'public' AND ticket_id IN ('%1', '%2')"_s
                   .arg(forwarded.ticketId, lampTicket.ticketId)) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 3);

    // The other workstation gets all of it, and the same once more changes nothing.
    SyncEngine engineB(b->store, b->central);
    r = engineB.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    TicketRepository repo(b->store);
    const auto f = repo.ticket(forwarded.ticketId);
    QVERIFY(f);
    QCOMPARE(f->status, Status::Forwarded);
    QCOMPARE(f->forwardState, u"sent"_s);
    QCOMPARE(f->routingRule, u"eau-est-ensemble"_s);
    QVERIFY(f->pausedAt.isValid());
    const auto w = repo.ticket(lampTicket.ticketId);
    QVERIFY(w && w->status == Status::Waiting && w->pausedAt.isValid());
    QSqlQuery l(b->store.database());
    QVERIFY(l.exec(u"SELECT count(*) FROM notification"_s) && l.next());
    const int notificationsOnB = l.value(0).toInt();
    QVERIFY(notificationsOnB >= 3);
    QVERIFY(l.exec(u"SELECT count(*) FROM comment WHERE kind = 'public' AND ticket_id IN ('%1', '%2')"_s.arg(
                forwarded.ticketId, lampTicket.ticketId)) &&
            l.next());
    QCOMPARE(l.value(0).toInt(), 3);

    // B: the authority sends the leak back, and the lamp's reporter answered (the clock runs again).
    TicketEditor editorB(b->store);
    QVERIFY(
        editorB.setForwardState(forwarded.ticketId, u"returned"_s, u"Réseau privé, pas le nôtre"_s, b->actor)
            .ok());
    QVERIFY(editorB.setStatus(lampTicket.ticketId, Status::Planned, {}, b->actor).ok());
    r = engineB.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.conflicts + r.report.rejected, 0);
    r = engineA.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    TicketRepository repoA(a->store);
    QCOMPARE(repoA.ticket(forwarded.ticketId)->status, Status::Triage);
    QCOMPARE(repoA.ticket(forwarded.ticketId)->forwardState, u"returned"_s);
    QVERIFY(!repoA.ticket(forwarded.ticketId)->pausedAt.isValid());
    QVERIFY(!repoA.ticket(lampTicket.ticketId)->pausedAt.isValid());
    QCOMPARE(repoA.ticket(lampTicket.ticketId)->dueAt, repo.ticket(lampTicket.ticketId)->dueAt);
    // The server's history says which rule routed the leak, and that it was sent back.
    QVERIFY(q.exec(u"SELECT string_agg(field, ',' ORDER BY id) FROM lanterne.history WHERE ticket_id = '%1'"_s
                       .arg(forwarded.ticketId)) &&
            q.next());
    QVERIFY2(q.value(0).toString().contains(u"routing_rule"_s), qPrintable(q.value(0).toString()));
    QVERIFY2(q.value(0).toString().contains(u"forward_state"_s), qPrintable(q.value(0).toString()));
}

namespace {
/** The store's file and its write-ahead log, as bytes: what stays on the disk. */
QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &f : {path, path + u"-wal"_s}) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}
} // namespace

void TestSync::storeRepointedToAnotherLogin()
{
    // An agent's workstation holds the city's tickets and reporters, and an edit not sent yet.
    const QString path = m_dir.filePath(u"repoint.db"_s);
    auto ws = workstation(u"repoint"_s, u"a1."_s + m_suffix, {u"a1."_s + m_suffix, Role::Agent, {}});
    TicketEditor editor(ws->store);
    NewTicket lampTicket = lamp(u"Lampadaire éteint devant le 4 rue Hoche"_s);
    lampTicket.reporterName = u"Camille Kowalczyk"_s;
    lampTicket.reporterEmail = u"camille.kowalczyk@example.org"_s;
    NewTicket dumping = lamp(u"Matelas Xylophage abandonné sous le pont"_s);
    dumping.category = u"depot_sauvage"_s; // another team's
    dumping.reporterName = u"Sacha Wojciechowski"_s;
    dumping.reporterEmail = u"sacha.wojciechowski@example.org"_s;
    const EditResult inScope = editor.create(lampTicket, ws->actor);
    const EditResult outOfScope = editor.create(dumping, ws->actor);
    QVERIFY(inScope.ok() && outOfScope.ok());
    auto r = SyncEngine(ws->store, ws->central).syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QVERIFY(fileBytes(path).contains("sacha.wojciechowski@example.org"));
    const EditResult note = editor.addComment(inScope.ticketId, CommentKind::Internal,
                                              u"Note de l'agent pas encore envoyée"_s, ws->actor);
    QVERIFY(note.ok());

    // The same store, now pointed at a field team's login.
    CentralDatabase asField;
    QVERIFY(asField.open(url(u"f1."_s + m_suffix), u"pw"_s));
    // As the app does: the identity is recorded on connecting, then the sync runs.
    SyncEngine fieldEngine(ws->store, asField);
    QVERIFY(fieldEngine.recordIdentity());
    QVERIFY(fieldEngine.identityError().isEmpty());
    QCOMPARE(ws->store.setting(u"central_role"_s), u"field"_s);
    r = fieldEngine.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QSqlQuery q(ws->store.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM reporter"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // no personal data for a field team
    QVERIFY(q.exec(u"SELECT count(*) FROM ticket WHERE team <> 'eclairage'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // only its team's tickets
    QVERIFY(TicketRepository(ws->store).ticket(inScope.ticketId));
    q.finish();
    // Not in the tables, and not in the file's bytes either.
    const QByteArray bytes = fileBytes(path);
    for (const char *gone : {"camille.kowalczyk@example.org", "Camille Kowalczyk",
                             "sacha.wojciechowski@example.org", "Sacha Wojciechowski", "Xylophage"})
        QVERIFY2(!bytes.contains(gone), gone);
    // The agent's note was not sent as the field team: it waits for its author, in Conflits.
    QSqlQuery server(ws->central.database());
    QVERIFY(
        server.exec(
            u"SELECT count(*) FROM lanterne.comment WHERE text = 'Note de l''agent pas encore envoyée'"_s) &&
        server.next());
    QCOMPARE(server.value(0).toInt(), 0);
    {
        ConflictLog log(ws->store);
        const QList<RefusedOperation> open = log.open();
        QCOMPARE(open.size(), 1);
        QVERIFY(open[0].held);
        QCOMPARE(open[0].login, u"a1."_s + m_suffix);
        QCOMPARE(open[0].opId, note.operationId);
        QVERIFY(!open[0].canResend);
        QCOMPARE(log.openCount(), 1);
    }

    // Back to the agent: the note leaves, under the agent's name.
    r = SyncEngine(ws->store, ws->central).syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QVERIFY(
        server.exec(
            u"SELECT author FROM lanterne.comment WHERE text = 'Note de l''agent pas encore envoyée'"_s) &&
        server.next());
    QCOMPARE(server.value(0).toString(), u"a1."_s + m_suffix);
    QVERIFY(q.exec(u"SELECT count(*) FROM reporter"_s) && q.next());
    QVERIFY(q.value(0).toInt() >= 2); // the agent's scope again, reporters included
    q.finish();

    // An edit of the agent's, the store pointed at another agent: discarded by an explicit choice.
    const EditResult second =
        editor.addComment(inScope.ticketId, CommentKind::Internal, u"Note à abandonner"_s, ws->actor);
    QVERIFY(second.ok());
    CentralDatabase asOther;
    QVERIFY(asOther.open(url(u"a2."_s + m_suffix), u"pw"_s));
    r = SyncEngine(ws->store, asOther).syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    ConflictLog log(ws->store);
    QCOMPARE(log.openCount(), 1);
    QVERIFY(log.discard(second.operationId, {u"a2."_s + m_suffix, Role::Agent, {}}).ok());
    QCOMPARE(log.openCount(), 0);
    QVERIFY(q.exec(u"SELECT count(*) FROM comment WHERE text = 'Note à abandonner'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    r = SyncEngine(ws->store, ws->central).syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QVERIFY(server.exec(u"SELECT count(*) FROM lanterne.comment WHERE text = 'Note à abandonner'"_s) &&
            server.next());
    QCOMPARE(server.value(0).toInt(), 0);
}

QTEST_MAIN(TestSync) // a GUI application: the demo city draws its photos
#include "tst_sync.moc"
