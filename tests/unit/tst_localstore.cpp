// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation's SQLite store (storage/localstore.h): creation and migration, reopening, files
// that are not stores or come from a newer version, read-only stores, a full disk and two
// connections on one file. Nothing already stored may be lost or half-written.
#include "demo/demogenerator.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Runs @p statements on a plain QSQLITE connection of its own, then closes it. */
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(s)) {
                qWarning() << s << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

NewTicket sampleTicket(const QString &description = u"Lampadaire éteint devant l'école"_s)
{
    NewTicket n;
    n.category = u"lampadaire"_s;
    n.description = description;
    n.latitude = 48.8935;
    n.longitude = 2.4045;
    n.address = u"12 rue Hoche"_s;
    n.reporterName = u"Camille Exemple"_s;
    n.reporterEmail = u"camille@example.org"_s;
    n.reporterPhone = u"06 39 98 00 00"_s; // a reporter without phone is tst_ticketeditor's business
    return n;
}

demo::DemoOptions demoOptions(int tickets)
{
    demo::DemoOptions o;
    o.tickets = tickets;
    o.seed = 7;
    o.until = QDate(2026, 6, 30);
    return o;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndMigrate();
    void createMakesMissingFolders();
    void reopenKeepsData();
    void missingFileWithoutCreate();
    void randomBytesAreNotAStore();
    void damagedFirstPage();
    void newerSchemaIsRefused();
    void otherApplicationsDatabase();
    void readOnly();
    void diskFull();
    void twoConnections();
    void clearDemoCity();
    void settings();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestLocalStore::createAndMigrate()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(LocalStore::latestSchemaVersion() >= 1);
    LocalStore store;
    const auto r = store.open(path(u"new.db"_s), LocalStore::OpenMode::ReadWrite, true);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.kind, LocalStore::ErrorKind::None);
    QVERIFY(store.isOpen());
    QVERIFY(!store.isReadOnly());
    QCOMPARE(store.path(), path(u"new.db"_s));
    QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
    QCOMPARE(text(store.database(), u"PRAGMA journal_mode"_s).toLower(), u"wal"_s);
    QCOMPARE(scalar(store.database(), u"PRAGMA foreign_keys"_s), 1);
    QVERIFY(scalar(store.database(), u"PRAGMA application_id"_s) != 0); // recognisable as a Lanterne store
    QVERIFY(store.handle());
    for (const QString &table : {u"ticket"_s, u"outbox"_s, u"history"_s, u"comment"_s, u"photo"_s,
                                 u"ticket_fts"_s, u"reference_counter"_s, u"setting"_s, u"ticket_synced"_s})
        QVERIFY2(scalar(store.database(),
                        u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table)) == 1,
                 qPrintable(table));
    QCOMPARE(scalar(store.database(), u"SELECT count(*) FROM ticket"_s), 0);
    // Foreign keys are enforced: a comment on no ticket is refused.
    QSqlQuery q(store.database());
    QVERIFY(!q.exec(u"INSERT INTO comment (id, ticket_id, municipality, kind, author, text, created_at) "
                    "VALUES ('c', 'no-such-ticket', '93055', 'internal', 'admin', 'x', 0)"_s));
    store.close();
    QVERIFY(!store.isOpen());
}

void TestLocalStore::createMakesMissingFolders()
{
    LocalStore store;
    const QString p = path(u"a/b/c/store.db"_s);
    const auto r = store.open(p, LocalStore::OpenMode::ReadWrite, true);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(QFile::exists(p));
    QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
}

void TestLocalStore::reopenKeepsData()
{
    const QString p = path(u"reopen.db"_s);
    QString reference;
    {
        LocalStore store;
        QVERIFY(store.open(p, LocalStore::OpenMode::ReadWrite, true).ok);
        QVERIFY(store.setSetting(u"local_user"_s, u"c.moreau"_s).ok);
        TicketEditor editor(store);
        const EditResult e = editor.create(sampleTicket(), Actor{u"admin"_s, Role::Admin, {}});
        QVERIFY2(e.ok(), qPrintable(e.message));
        reference = e.reference;
    }
    LocalStore again;
    const auto r = again.open(p); // no create: it exists
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(again.schemaVersion(), LocalStore::latestSchemaVersion());
    QCOMPARE(again.setting(u"local_user"_s), u"c.moreau"_s);
    const auto t = TicketRepository(again).ticket(reference);
    QVERIFY(t);
    QCOMPARE(t->description, u"Lampadaire éteint devant l'école"_s);
    QCOMPARE(scalar(again.database(), u"SELECT count(*) FROM outbox"_s), 1);
}

void TestLocalStore::missingFileWithoutCreate()
{
    const QString p = path(u"missing/none.db"_s);
    LocalStore store;
    auto r = store.open(p);
    QVERIFY(!r.ok);
    QCOMPARE(r.kind, LocalStore::ErrorKind::NotFound);
    QVERIFY2(r.message.contains(p), qPrintable(r.message));
    QVERIFY(!store.isOpen());
    QVERIFY(!QFile::exists(p));

    // Read-only never creates.
    r = store.open(p, LocalStore::OpenMode::ReadOnly, true);
    QVERIFY(!r.ok);
    QCOMPARE(r.kind, LocalStore::ErrorKind::NotFound);
    QVERIFY(!QFile::exists(p));
}

void TestLocalStore::randomBytesAreNotAStore()
{
    const QString p = path(u"random.db"_s);
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    for (auto mode : {LocalStore::OpenMode::ReadWrite, LocalStore::OpenMode::ReadOnly}) {
        LocalStore store;
        const auto r = store.open(p, mode, true);
        QVERIFY(!r.ok);
        QVERIFY2(r.kind == LocalStore::ErrorKind::NotAStore || r.kind == LocalStore::ErrorKind::Corrupt,
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(p), qPrintable(r.message));
        QVERIFY(!store.isOpen());
    }
    QCOMPARE(fileBytes(p), bytes);

    // A short text file too.
    const QString txt = path(u"notes.txt"_s);
    {
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ceci n'est pas un magasin Lanterne.\n");
    }
    LocalStore store;
    const auto r = store.open(txt);
    QVERIFY(!r.ok);
    QVERIFY(r.kind == LocalStore::ErrorKind::NotAStore || r.kind == LocalStore::ErrorKind::Corrupt);
    QVERIFY(r.message.contains(txt));
    QCOMPARE(fileBytes(txt), QByteArray("Ceci n'est pas un magasin Lanterne.\n"));
}

void TestLocalStore::damagedFirstPage()
{
    // A real store whose schema page was overwritten: the SQLite header is intact, the rest is not.
    const QString p = path(u"damaged.db"_s);
    {
        LocalStore store;
        QVERIFY(store.open(p, LocalStore::OpenMode::ReadWrite, true).ok);
    }
    QByteArray bytes = fileBytes(p);
    QVERIFY(bytes.size() >= 4096);
    for (int i = 100; i < 4096; ++i)
        bytes[i] = char(0xA5 ^ (i * 7));
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    LocalStore store;
    const auto r = store.open(p);
    QVERIFY(!r.ok);
    QVERIFY2(r.kind == LocalStore::ErrorKind::Corrupt || r.kind == LocalStore::ErrorKind::NotAStore,
             qPrintable(r.message));
    QVERIFY2(r.message.contains(p), qPrintable(r.message));
    QCOMPARE(fileBytes(p), bytes);
}

void TestLocalStore::newerSchemaIsRefused()
{
    const QString p = path(u"newer.db"_s);
    {
        LocalStore store;
        QVERIFY(store.open(p, LocalStore::OpenMode::ReadWrite, true).ok);
        QVERIFY(store.setSetting(u"marker"_s, u"kept"_s).ok);
    }
    const int newer = LocalStore::latestSchemaVersion() + 1;
    QVERIFY(rawExec(p, {u"PRAGMA user_version = %1"_s.arg(newer)}));
    const QByteArray before = fileBytes(p);
    QVERIFY(!before.isEmpty());

    for (auto mode : {LocalStore::OpenMode::ReadWrite, LocalStore::OpenMode::ReadOnly}) {
        LocalStore store;
        const auto r = store.open(p, mode);
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, LocalStore::ErrorKind::TooNew);
        QVERIFY2(r.message.contains(p), qPrintable(r.message));
        QVERIFY2(r.message.contains(QString::number(newer)), qPrintable(r.message));
        QVERIFY(!store.isOpen());
    }
    QCOMPARE(fileBytes(p), before);
    // Still the newer version's store, with its data.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check-newer"_s);
    db.setDatabaseName(p);
    QVERIFY(db.open());
    QCOMPARE(scalar(db, u"PRAGMA user_version"_s), newer);
    QCOMPARE(text(db, u"SELECT value FROM setting WHERE key = 'marker'"_s), u"kept"_s);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check-newer"_s);
}

void TestLocalStore::otherApplicationsDatabase()
{
    const QString p = path(u"other-app.db"_s);
    QVERIFY(rawExec(p, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                        u"INSERT INTO notes (body) VALUES ('ne pas toucher')"_s}));
    const QByteArray before = fileBytes(p);
    for (bool create : {false, true}) {
        LocalStore store;
        const auto r = store.open(p, LocalStore::OpenMode::ReadWrite, create);
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, LocalStore::ErrorKind::NotAStore);
        QVERIFY2(r.message.contains(p), qPrintable(r.message));
    }
    QCOMPARE(fileBytes(p), before);
    // Not migrated: no ticket table was added to somebody else's database.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check-other"_s);
    db.setDatabaseName(p);
    QVERIFY(db.open());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'ticket'"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM notes"_s), 1);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check-other"_s);
}

void TestLocalStore::readOnly()
{
    const QString p = path(u"readonly.db"_s);
    QString reference;
    {
        LocalStore store;
        QVERIFY(store.open(p, LocalStore::OpenMode::ReadWrite, true).ok);
        const auto d = demo::DemoGenerator::generate(store, demoOptions(50));
        QVERIFY2(d.ok, qPrintable(d.message));
        TicketFilter fresh;
        fresh.statuses = {u"new"_s};
        reference = TicketRepository(store).page(fresh, 0, 1).value(0).reference;
        QVERIFY(!reference.isEmpty());
    }
    const QByteArray before = fileBytes(p);
    LocalStore store;
    const auto r = store.open(p, LocalStore::OpenMode::ReadOnly);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(store.isReadOnly());
    TicketRepository repo(store);
    QCOMPARE(repo.count({}), 50);

    TicketEditor editor(store);
    const Actor admin{u"admin"_s, Role::Admin, {}};
    const EditResult created = editor.create(sampleTicket(), admin);
    QCOMPARE(created.code, EditResult::Failure);
    QVERIFY(!created.message.isEmpty());
    const EditResult comment = editor.addComment(reference, CommentKind::Internal, u"note"_s, admin);
    QCOMPARE(comment.code, EditResult::Failure);
    QVERIFY(!comment.message.isEmpty());
    const EditResult status = editor.setStatus(reference, Status::Triage, {}, admin);
    QCOMPARE(status.code, EditResult::Failure);
    const auto setting = store.setSetting(u"x"_s, u"y"_s);
    QVERIFY(!setting.ok);
    QCOMPARE(setting.kind, LocalStore::ErrorKind::ReadOnly);

    QCOMPARE(repo.count({}), 50);
    QCOMPARE(scalar(store.database(), u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(scalar(store.database(), u"SELECT count(*) FROM comment WHERE text = 'note'"_s), 0);
    store.close();
    QCOMPARE(fileBytes(p), before);
}

void TestLocalStore::diskFull()
{
    const QString p = path(u"full.db"_s);
    LocalStore store;
    QVERIFY(store.open(p, LocalStore::OpenMode::ReadWrite, true).ok);
    const auto d = demo::DemoGenerator::generate(store, demoOptions(300));
    QVERIFY2(d.ok, qPrintable(d.message));
    TicketRepository repo(store);
    TicketFilter fresh;
    fresh.statuses = {u"new"_s};
    const QString reference = repo.page(fresh, 0, 1).value(0).reference;
    QVERIFY(!reference.isEmpty());
    const Actor admin{u"admin"_s, Role::Admin, {}};
    auto counts = [&] {
        return QList<qint64>{
            scalar(store.database(), u"SELECT count(*) FROM ticket"_s),
            scalar(store.database(), u"SELECT count(*) FROM outbox"_s),
            scalar(store.database(), u"SELECT count(*) FROM history"_s),
            scalar(store.database(), u"SELECT count(*) FROM comment"_s),
            scalar(store.database(), u"SELECT count(*) FROM reporter"_s),
            scalar(store.database(), u"SELECT last FROM reference_counter ORDER BY year DESC"_s)};
    };
    const QList<qint64> before = counts();
    QCOMPARE(before[0], 300);
    QCOMPARE(before[1], 0);

    // The store is "full": it may not grow by a single page.
    const qint64 pages = scalar(store.database(), u"PRAGMA page_count"_s);
    QVERIFY(pages > 0);
    QCOMPARE(scalar(store.database(), u"PRAGMA max_page_count = %1"_s.arg(pages)), pages);

    const QString big = u"Trou énorme. "_s.repeated(80000); // about 1 MB
    TicketEditor editor(store);
    auto mentionsFull = [](const QString &m) {
        // ... and never suggests the store is bad: the file is not in question.
        if (m.contains("endommag"_L1, Qt::CaseInsensitive) || m.contains("damaged"_L1, Qt::CaseInsensitive))
            return false;
        return m.contains("disque"_L1, Qt::CaseInsensitive) || m.contains("full"_L1, Qt::CaseInsensitive) ||
               m.contains("plein"_L1, Qt::CaseInsensitive);
    };
    const EditResult created = editor.create(sampleTicket(big), admin);
    QCOMPARE(created.code, EditResult::Failure);
    QVERIFY2(mentionsFull(created.message), qPrintable(created.message));
    QCOMPARE(counts(), before);

    const EditResult comment = editor.addComment(reference, CommentKind::Internal, big, admin);
    QCOMPARE(comment.code, EditResult::Failure);
    QVERIFY2(mentionsFull(comment.message), qPrintable(comment.message));
    QCOMPARE(counts(), before);

    const EditResult note = editor.setStatus(reference, Status::NoFurtherAction, {big, {}, {}}, admin);
    QCOMPARE(note.code, EditResult::Failure);
    QCOMPARE(counts(), before);

    // Once there is room again, work goes on on the same connection.
    QVERIFY(scalar(store.database(), u"PRAGMA max_page_count = 1073741823"_s) > pages);
    const EditResult again = editor.addComment(reference, CommentKind::Internal, u"Place libérée."_s, admin);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(scalar(store.database(), u"SELECT count(*) FROM outbox"_s), 1);
    store.close();

    // The store still opens and reads.
    LocalStore reopened;
    const auto r = reopened.open(p);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(TicketRepository(reopened).count({}), 300);
    QCOMPARE(TicketRepository(reopened).page({}, 0, 500).size(), 300);
    QCOMPARE(text(reopened.database(), u"PRAGMA integrity_check"_s), u"ok"_s);
}

void TestLocalStore::twoConnections()
{
    const QString p = path(u"shared.db"_s);
    LocalStore a, b;
    QVERIFY(a.open(p, LocalStore::OpenMode::ReadWrite, true).ok);
    QVERIFY(b.open(p).ok);
    QSignalSpy spyA(&a, &LocalStore::externallyChanged);
    QSignalSpy spyB(&b, &LocalStore::externallyChanged);
    QVERIFY(!a.pollExternalChanges());
    QVERIFY(!b.pollExternalChanges());

    TicketEditor editorA(a);
    const EditResult e = editorA.create(sampleTicket(), Actor{u"admin"_s, Role::Admin, {}});
    QVERIFY2(e.ok(), qPrintable(e.message));

    // Visible through the other connection, and reported there once.
    QCOMPARE(TicketRepository(b).count({}), 1);
    QVERIFY(TicketRepository(b).ticket(e.reference));
    QVERIFY(b.pollExternalChanges());
    QVERIFY(!b.pollExternalChanges());
    QCOMPARE(spyB.count(), 1);
    // A's own commit is not an external change for A.
    QVERIFY(!a.pollExternalChanges());
    QCOMPARE(spyA.count(), 0);

    // And the other way round.
    TicketEditor editorB(b);
    QVERIFY(
        editorB.addComment(e.reference, CommentKind::Internal, u"vu"_s, Actor{u"c.moreau"_s, Role::Agent, {}})
            .ok());
    QCOMPARE(TicketRepository(a).comments(e.ticketId).size(), 1);
    QVERIFY(a.pollExternalChanges());
    QVERIFY(!a.pollExternalChanges());
    QVERIFY(!b.pollExternalChanges());
    QCOMPARE(spyA.count(), 1);
}

void TestLocalStore::settings()
{
    LocalStore store;
    QVERIFY(store.open(path(u"settings.db"_s), LocalStore::OpenMode::ReadWrite, true).ok);
    QCOMPARE(store.setting(u"central_url"_s), QString());
    QCOMPARE(store.setting(u"central_url"_s, u"fallback"_s), u"fallback"_s);
    QVERIFY(store.setSetting(u"k"_s, u"v1"_s).ok);
    QVERIFY(store.setSetting(u"k"_s, u"v2"_s).ok);
    QCOMPARE(store.setting(u"k"_s), u"v2"_s);
    QCOMPARE(scalar(store.database(), u"SELECT count(*) FROM setting WHERE key = 'k'"_s), 1);
}

void TestLocalStore::clearDemoCity()
{
    // A workstation that explored the demo city, then connects to the city's database.
    LocalStore store;
    QVERIFY(store.open(path(u"demo-then-central.db"_s), LocalStore::OpenMode::ReadWrite, true).ok);
    QVERIFY(demo::DemoGenerator::generate(store, demoOptions(120)).ok);
    QVERIFY(store.holdsDemoCity());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT id FROM ticket LIMIT 1"_s) && q.next());
    QVERIFY(TicketEditor(store)
                .addComment(q.value(0).toString(), CommentKind::Internal, u"essai"_s,
                            {u"c.moreau"_s, Role::Agent, {}})
                .ok());
    QSignalSpy changed(&store, &LocalStore::ticketsChanged);
    const auto r = store.clearDemoCity();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(!store.holdsDemoCity());
    QCOMPARE(changed.count(), 1);
    for (const char *table :
         {"ticket", "reporter", "comment", "history", "photo", "outbox", "ticket_synced"}) {
        QVERIFY(q.exec(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))) && q.next());
        QVERIFY2(q.value(0).toInt() == 0, table);
    }
    QVERIFY(q.exec(u"SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'rue'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    // A store with the city's own data is never emptied this way.
    QVERIFY(TicketEditor(store)
                .create(
                    [] {
                        NewTicket n;
                        n.category = u"lampadaire"_s;
                        n.description = u"Lampadaire éteint"_s;
                        n.latitude = 48.8935;
                        n.longitude = 2.4045;
                        return n;
                    }(),
                    {u"c.moreau"_s, Role::Agent, {}})
                .ok());
    QVERIFY(store.clearDemoCity().ok);
    QVERIFY(q.exec(u"SELECT count(*) FROM ticket"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
