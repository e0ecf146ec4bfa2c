// SPDX-License-Identifier: GPL-3.0-or-later
// The central PostgreSQL database on the cluster the run started (pg_cluster.sh): lanternectl
// central init / migrate / user add, row-level security for each role, server-side audit, and
// revisions that follow commit order.
#include "sync/centraldatabase.h"
#include "sync/centralurl.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUuid>

using namespace lanterne;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

} // namespace

class TestCentral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void initIsIdempotent();
    void migrateNeedsInit();
    void userAdd();
    void rowLevelSecurityReads();
    void rowLevelSecurityWrites();
    void auditIsWrittenByTheServer();
    void revisionsFollowCommitOrder();
    void operationRetryGetsTheFirstReceipt();
    void sameOperationTwiceAtOnceIsAppliedOnce();
    void batchAppliesInOrderAndAnUnreadableOperationBlocksNothing();
    void conflictsArePerField();
    void operationsFollowTheWorkflowAndRights();
    void createdTicketsGetFinalReferences();
    void migrationUpgradesInPlace();

private:
    QString url(const QString &user) const
    {
        return u"postgresql://%1@%2:%3/%4"_s.arg(user, m_cluster.host).arg(m_cluster.port).arg(m_db);
    }
    Run ctl(const QStringList &args, const QString &password);
    QSqlDatabase connect(const QString &name, const QString &user, const QString &password,
                         const QString &database = {});
    void exec(QSqlDatabase db, const QString &sql);
    qint64 scalar(QSqlDatabase db, const QString &sql, bool *ok = nullptr);
    QString snapshot();
    void seed();
    QJsonObject apply(QSqlDatabase db, const QJsonObject &op);
    QString newTicket(QSqlDatabase db, const QString &team);

    TestCluster m_cluster;
    QString m_db;
    QTemporaryDir m_dir;
    QString m_suffix;
    QStringList m_connections;
    bool m_seeded = false;
};

Run TestCentral::ctl(const QStringList &args, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"PGPASSWORD"_s, password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LANTERNECTL_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QSqlDatabase TestCentral::connect(const QString &name, const QString &user, const QString &password,
                                  const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_cluster.host);
    db.setPort(m_cluster.port);
    db.setDatabaseName(database.isEmpty() ? m_db : database);
    if (!db.open(user, password))
        qWarning() << "cannot connect as" << user << db.lastError().text();
    m_connections.append(name);
    return db;
}

void TestCentral::exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        QFAIL(qPrintable(u"%1: %2"_s.arg(sql.left(200), q.lastError().text())));
}

qint64 TestCentral::scalar(QSqlDatabase db, const QString &sql, bool *ok)
{
    QSqlQuery q(db);
    const bool done = q.exec(sql) && q.next();
    if (ok)
        *ok = done;
    return done ? q.value(0).toLongLong() : -1;
}

void TestCentral::initTestCase()
{
    m_cluster = TestCluster::load();
    if (m_cluster.port == 0)
        QSKIP("no PostgreSQL test cluster (run through ctest, which starts one)");
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));
    // A database of our own on the shared cluster; logins are cluster-wide: suffixed names.
    m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_db = u"central_"_s + m_suffix;
    QSqlDatabase admin = connect(u"admin"_s, m_cluster.superuser, m_cluster.superpass, u"postgres"_s);
    QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
    exec(admin, u"CREATE DATABASE "_s + m_db);
    const Run r = ctl({u"central"_s, u"init"_s, u"--url"_s, url(m_cluster.superuser)}, m_cluster.superpass);
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestCentral::cleanupTestCase()
{
    for (const QString &c : std::as_const(m_connections))
        QSqlDatabase::database(c, false).close();
    if (m_cluster.port == 0)
        return;
    QSqlDatabase admin = QSqlDatabase::database(u"admin"_s, false);
    if (admin.open())
        QSqlQuery(admin).exec(u"DROP DATABASE IF EXISTS "_s + m_db + u" WITH (FORCE)"_s);
}

QString TestCentral::snapshot()
{
    // Everything init creates or writes: objects, policies, roles, versions, rows (by xmin).
    QSqlDatabase db =
        connect(u"snap-"_s + QString::number(m_connections.size()), m_cluster.superuser, m_cluster.superpass);
    QSqlQuery q(db);
    q.exec(
        u"SELECT (SELECT string_agg(relname || ':' || relkind::text, ',' ORDER BY relname) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname = 'lanterne'), "
        "(SELECT string_agg(proname || ':' || md5(prosrc), ',' ORDER BY proname) FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE nspname = 'lanterne'), "
        "(SELECT string_agg(tablename || '.' || policyname || ':' || coalesce(qual, ''), ',' ORDER BY "
        "tablename, "
        "policyname) FROM pg_policies WHERE schemaname = 'lanterne'), "
        "(SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE 'lanterne%'), "
        "(SELECT string_agg(version || '@' || applied_at, ',' ORDER BY version) FROM "
        "lanterne.schema_migration), "
        "(SELECT string_agg(code || ':' || xmin, ',' ORDER BY code) FROM lanterne.municipality), "
        "(SELECT datacl::text FROM pg_database WHERE datname = current_database())"_s);
    if (q.lastError().isValid())
        qWarning() << "snapshot:" << q.lastError().text();
    QStringList parts;
    if (q.next())
        for (int i = 0; i < 7; ++i)
            parts.append(q.value(i).toString());
    db.close();
    return parts.join(u'\n');
}

void TestCentral::initIsIdempotent()
{
    const QString before = snapshot();
    QVERIFY(before.contains(u"ticket:r"_s));
    QVERIFY(before.contains(u"93055:"_s));
    Run r = ctl({u"central"_s, u"init"_s, u"--url"_s, url(m_cluster.superuser), u"--json"_s},
                m_cluster.superpass);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains(QByteArray("\"schema_version\": ") +
                           QByteArray::number(CentralDatabase::latestSchemaVersion())));
    QCOMPARE(snapshot(), before);
    r = ctl({u"central"_s, u"migrate"_s, u"--url"_s, url(m_cluster.superuser)}, m_cluster.superpass);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(snapshot(), before);
}

void TestCentral::migrateNeedsInit()
{
    QSqlDatabase admin = QSqlDatabase::database(u"admin"_s);
    const QString empty = m_db + u"_empty"_s;
    exec(admin, u"CREATE DATABASE "_s + empty);
    const QString emptyUrl =
        u"postgresql://%1@%2:%3/%4"_s.arg(m_cluster.superuser, m_cluster.host).arg(m_cluster.port).arg(empty);
    const Run r = ctl({u"central"_s, u"migrate"_s, u"--url"_s, emptyUrl}, m_cluster.superpass);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("central init"));
    QVERIFY(!r.err.contains(m_cluster.superpass.toUtf8()));
    // A workstation pointed at it is told so, in words.
    const Run sync =
        ctl({u"--db"_s, m_dir.filePath(u"empty-sync.db"_s), u"sync"_s, u"--once"_s, u"--url"_s, emptyUrl},
            m_cluster.superpass);
    QCOMPARE(sync.code, 1);
    QVERIFY2(sync.err.contains("n'a pas le schéma de Lanterne"), sync.err.constData());
    exec(admin, u"DROP DATABASE "_s + empty);
    // A wrong password: refused, said, and never echoed.
    const Run bad =
        ctl({u"central"_s, u"init"_s, u"--url"_s, url(m_cluster.superuser)}, u"not-the-password"_s);
    QCOMPARE(bad.code, 1);
    QVERIFY(!bad.err.contains("not-the-password"));
}

void TestCentral::userAdd()
{
    QFile pw(m_dir.filePath(u"pw"_s));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("pw-agent\n");
    pw.close();
    const QString login = u"agent."_s + m_suffix;
    Run r = ctl({u"central"_s, u"user"_s, u"add"_s, login, u"--role"_s, u"agent"_s, u"--municipality"_s,
                 u"93055"_s, u"--service"_s, u"relation"_s, u"--password-file"_s, pw.fileName(), u"--url"_s,
                 url(m_cluster.superuser)},
                m_cluster.superpass);
    QVERIFY2(r.code == 0, r.err.constData());
    QSqlDatabase db = connect(u"useradd"_s, login, u"pw-agent"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT role, municipality, service FROM lanterne.app_user"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"agent"_s);
    QCOMPARE(q.value(1).toString(), u"93055"_s);
    QCOMPARE(q.value(2).toString(), u"relation"_s);
    QVERIFY(!q.next()); // only their own mapping
    // The server got a SCRAM verifier, never the password itself.
    {
        QSqlDatabase super = connect(u"useradd-super"_s, m_cluster.superuser, m_cluster.superpass);
        QSqlQuery a(super);
        QVERIFY(a.exec(u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_s.arg(login)) && a.next());
        QVERIFY2(a.value(0).toString().startsWith(u"SCRAM-SHA-256$"_s), qPrintable(a.value(0).toString()));
        QVERIFY(!a.value(0).toString().contains(u"pw-agent"_s));
    }

    // Bad input: exit 2 with a message, nothing created.
    r = ctl({u"central"_s, u"user"_s, u"add"_s, u"x."_s + m_suffix, u"--role"_s, u"agent"_s,
             u"--municipality"_s, u"99999"_s, u"--url"_s, url(m_cluster.superuser)},
            m_cluster.superpass);
    QCOMPARE(r.code, 2);
    r = ctl({u"central"_s, u"user"_s, u"add"_s, u"y."_s + m_suffix, u"--role"_s, u"field"_s,
             u"--municipality"_s, u"93055"_s, u"--url"_s, url(m_cluster.superuser)},
            m_cluster.superpass);
    QCOMPARE(r.code, 2); // a field login needs a team
    r = ctl({u"central"_s, u"user"_s, u"add"_s, u"z"_s, u"--role"_s, u"boss"_s, u"--municipality"_s,
             u"93055"_s, u"--url"_s, url(m_cluster.superuser)},
            m_cluster.superpass);
    QCOMPARE(r.code, 2);
    QCOMPARE(scalar(QSqlDatabase::database(u"admin"_s),
                    u"SELECT count(*) FROM pg_roles WHERE rolname IN ('x.%1', 'y.%1')"_s.arg(m_suffix)),
             0);
}

void TestCentral::seed()
{
    if (m_seeded)
        return;
    m_seeded = true;
    // Logins of each role, one of another municipality, one with no mapping.
    struct U
    {
        const char *name, *role, *municipality, *team;
    };
    const U users[] = {{"ag", "agent", "93055", ""},
                       {"sup", "supervisor", "93055", ""},
                       {"fld", "field", "93055", "voirie-nord"},
                       {"adm", "admin", "93055", ""},
                       {"mtr", "agent", "93048", ""}};
    QSqlDatabase su = connect(u"seed"_s, m_cluster.superuser, m_cluster.superpass);
    for (const U &u : users) {
        QSqlQuery q(su);
        q.prepare(u"SELECT lanterne.add_user(?, ?, ?, '', ?, 'pw')"_s);
        q.addBindValue(QString::fromLatin1(u.name) + u'.' + m_suffix);
        q.addBindValue(QString::fromLatin1(u.role));
        q.addBindValue(QString::fromLatin1(u.municipality));
        q.addBindValue(QString::fromLatin1(u.team));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    exec(su, u"CREATE ROLE \"nomap.%1\" LOGIN PASSWORD 'pw' IN ROLE lanterne_agent"_s.arg(m_suffix));
    // 5 tickets of Pantin (2 of voirie-nord, 3 of proprete-a), 4 of Montreuil; a reporter and a
    // comment on each.
    int n = 0;
    auto add = [&](const QString &municipality, const QString &team) {
        ++n;
        const QString reporter = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString ticket = QUuid::createUuid().toString(QUuid::WithoutBraces);
        exec(su, u"INSERT INTO lanterne.reporter (id, municipality, name, email) VALUES ('%1', '%2', 'R %3', "
                 "'r%3@example.org')"_s.arg(reporter, municipality)
                     .arg(n));
        exec(
            su,
            u"INSERT INTO lanterne.ticket (id, municipality, reference, kind, category, latitude, longitude, "
            "channel, reporter_id, status, priority, team, created_at) VALUES ('%1', '%2', 'T-%3-%4', "
            "'report', "
            "'lampadaire', 48.9, 2.4, 'phone', '%5', 'new', 'normal', '%6', now())"_s
                .arg(ticket, municipality, m_suffix)
                .arg(n)
                .arg(reporter, team));
        exec(su,
             u"INSERT INTO lanterne.comment (id, ticket_id, municipality, kind, author, text) VALUES ('%1', "
             "'%2', '%3', 'internal', 'seed', 'note')"_s.arg(
                 QUuid::createUuid().toString(QUuid::WithoutBraces), ticket, municipality));
    };
    add(u"93055"_s, u"voirie-nord"_s);
    add(u"93055"_s, u"voirie-nord"_s);
    for (int i = 0; i < 3; ++i)
        add(u"93055"_s, u"proprete-a"_s);
    for (int i = 0; i < 4; ++i)
        add(u"93048"_s, u"voirie-nord"_s);
}

void TestCentral::rowLevelSecurityReads()
{
    seed();
    struct Expect
    {
        const char *login;
        qint64 tickets, reporters, comments, history; // -1: permission denied
    };
    // history: one "created" row per visible ticket.
    const Expect matrix[] = {{"ag", 5, 5, 5, 5},   {"sup", 5, 5, 5, 5}, {"adm", 5, 5, 5, 5},
                             {"fld", 2, -1, 2, 2}, {"mtr", 4, 4, 4, 4}, {"nomap", 0, 0, 0, 0}};
    for (const Expect &e : matrix) {
        const QString login = QString::fromLatin1(e.login) + u'.' + m_suffix;
        QSqlDatabase db = connect(u"read-"_s + login, login, u"pw"_s);
        QVERIFY2(db.isOpen(), qPrintable(login + db.lastError().text()));
        bool ok = false;
        QCOMPARE(scalar(db,
                        u"SELECT count(*) FROM lanterne.ticket WHERE reference LIKE 'T-%1-%'"_s.arg(m_suffix),
                        &ok),
                 e.tickets);
        const qint64 reporters = scalar(db, u"SELECT count(*) FROM lanterne.reporter"_s, &ok);
        if (e.reporters < 0)
            QVERIFY2(!ok, qPrintable(login + u": personal data must not be readable"_s));
        else
            QCOMPARE(reporters, e.reporters);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM lanterne.comment"_s), e.comments);
        QCOMPARE(
            scalar(db, u"SELECT count(*) FROM lanterne.history WHERE field = 'created' AND new_value LIKE "
                       "'T-%1-%'"_s.arg(m_suffix)),
            e.history);
        db.close();
    }
}

void TestCentral::rowLevelSecurityWrites()
{
    // Clients hold no write privilege on any table (tst_security checks every table and role):
    // whatever the rows, a direct write is refused, not silently limited to the user's scope.
    seed();
    for (const char *who : {"ag", "sup", "fld", "adm", "mtr", "nomap"}) {
        const QString login = QString::fromLatin1(who) + u'.' + m_suffix;
        QSqlDatabase db = connect(u"w-"_s + login, login, u"pw"_s);
        for (const QString &sql :
             {u"UPDATE lanterne.ticket SET priority = 'high'"_s,
              u"UPDATE lanterne.ticket SET status = 'in_progress'"_s, u"DELETE FROM lanterne.ticket"_s,
              u"INSERT INTO lanterne.history (ticket_id, municipality, author, field) SELECT id, "
              "municipality, 'x', 'x' FROM lanterne.ticket LIMIT 1"_s,
              u"UPDATE lanterne.comment SET deleted_at = now()"_s}) {
            QSqlQuery q(db);
            QVERIFY2(!q.exec(sql), qPrintable(login + u": "_s + sql));
            QCOMPARE(q.lastError().nativeErrorCode(), u"42501"_s); // insufficient_privilege
        }
        db.close();
    }
    QCOMPARE(scalar(QSqlDatabase::database(u"admin"_s), u"SELECT 1"_s), 1);
}

void TestCentral::auditIsWrittenByTheServer()
{
    seed();
    QSqlDatabase agent = connect(u"audit-ag"_s, u"ag."_s + m_suffix, u"pw"_s);
    const QString reference = u"T-%1-3"_s.arg(m_suffix);
    bool ok = false;
    QSqlQuery id(agent);
    QVERIFY(id.exec(u"SELECT id FROM lanterne.ticket WHERE reference = '%1'"_s.arg(reference)) && id.next());
    const QString ticket = id.value(0).toString();
    // A session setting the server used to read: set by the client, it changes nothing.
    exec(agent, u"SELECT set_config('lanterne.op_id', '6f1c2e1a-0000-4000-8000-000000000001', false)"_s);
    const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject op{
        {u"op_id"_s, opId},
        {u"op_type"_s, u"assign"_s},
        {u"entity_id"_s, ticket},
        {u"payload"_s,
         QJsonObject{{u"fields"_s,
                      QJsonObject{{u"assignee"_s, QJsonObject{{u"old"_s, u""_s}, {u"new"_s, u"ag"_s}}}}}}}};
    QSqlQuery a(agent);
    QVERIFY(a.prepare(u"SELECT lanterne.apply(?::jsonb)"_s));
    a.addBindValue(QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
    QVERIFY2(a.exec() && a.next(), qPrintable(a.lastError().text()));
    QVERIFY2(a.value(0).toString().contains(u"applied"_s), qPrintable(a.value(0).toString()));
    QSqlQuery q(agent);
    QVERIFY(q.exec(
        u"SELECT field, old_value, new_value, author, op_id FROM lanterne.history h JOIN lanterne.ticket t "
        "ON t.id = h.ticket_id WHERE t.reference = '%1' AND field <> 'created' ORDER BY field"_s.arg(
            reference)));
    QStringList seen;
    while (q.next()) {
        seen.append(q.value(0).toString() + u':' + q.value(1).toString() + u'>' + q.value(2).toString());
        QCOMPARE(q.value(3).toString(), u"ag."_s + m_suffix);
        QCOMPARE(q.value(4).toString(), opId);
    }
    QCOMPARE(seen, QStringList{u"assignee:>ag"_s});
    // A change made outside the operations (an administrator's SQL) is in the history too, every
    // column of it, with no operation's id.
    QSqlDatabase su = QSqlDatabase::database(u"seed"_s);
    exec(su, u"UPDATE lanterne.ticket SET kind = 'suggestion', channel = 'web', created_at = created_at - "
             "interval '1 day' WHERE id = '%1'"_s.arg(ticket));
    QCOMPARE(
        scalar(agent,
               u"SELECT count(*) FROM lanterne.history WHERE ticket_id = '%1' AND op_id IS NULL AND author = "
               "'%2' AND field IN ('kind', 'channel', 'created_at')"_s.arg(ticket, m_cluster.superuser),
               &ok),
        3);
}

void TestCentral::revisionsFollowCommitOrder()
{
    seed();
    // A slow transaction A takes a revision and holds it; B (same municipality) starts later. B
    // must not become visible with a higher revision before A commits, or a reader whose cursor
    // passed B's revision would never see A's change. C, of another municipality, does not wait.
    QSqlDatabase a = connect(u"rev-a"_s, u"ag."_s + m_suffix, u"pw"_s);
    QSqlDatabase reader = connect(u"rev-reader"_s, u"sup."_s + m_suffix, u"pw"_s);
    const QString t1 = u"T-%1-4"_s.arg(m_suffix), t2 = u"T-%1-5"_s.arg(m_suffix),
                  t3 = u"T-%1-6"_s.arg(m_suffix);
    auto idOf = [&](const QString &reference) {
        QSqlQuery q(QSqlDatabase::database(u"seed"_s));
        q.exec(u"SELECT id FROM lanterne.ticket WHERE reference = '%1'"_s.arg(reference));
        return q.next() ? q.value(0).toString() : QString();
    };
    auto describe = [&](const QString &reference, const QString &text) {
        return QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"op_type"_s, u"edit_description"_s},
                            {u"entity_id"_s, idOf(reference)},
                            {u"payload"_s,
                             QJsonObject{{u"fields"_s,
                                          QJsonObject{{u"description"_s,
                                                       QJsonObject{{u"old"_s, u""_s}, {u"new"_s, text}}}}}}}})
                .toJson(QJsonDocument::Compact));
    };
    exec(a, u"BEGIN"_s);
    {
        QSqlQuery q(a);
        QVERIFY(q.prepare(u"SELECT lanterne.apply(?::jsonb)"_s));
        q.addBindValue(describe(t1, u"A"_s));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    }
    const qint64 ra = scalar(a, u"SELECT revision FROM lanterne.ticket WHERE reference = '%1'"_s.arg(t1));
    QVERIFY(ra > 0);

    auto psql = [&](QProcess &p, const QString &login, const QString &json) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, u"pw"_s);
        p.setProcessEnvironment(env);
        p.start(u"psql"_s, {u"-h"_s, m_cluster.host, u"-p"_s, QString::number(m_cluster.port), u"-U"_s, login,
                            u"-d"_s, m_db, u"-tA"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-c"_s,
                            u"SELECT lanterne.apply('%1'::jsonb)"_s.arg(json)});
    };
    QProcess b, c;
    psql(b, u"sup."_s + m_suffix, describe(t2, u"B"_s));
    QVERIFY(b.waitForStarted());
    QVERIFY2(!b.waitForFinished(800), "B must wait for A's revision to commit");
    // Montreuil's writers do not wait for Pantin's.
    psql(c, u"mtr."_s + m_suffix, describe(u"T-%1-7"_s.arg(m_suffix), u"C"_s));
    QVERIFY(c.waitForFinished(5000));
    QCOMPARE(c.exitCode(), 0);
    QVERIFY2(c.readAllStandardOutput().contains("applied"), "C applied while A holds Pantin's revisions");

    const qint64 cursor = scalar(reader, u"SELECT coalesce(max(revision), 0) FROM lanterne.ticket"_s);
    QVERIFY(cursor < ra);
    exec(a, u"COMMIT"_s);
    QVERIFY(b.waitForFinished(10000));
    QCOMPARE(b.exitCode(), 0);
    const qint64 rb =
        scalar(reader, u"SELECT revision FROM lanterne.ticket WHERE reference = '%1'"_s.arg(t2));
    QVERIFY(rb > ra);
    // Pulling "revision > cursor" now sees both changes.
    QCOMPARE(
        scalar(reader,
               u"SELECT count(*) FROM lanterne.ticket WHERE revision > %1 AND reference IN ('%2', '%3')"_s
                   .arg(cursor)
                   .arg(t1, t2)),
        2);
    Q_UNUSED(t3)
}

QJsonObject TestCentral::apply(QSqlDatabase db, const QJsonObject &op)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT lanterne.apply(?::jsonb)"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
    if (!q.exec() || !q.next()) {
        qWarning() << "apply:" << q.lastError().text();
        return {};
    }
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject fieldOp(const QString &type, const QString &ticket, const QJsonObject &fields)
{
    return {{u"op_id"_s, uuid()},
            {u"op_type"_s, type},
            {u"entity_id"_s, ticket},
            {u"payload"_s, QJsonObject{{u"fields"_s, fields}}}};
}

QJsonObject change(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return {{u"old"_s, oldValue}, {u"new"_s, newValue}};
}
} // namespace

QString TestCentral::newTicket(QSqlDatabase db, const QString &team)
{
    const QString id = uuid();
    const QJsonObject r = apply(db, {{u"op_id"_s, uuid()},
                                     {u"op_type"_s, u"create_ticket"_s},
                                     {u"entity_id"_s, id},
                                     {u"payload"_s, QJsonObject{{u"category"_s, u"lampadaire"_s},
                                                                {u"description"_s, u"Lampadaire éteint"_s},
                                                                {u"latitude"_s, 48.9},
                                                                {u"longitude"_s, 2.4},
                                                                {u"channel"_s, u"phone"_s},
                                                                {u"team"_s, team}}}});
    return r.value("status"_L1).toString() == "applied"_L1 ? id : QString();
}

void TestCentral::batchAppliesInOrderAndAnUnreadableOperationBlocksNothing()
{
    seed();
    QSqlDatabase agent = connect(u"op-batch"_s, u"ag."_s + m_suffix, u"pw"_s);
    const QString ticket = newTicket(agent, u"voirie-nord"_s);
    QVERIFY(!ticket.isEmpty());
    // In order: the second operation is based on the first one's value.
    const QJsonArray batch{
        fieldOp(u"set_priority"_s, ticket, {{u"priority"_s, change(u"normal"_s, u"high"_s)}}),
        QJsonObject{{u"op_type"_s, u"set_priority"_s}, {u"payload"_s, 12}}, // unreadable: no UUID
        fieldOp(u"set_priority"_s, ticket, {{u"priority"_s, change(u"high"_s, u"urgent"_s)}}),
    };
    QSqlQuery q(agent);
    QVERIFY(q.prepare(u"SELECT r FROM lanterne.apply_batch(?::jsonb) AS r"_s));
    q.addBindValue(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QList<QJsonObject> receipts;
    while (q.next())
        receipts.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    QCOMPARE(receipts.size(), 3);
    QCOMPARE(receipts[0].value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(receipts[1].value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(receipts[1].value("reason"_L1).toString(), u"22023"_s);
    QCOMPARE(receipts[2].value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(receipts[2].value("op_id"_L1).toString(), batch[2].toObject().value("op_id"_L1).toString());
    QCOMPARE(
        scalar(agent,
               u"SELECT count(*) FROM lanterne.ticket WHERE id = '%1' AND priority = 'urgent'"_s.arg(ticket)),
        1);
}

void TestCentral::operationRetryGetsTheFirstReceipt()
{
    seed();
    QSqlDatabase agent = connect(u"op-retry"_s, u"ag."_s + m_suffix, u"pw"_s);
    const QString ticket = newTicket(agent, u"voirie-nord"_s);
    QVERIFY(!ticket.isEmpty());
    const QJsonObject op =
        fieldOp(u"set_priority"_s, ticket, {{u"priority"_s, change(u"normal"_s, u"high"_s)}});
    const QJsonObject first = apply(agent, op);
    QCOMPARE(first.value("status"_L1).toString(), u"applied"_s);
    // The reply was lost: the workstation sends the same operation again.
    const QJsonObject again = apply(agent, op);
    QCOMPARE(again.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(again.value("replayed"_L1).toBool(), true);
    QCOMPARE(again.value("revision"_L1), first.value("revision"_L1));
    QCOMPARE(scalar(agent, u"SELECT count(*) FROM lanterne.history WHERE op_id = '%1'"_s.arg(
                               op.value("op_id"_L1).toString())),
             1);
}

void TestCentral::sameOperationTwiceAtOnceIsAppliedOnce()
{
    // A workstation killed in the middle of a push: its server process is still applying the
    // operation when the next sync sends it again. The retry waits, then gets the first receipt.
    seed();
    QSqlDatabase first = connect(u"op-twice"_s, u"ag."_s + m_suffix, u"pw"_s);
    const QString ticketId = uuid();
    const QJsonObject op{{u"op_id"_s, uuid()},
                         {u"op_type"_s, u"create_ticket"_s},
                         {u"entity_id"_s, ticketId},
                         {u"payload"_s, QJsonObject{{u"category"_s, u"lampadaire"_s},
                                                    {u"description"_s, u"Envoyé deux fois"_s},
                                                    {u"latitude"_s, 48.8935},
                                                    {u"longitude"_s, 2.4045},
                                                    {u"status"_s, u"new"_s},
                                                    {u"created_at"_s, QDateTime::currentMSecsSinceEpoch()}}}};
    exec(first, u"BEGIN"_s);
    const QJsonObject applied = apply(first, op);
    QCOMPARE(applied.value("status"_L1).toString(), u"applied"_s);

    QProcess retry;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, u"pw"_s);
    retry.setProcessEnvironment(env);
    const QString json = QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact));
    retry.start(u"psql"_s, {u"-h"_s, m_cluster.host, u"-p"_s, QString::number(m_cluster.port), u"-U"_s,
                            u"ag."_s + m_suffix, u"-d"_s, m_db, u"-tA"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s,
                            u"-c"_s, u"SELECT lanterne.apply('%1'::jsonb)"_s.arg(json)});
    QVERIFY(retry.waitForStarted());
    QVERIFY2(!retry.waitForFinished(800), "the retry must wait for the first attempt");
    exec(first, u"COMMIT"_s);
    QVERIFY(retry.waitForFinished(10000));
    QCOMPARE(retry.exitCode(), 0);
    const QJsonObject again = QJsonDocument::fromJson(retry.readAllStandardOutput().trimmed()).object();
    QCOMPARE(again.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(again.value("replayed"_L1).toBool(), true);
    QCOMPARE(again.value("reference"_L1), applied.value("reference"_L1));
    QCOMPARE(scalar(first, u"SELECT count(*) FROM lanterne.ticket WHERE id = '%1'"_s.arg(ticketId)), 1);
}

void TestCentral::conflictsArePerField()
{
    seed();
    QSqlDatabase a = connect(u"op-conf-a"_s, u"ag."_s + m_suffix, u"pw"_s);
    QSqlDatabase b = connect(u"op-conf-b"_s, u"sup."_s + m_suffix, u"pw"_s);
    const QString ticket = newTicket(a, u"proprete-a"_s);
    // Both saw priority "normal" and no assignee. Different fields: no conflict.
    QCOMPARE(apply(a, fieldOp(u"set_priority"_s, ticket, {{u"priority"_s, change(u"normal"_s, u"high"_s)}}))
                 .value("status"_L1)
                 .toString(),
             u"applied"_s);
    QCOMPARE(apply(b, fieldOp(u"assign"_s, ticket, {{u"assignee"_s, change(u""_s, u"c.moreau"_s)}}))
                 .value("status"_L1)
                 .toString(),
             u"applied"_s);
    // The same field: the second one conflicts, carries the server's value, overwrites nothing.
    const QJsonObject r =
        apply(b, fieldOp(u"set_priority"_s, ticket, {{u"priority"_s, change(u"normal"_s, u"low"_s)}}));
    QCOMPARE(r.value("status"_L1).toString(), u"conflict"_s);
    const QJsonObject c = r.value("conflicts"_L1).toObject().value("priority"_L1).toObject();
    QCOMPARE(c.value("server"_L1).toString(), u"high"_s);
    QCOMPARE(c.value("yours"_L1).toString(), u"low"_s);
    QSqlQuery q(a);
    QVERIFY(q.exec(u"SELECT priority, assignee FROM lanterne.ticket WHERE id = '%1'"_s.arg(ticket)) &&
            q.next());
    QCOMPARE(q.value(0).toString(), u"high"_s);
    QCOMPARE(q.value(1).toString(), u"c.moreau"_s);
}

void TestCentral::operationsFollowTheWorkflowAndRights()
{
    seed();
    QSqlDatabase agent = connect(u"op-wf-ag"_s, u"ag."_s + m_suffix, u"pw"_s);
    QSqlDatabase sup = connect(u"op-wf-sup"_s, u"sup."_s + m_suffix, u"pw"_s);
    QSqlDatabase field = connect(u"op-wf-fld"_s, u"fld."_s + m_suffix, u"pw"_s);
    QSqlDatabase nomap = connect(u"op-wf-nomap"_s, u"nomap."_s + m_suffix, u"pw"_s);
    const QString own = newTicket(agent, u"voirie-nord"_s);
    const QString other = newTicket(agent, u"proprete-a"_s);
    auto status = [&](QSqlDatabase db, const QString &t, const QString &from, const QString &to) {
        return apply(db, fieldOp(u"set_status"_s, t, {{u"status"_s, change(from, to)}}));
    };
    QJsonObject r = status(agent, own, u"new"_s, u"cancelled"_s);
    QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(r.value("reason"_L1).toString(), u"agent_cannot_cancel"_s);
    QCOMPARE(status(agent, own, u"new"_s, u"new"_s).value("reason"_L1).toString(), u"same_status"_s);
    // A field team: their team's ticket, their statuses, nothing else.
    QCOMPARE(status(field, own, u"new"_s, u"in_progress"_s).value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(status(field, own, u"in_progress"_s, u"closed"_s).value("reason"_L1).toString(),
             u"field_status_not_allowed"_s);
    QCOMPARE(status(field, other, u"new"_s, u"in_progress"_s).value("reason"_L1).toString(),
             u"not_found_or_out_of_scope"_s);
    QCOMPARE(
        apply(field, fieldOp(u"set_priority"_s, own, {{u"priority"_s, change(u"normal"_s, u"urgent"_s)}}))
            .value("reason"_L1)
            .toString(),
        u"field_cannot_edit"_s);
    // A supervisor may close and reopen.
    QCOMPARE(status(sup, own, u"in_progress"_s, u"cancelled"_s).value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(status(agent, own, u"cancelled"_s, u"acknowledged"_s).value("reason"_L1).toString(),
             u"agent_cannot_reopen"_s);
    QCOMPARE(status(sup, own, u"cancelled"_s, u"acknowledged"_s).value("status"_L1).toString(), u"applied"_s);
    // A login with no mapping: every operation is refused, with a receipt.
    QCOMPARE(status(nomap, own, u"acknowledged"_s, u"planned"_s).value("reason"_L1).toString(),
             u"no_mapping"_s);
    // Receipts are each login's own.
    QCOMPARE(scalar(field, u"SELECT count(*) FROM lanterne.receipt WHERE login <> session_user"_s), 0);
}

void TestCentral::createdTicketsGetFinalReferences()
{
    seed();
    QSqlDatabase agent = connect(u"op-ref"_s, u"ag."_s + m_suffix, u"pw"_s);
    QStringList references;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject r = apply(
            agent,
            {{u"op_id"_s, uuid()},
             {u"op_type"_s, u"create_ticket"_s},
             {u"entity_id"_s, uuid()},
             {u"payload"_s, QJsonObject{{u"reference"_s, u"PAN-2026-P1A2B3C4D"_s},
                                        {u"provisional"_s, true},
                                        {u"category"_s, u"rats"_s},
                                        {u"latitude"_s, 48.9},
                                        {u"longitude"_s, 2.4},
                                        {u"created_at"_s, double(QDateTime::currentMSecsSinceEpoch())}}}});
        QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
        references.append(r.value("reference"_L1).toString());
    }
    // Numbered in the current year (Europe/Paris), whatever the client said.
    const QRegularExpression final(u"^PAN-%1-(\\d{6})$"_s.arg(
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Paris")).date().year()));
    for (qsizetype i = 0; i < references.size(); ++i) {
        const auto m = final.match(references[i]);
        QVERIFY2(m.hasMatch(), qPrintable(references[i]));
        if (i > 0)
            QCOMPARE(m.captured(1).toInt(), final.match(references[i - 1]).captured(1).toInt() + 1);
    }
}

void TestCentral::migrationUpgradesInPlace()
{
    // A database at schema 5 with its data, its logins and a workstation's cursor: migrated in
    // place, nothing lost, every cursor still valid, and the new rules in force.
    QSqlDatabase admin = QSqlDatabase::database(u"admin"_s);
    const QString old = m_db + u"_v5"_s;
    exec(admin, u"CREATE DATABASE "_s + old);
    QSqlDatabase v5 = connect(u"v5"_s, m_cluster.superuser, m_cluster.superpass, old);
    auto script = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    // The first script of bootstrap.sql as it was: roles and schema (the new one is a superset).
    exec(v5, script(u":/lanterne/sql/central/bootstrap.sql"_s));
    exec(v5, u"SET ROLE lanterne_owner; CREATE TABLE lanterne.schema_migration (version integer PRIMARY KEY, "
             "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()); RESET ROLE"_s);
    for (const char *name : {"001_initial.sql", "002_operations.sql", "003_batch.sql", "004_triage.sql",
                             "005_interventions.sql"}) {
        exec(v5, u"BEGIN"_s);
        exec(v5, u"SET LOCAL ROLE lanterne_owner"_s);
        exec(v5, script(u":/lanterne/sql/central/"_s + QString::fromLatin1(name)));
        exec(v5, u"INSERT INTO lanterne.schema_migration (version, name) VALUES (%1, '%2')"_s
                     .arg(QString::fromLatin1(name).left(3).toInt())
                     .arg(QString::fromLatin1(name)));
        exec(v5, u"COMMIT"_s);
    }
    exec(v5, u"INSERT INTO lanterne.municipality VALUES ('93055', 'Pantin', 'PAN'), ('93048', 'Montreuil', "
             "'MTR')"_s);
    exec(v5, u"SELECT lanterne.add_user('old.%1', 'agent', '93055', '', '', 'pw')"_s.arg(m_suffix));
    for (int i = 1; i <= 3; ++i)
        exec(
            v5,
            u"INSERT INTO lanterne.ticket (id, municipality, reference, kind, category, latitude, longitude, "
            "channel, status, priority, created_at) VALUES (gen_random_uuid(), '%1', 'OLD-%2', 'report', "
            "'rats', 48.9, 2.4, 'phone', 'new', 'normal', now())"_s.arg(i == 3 ? u"93048"_s : u"93055"_s)
                .arg(i));
    const qint64 cursor = scalar(v5, u"SELECT max(revision) FROM lanterne.ticket"_s);
    QVERIFY(cursor >= 3);
    // The old login could write directly.
    QSqlDatabase before = connect(u"v5-old"_s, u"old."_s + m_suffix, u"pw"_s, old);
    exec(before, u"UPDATE lanterne.ticket SET priority = 'high' WHERE reference = 'OLD-1'"_s);
    before.close();

    const QString oldUrl =
        u"postgresql://%1@%2:%3/%4"_s.arg(m_cluster.superuser, m_cluster.host).arg(m_cluster.port).arg(old);
    const Run r = ctl({u"central"_s, u"migrate"_s, u"--url"_s, oldUrl}, m_cluster.superpass);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(scalar(v5, u"SELECT max(version) FROM lanterne.schema_migration"_s),
             qint64(CentralDatabase::latestSchemaVersion()));
    QCOMPARE(scalar(v5, u"SELECT count(*) FROM lanterne.ticket WHERE reference LIKE 'OLD-%'"_s), 3);
    QCOMPARE(
        scalar(v5, u"SELECT count(*) FROM lanterne.ticket WHERE reference = 'OLD-1' AND priority = 'high'"_s),
        1);
    // Every municipality numbers on from where the shared counter was.
    exec(v5, u"UPDATE lanterne.ticket SET description = 'after' WHERE reference IN ('OLD-2', 'OLD-3')"_s);
    QVERIFY(scalar(v5, u"SELECT min(revision) FROM lanterne.ticket WHERE reference IN ('OLD-2', 'OLD-3')"_s) >
            cursor);
    // The login now only reads, with the app's timeouts.
    QSqlDatabase after = connect(u"v5-new"_s, u"old."_s + m_suffix, u"pw"_s, old);
    QSqlQuery q(after);
    QVERIFY(!q.exec(u"UPDATE lanterne.ticket SET priority = 'low' WHERE reference = 'OLD-1'"_s));
    QCOMPARE(q.lastError().nativeErrorCode(), u"42501"_s);
    QVERIFY(q.exec(u"SELECT current_setting('idle_in_transaction_session_timeout')"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"10s"_s);
    QCOMPARE(scalar(after, u"SELECT count(*) FROM lanterne.ticket WHERE reference LIKE 'OLD-%'"_s), 2);
    after.close();
    v5.close();
    exec(admin, u"DROP DATABASE "_s + old + u" WITH (FORCE)"_s);
    exec(admin, u"DROP ROLE \"old.%1\""_s.arg(m_suffix));

    // A database whose "lanterne" schema is not Lanterne's: refused plainly, left as it was.
    const QString foreign = m_db + u"_foreign"_s;
    exec(admin, u"CREATE DATABASE "_s + foreign);
    {
        QSqlDatabase f = connect(u"foreign"_s, m_cluster.superuser, m_cluster.superpass, foreign);
        exec(f, u"CREATE SCHEMA lanterne; CREATE TABLE lanterne.their_data (x int)"_s);
        f.close();
    }
    const Run refused = ctl({u"central"_s, u"init"_s, u"--url"_s,
                             u"postgresql://%1@%2:%3/%4"_s.arg(m_cluster.superuser, m_cluster.host)
                                 .arg(m_cluster.port)
                                 .arg(foreign)},
                            m_cluster.superpass);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("n'a pas été créé par Lanterne"), refused.err.constData());
    {
        QSqlDatabase f = connect(u"foreign2"_s, m_cluster.superuser, m_cluster.superpass, foreign);
        QCOMPARE(scalar(f, u"SELECT count(*) FROM pg_class WHERE relnamespace = 'lanterne'::regnamespace"_s),
                 1);
        f.close();
    }
    exec(admin, u"DROP DATABASE "_s + foreign + u" WITH (FORCE)"_s);
}

QTEST_GUILESS_MAIN(TestCentral)
#include "tst_central.moc"
