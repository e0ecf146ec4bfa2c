// SPDX-License-Identifier: GPL-3.0-or-later
// The central database is the only authority (docs/sync.md, "Security model"), tried as a hostile
// but legitimate user would: a valid login with psql in hand.
//  - The privilege matrix: every role (agent, supervisor, field, admin, and a login of another
//    municipality) x every table x select / insert / update / delete, and every function the
//    roles may execute; each expected result is written down in one table below, and a table or
//    function the table does not name fails the test (a new one must be decided on).
//  - Attacks, one per class found: forged session settings, operations carrying foreign fields,
//    messages to citizens from a field login, references and keys across municipalities,
//    planted receipts, an open transaction held while others write.
#include "sync/centraldatabase.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <QUuid>

using namespace lanterne;
using namespace Qt::StringLiterals;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject change(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return {{u"old"_s, oldValue}, {u"new"_s, newValue}};
}

QJsonObject fieldOp(const QString &type, const QString &ticket, const QJsonObject &fields,
                    const QJsonObject &extra = {})
{
    QJsonObject payload = extra;
    payload.insert("fields"_L1, fields);
    return {{u"op_id"_s, uuid()}, {u"op_type"_s, type}, {u"entity_id"_s, ticket}, {u"payload"_s, payload}};
}

/** What each role may do on a table: S select, I insert, U update, D delete; "-" nothing. */
struct TableRights
{
    const char *table;
    const char *agent, *supervisor, *field, *admin;
};

// Every table of the schema. Reads follow row-level security (which rows: tested below and in
// tst_central); writes: none, for anyone. Field teams never read reporters' personal data.
const TableRights kTables[] = {
    {"app_user", "S", "S", "S", "S"},
    {"comment", "S", "S", "S", "S"},
    {"history", "S", "S", "S", "S"},
    {"intervention", "S", "S", "S", "S"},
    {"intervention_photo", "S", "S", "S", "S"},
    {"municipality", "S", "S", "S", "S"},
    {"municipality_revision", "-", "-", "-", "-"},
    {"notification", "S", "S", "S", "S"},
    {"operation_field", "S", "S", "S", "S"},
    {"operation_notification", "S", "S", "S", "S"},
    {"photo", "S", "S", "S", "S"},
    {"receipt", "S", "S", "S", "S"},
    {"reference_counter", "-", "-", "-", "-"},
    {"reporter", "S", "S", "-", "S"},
    {"schema_migration", "S", "S", "S", "S"},
    {"scope_exit", "S", "S", "S", "S"},
    {"ticket", "S", "S", "S", "S"},
};

// Every function a login may execute; any other function of the schema: none.
const char *const kExecutable[] = {"apply(jsonb)",      "apply_batch(jsonb)", "me()",
                                   "my_municipality()", "my_role()",          "my_team()",
                                   "scope_checksum()"};

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void privilegeMatrix();
    void directWritesAreRefused();
    void functionsALoginMayExecute();
    void forgedSessionSettingsChangeNothing();
    void everyFieldOfEveryOperationIsChecked();
    void messagesToCitizensFollowTheRules();
    void nothingCrossesMunicipalities();
    void receiptsCannotBePlantedOrTaken();
    void aStalledLoginDelaysOnlyItsMunicipality();

private:
    QString login(const char *who) const { return QString::fromLatin1(who) + u'.' + m_suffix; }
    QSqlDatabase connect(const QString &user, const QString &password = u"pw"_s);
    void exec(QSqlDatabase db, const QString &sql);
    QJsonObject apply(QSqlDatabase db, const QJsonObject &op);
    QString ticket(const QString &municipality, const QString &team, const QString &status = u"new"_s);
    QString field(const QString &ticketId, const QString &column);

    TestCluster m_cluster;
    QString m_db;
    QString m_suffix;
    QSqlDatabase m_su;
    QStringList m_connections;
    int m_tickets = 0;
};

QSqlDatabase TestSecurity::connect(const QString &user, const QString &password)
{
    const QString name = u"c%1-%2"_s.arg(m_connections.size()).arg(user);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_cluster.host);
    db.setPort(m_cluster.port);
    db.setDatabaseName(m_db);
    if (!db.open(user, password))
        qWarning() << "cannot connect as" << user << db.lastError().text();
    m_connections.append(name);
    return db;
}

void TestSecurity::exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        QFAIL(qPrintable(u"%1: %2"_s.arg(sql.left(200), q.lastError().text())));
}

QJsonObject TestSecurity::apply(QSqlDatabase db, const QJsonObject &op)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT lanterne.apply(?::jsonb)"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
    if (!q.exec() || !q.next())
        return {{u"error"_s, q.lastError().text()}};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QString TestSecurity::ticket(const QString &municipality, const QString &team, const QString &status)
{
    // Written as the administrator of the cluster: the state a test starts from.
    const QString id = uuid();
    QSqlQuery q(m_su);
    q.prepare(
        u"INSERT INTO lanterne.ticket (id, municipality, reference, kind, category, latitude, longitude, "
        "channel, status, priority, service, team, created_at, due_at) VALUES (?::uuid, ?, ?, 'report', "
        "'lampadaire', 48.9, 2.4, 'phone', ?, 'normal', 'voirie', ?, now() - interval '2 days', "
        "date_trunc('second', now() + interval '3 days'))"_s);
    q.addBindValue(id);
    q.addBindValue(municipality);
    q.addBindValue(u"S-%1-%2"_s.arg(m_suffix).arg(++m_tickets));
    q.addBindValue(status);
    q.addBindValue(team);
    if (!q.exec())
        qWarning() << "ticket:" << q.lastError().text();
    return id;
}

QString TestSecurity::field(const QString &ticketId, const QString &column)
{
    QSqlQuery q(m_su);
    q.exec(u"SELECT %1::text FROM lanterne.ticket WHERE id = '%2'"_s.arg(column, ticketId));
    return q.next() ? q.value(0).toString() : u"<none>"_s;
}

void TestSecurity::initTestCase()
{
    m_cluster = TestCluster::load();
    if (m_cluster.port == 0)
        QSKIP("no PostgreSQL test cluster (run through ctest, which starts one)");
    m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_db = u"security_"_s + m_suffix;
    QVERIFY(m_cluster.createDatabase(m_db));
    {
        CentralDatabase admin;
        QVERIFY(admin.open(m_cluster.url(m_cluster.superuser, m_db), m_cluster.superpass));
        const auto r = admin.init(ReferenceData::builtin());
        QVERIFY2(r.ok, qPrintable(r.message));
        struct U
        {
            const char *name, *role, *municipality, *team;
        };
        for (const U &u : {U{"ag", "agent", "93055", ""}, U{"sup", "supervisor", "93055", ""},
                           U{"fld", "field", "93055", "voirie-nord"}, U{"adm", "admin", "93055", ""},
                           U{"mtr", "agent", "93048", ""}}) {
            const auto added =
                admin.addUser(login(u.name), QString::fromLatin1(u.role), QString::fromLatin1(u.municipality),
                              {}, QString::fromLatin1(u.team), u"pw"_s);
            QVERIFY2(added.ok, qPrintable(added.message));
        }
    }
    m_su = connect(m_cluster.superuser, m_cluster.superpass);
    QVERIFY(m_su.isOpen());
}

void TestSecurity::cleanupTestCase()
{
    m_su = QSqlDatabase();
    for (const QString &c : std::as_const(m_connections)) {
        QSqlDatabase::database(c, false).close();
        QSqlDatabase::removeDatabase(c);
    }
    if (m_cluster.port == 0)
        return;
    m_cluster.dropDatabase(m_db);
    CentralDatabase admin;
    if (admin.open(m_cluster.url(m_cluster.superuser, u"postgres"_s), m_cluster.superpass))
        for (const char *who : {"ag", "sup", "fld", "adm", "mtr"})
            QSqlQuery(admin.database()).exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login(who)));
}

void TestSecurity::privilegeMatrix()
{
    // The tables of the schema are exactly those the matrix names.
    QSqlQuery all(m_su);
    QVERIFY(
        all.exec(u"SELECT relname FROM pg_class WHERE relnamespace = 'lanterne'::regnamespace AND relkind IN "
                 "('r', 'p', 'v', 'm', 'f') ORDER BY relname"_s));
    QStringList tables, named;
    while (all.next())
        tables.append(all.value(0).toString());
    for (const TableRights &t : kTables)
        named.append(QString::fromLatin1(t.table));
    QCOMPARE(tables, named);

    struct Who
    {
        const char *login;
        int column; // which of the expected columns
    };
    const Who people[] = {{"ag", 0}, {"sup", 1}, {"fld", 2}, {"adm", 3}, {"mtr", 0}};
    for (const TableRights &t : kTables) {
        const char *expected[] = {t.agent, t.supervisor, t.field, t.admin};
        for (const Who &w : people) {
            const QString rights = QString::fromLatin1(expected[w.column]);
            for (const auto &[letter, privilege] : {std::pair{u'S', "SELECT"}, std::pair{u'I', "INSERT"},
                                                    std::pair{u'U', "UPDATE"}, std::pair{u'D', "DELETE"}}) {
                const QString table = u"lanterne."_s + QString::fromLatin1(t.table);
                const bool columns = letter == u'I' || letter == u'U'; // privileges that exist per column
                QSqlQuery q(m_su);
                QVERIFY(q.prepare(
                    columns ? u"SELECT has_table_privilege(?, ?, ?), has_any_column_privilege(?, ?, ?)"_s
                            : u"SELECT has_table_privilege(?, ?, ?), false"_s));
                for (int i = 0; i < (columns ? 2 : 1); ++i) {
                    q.addBindValue(login(w.login));
                    q.addBindValue(table);
                    q.addBindValue(QString::fromLatin1(privilege));
                }
                QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
                const bool want = rights.contains(letter);
                QVERIFY2(q.value(0).toBool() == want, qPrintable(u"%1 %2 on %3: expected %4"_s.arg(
                                                          login(w.login), QString::fromLatin1(privilege),
                                                          table, want ? u"yes"_s : u"no"_s)));
                if (columns) // no column of it either
                    QVERIFY2(!q.value(1).toBool(),
                             qPrintable(login(w.login) + u" may "_s + QString::fromLatin1(privilege) +
                                        u" a column of "_s + table));
            }
        }
    }
    // Sequences: none usable by a login.
    QSqlQuery seq(m_su);
    QVERIFY(
        seq.exec(u"SELECT c.relname, r.rolname FROM pg_class c CROSS JOIN pg_roles r WHERE c.relnamespace = "
                 "'lanterne'::regnamespace AND c.relkind = 'S' AND r.rolname IN ('lanterne_agent', "
                 "'lanterne_supervisor', 'lanterne_field', 'lanterne_admin') AND "
                 "(has_sequence_privilege(r.oid, c.oid, 'USAGE') OR has_sequence_privilege(r.oid, c.oid, "
                 "'UPDATE'))"_s));
    if (seq.next())
        QFAIL(qPrintable(seq.value(0).toString() + u" usable by "_s + seq.value(1).toString()));
}

void TestSecurity::directWritesAreRefused()
{
    // The same, tried for real: every table, every write, every role (permission denied, 42501).
    const QString t = ticket(u"93055"_s, u"voirie-nord"_s);
    for (const char *who : {"ag", "sup", "fld", "adm", "mtr"}) {
        QSqlDatabase db = connect(login(who));
        for (const TableRights &tr : kTables) {
            const QString table = u"lanterne."_s + QString::fromLatin1(tr.table);
            for (const QString &sql : {u"INSERT INTO %1 DEFAULT VALUES"_s.arg(table),
                                       u"UPDATE %1 SET municipality = municipality"_s.arg(table),
                                       u"DELETE FROM %1"_s.arg(table), u"TRUNCATE %1"_s.arg(table)}) {
                QSqlQuery q(db);
                const bool done = q.exec(sql);
                // An UPDATE of a table without a municipality column fails on the column first
                // (42703): tried again with its first column.
                if (!done && q.lastError().nativeErrorCode() == "42703"_L1) {
                    QSqlQuery c(m_su);
                    QVERIFY(
                        c.exec(
                            u"SELECT attname FROM pg_attribute WHERE attrelid = '%1'::regclass AND attnum = 1"_s
                                .arg(table)) &&
                        c.next());
                    QVERIFY(!q.exec(u"UPDATE %1 SET %2 = %2"_s.arg(table, c.value(0).toString())));
                }
                QVERIFY2(!done, qPrintable(login(who) + u": "_s + sql));
                QCOMPARE(q.lastError().nativeErrorCode(), u"42501"_s);
            }
        }
        db.close();
    }
    QCOMPARE(field(t, u"status"_s), u"new"_s);
}

void TestSecurity::functionsALoginMayExecute()
{
    QStringList allowed;
    for (const char *f : kExecutable)
        allowed.append(u"lanterne."_s + QString::fromLatin1(f));
    int functions = 0;
    for (const char *who : {"ag", "sup", "fld", "adm", "mtr"}) {
        QSqlQuery q(m_su);
        QVERIFY(
            q.prepare(u"SELECT p.oid::regprocedure::text, has_function_privilege(?, p.oid, 'EXECUTE') FROM "
                      "pg_proc p WHERE p.pronamespace = 'lanterne'::regnamespace ORDER BY 1"_s));
        q.addBindValue(login(who));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        functions = 0;
        while (q.next()) {
            ++functions;
            const QString f = q.value(0).toString();
            QVERIFY2(q.value(1).toBool() == allowed.contains(f),
                     qPrintable(u"%1 %2 execute %3"_s.arg(
                         login(who), allowed.contains(f) ? u"must"_s : u"must not"_s, f)));
        }
    }
    QVERIFY(functions > 20);
    // No function of the schema reads or writes a session setting of ours: nothing it stamps (a
    // revision, an operation id, an author) can come from what a session set.
    QSqlQuery settings(m_su);
    QVERIFY(
        settings.exec(
            u"SELECT string_agg(proname, ', ') FROM pg_proc WHERE pronamespace = "
            "'lanterne'::regnamespace AND prosrc ~ '(current_setting|set_config)\\s*\\(\\s*''lanterne\\.'"_s) &&
        settings.next());
    QVERIFY2(settings.value(0).isNull(), qPrintable(settings.value(0).toString()));
    // For real: numbering another municipality's references, or its own, outside a creation.
    QSqlDatabase agent = connect(login("ag"));
    for (const QString &sql : {u"SELECT lanterne.next_reference('93048', now())"_s,
                               u"SELECT lanterne.next_reference('93055', now() + interval '3 years')"_s,
                               u"SELECT lanterne.next_revision('93055')"_s,
                               u"SELECT lanterne.end_stalled_sessions(interval '0')"_s}) {
        QSqlQuery e(agent);
        QVERIFY2(!e.exec(sql), qPrintable(sql));
        QCOMPARE(e.lastError().nativeErrorCode(), u"42501"_s);
    }
}

void TestSecurity::forgedSessionSettingsChangeNothing()
{
    // Class 1: the revision and the audit's operation id came from settings any session can set.
    const QString t = ticket(u"93055"_s, u"voirie-nord"_s);
    QSqlDatabase agent = connect(login("ag"));
    QSqlQuery x(agent);
    QVERIFY(x.exec(u"SELECT pg_current_xact_id()::text"_s) && x.next());
    const qint64 before = field(t, u"revision"_s).toLongLong();
    exec(agent, u"BEGIN"_s);
    exec(agent, u"SELECT set_config('lanterne.revision', pg_current_xact_id()::text || ':999999999', true), "
                "set_config('lanterne.op_id', '6f1c2e1a-0000-4000-8000-00000000dead', true)"_s);
    const QJsonObject op = fieldOp(u"set_priority"_s, t, {{u"priority"_s, change(u"normal"_s, u"high"_s)}});
    const QJsonObject r = apply(agent, op);
    exec(agent, u"COMMIT"_s);
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    const qint64 after = field(t, u"revision"_s).toLongLong();
    QVERIFY2(after > before && after < 999999999, qPrintable(QString::number(after)));
    // The next change of the municipality still numbers after it: a pull cursor is never jumped.
    const QString t2 = ticket(u"93055"_s, u"voirie-nord"_s);
    QCOMPARE(field(t2, u"revision"_s).toLongLong(), after + 1);
    QSqlQuery h(m_su);
    QVERIFY(h.exec(u"SELECT op_id::text, author FROM lanterne.history WHERE ticket_id = '%1' AND field = "
                   "'priority'"_s.arg(t)) &&
            h.next());
    QCOMPARE(h.value(0).toString(), op.value("op_id"_L1).toString());
    QCOMPARE(h.value(1).toString(), login("ag"));
}

void TestSecurity::everyFieldOfEveryOperationIsChecked()
{
    // Class 3: the workflow and the rights apply to every field of every operation type.
    QSqlDatabase agent = connect(login("ag"));
    QSqlDatabase fieldTeam = connect(login("fld"));
    const QString t = ticket(u"93055"_s, u"voirie-nord"_s);
    struct Case
    {
        QSqlDatabase db;
        QJsonObject op;
        QString reason;
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery d(m_su);
    QVERIFY(
        d.exec(
            u"SELECT (extract(epoch FROM due_at) * 1000)::bigint FROM lanterne.ticket WHERE id = '%1'"_s.arg(
                t)) &&
        d.next());
    const double oldDue = d.value(0).toDouble();
    const QList<Case> cases{
        // An assignment carrying a status: the workflow (an agent may not cancel).
        {agent,
         fieldOp(u"assign"_s, t,
                 {{u"assignee"_s, change(u""_s, u"x"_s)}, {u"status"_s, change(u"new"_s, u"cancelled"_s)}}),
         u"agent_cannot_cancel"_s},
        // A field an operation does not touch.
        {agent,
         fieldOp(
             u"set_priority"_s, t,
             {{u"priority"_s, change(u"normal"_s, u"high"_s)}, {u"description"_s, change(u""_s, u"x"_s)}}),
         u"field_not_allowed"_s},
        // First times without a status change, and times out of the ticket's life.
        {agent, fieldOp(u"assign"_s, t, {{u"acknowledged_at"_s, change(QJsonValue(), double(now))}}),
         u"time_without_status"_s},
        {agent,
         fieldOp(u"set_status"_s, t,
                 {{u"status"_s, change(u"new"_s, u"fixed"_s)},
                  {u"resolved_at"_s, change(QJsonValue(), double(now - 30LL * 86400000))}}),
         u"time_out_of_range"_s},
        // A field team: only what a status change brings, never the deadline outside a pause.
        {fieldTeam,
         fieldOp(u"set_status"_s, t,
                 {{u"status"_s, change(u"new"_s, u"in_progress"_s)},
                  {u"due_at"_s, change(oldDue, oldDue + 30.0 * 86400000)}}),
         u"field_cannot_move_deadline"_s},
        {fieldTeam,
         fieldOp(u"set_status"_s, t,
                 {{u"status"_s, change(u"new"_s, u"in_progress"_s)}, {u"assignee"_s, change(u""_s, u"x"_s)}}),
         u"field_cannot_edit"_s},
        {fieldTeam, fieldOp(u"set_status"_s, t, {{u"status"_s, change(u"new"_s, u"cancelled"_s)}}),
         u"field_status_not_allowed"_s},
        {fieldTeam, fieldOp(u"assign"_s, t, {{u"team"_s, change(u"voirie-nord"_s, u"proprete-a"_s)}}),
         u"field_cannot_edit"_s},
        // A ticket merged into itself.
        {agent,
         fieldOp(
             u"set_status"_s, t,
             {{u"status"_s, change(u"new"_s, u"duplicate"_s)}, {u"duplicate_of"_s, change(QJsonValue(), t)}}),
         u"duplicate_of_itself"_s},
    };
    for (const Case &c : cases) {
        const QJsonObject r = apply(c.db, c.op);
        QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(r.value("reason"_L1).toString(), c.reason);
    }
    // Nothing of them happened.
    QCOMPARE(field(t, u"status"_s), u"new"_s);
    QCOMPARE(field(t, u"assignee"_s), u""_s);
    QCOMPARE(field(t, u"team"_s), u"voirie-nord"_s);
    QSqlQuery h(m_su);
    QVERIFY(
        h.exec(u"SELECT count(*) FROM lanterne.history WHERE ticket_id = '%1' AND field <> 'created'"_s.arg(
            t)) &&
        h.next());
    QCOMPARE(h.value(0).toInt(), 0);

    // What the app sends is applied: a field team puts its ticket on hold, then resumes it and
    // the deadline moves by the pause.
    const double pausedAt = double(now - 3600000);
    QCOMPARE(field(t, u"status"_s), u"new"_s);
    QSqlQuery p(m_su);
    QVERIFY(p.exec(u"UPDATE lanterne.ticket SET status = 'in_progress' WHERE id = '%1'"_s.arg(t)));
    QCOMPARE(apply(fieldTeam, fieldOp(u"set_status"_s, t,
                                      {{u"status"_s, change(u"in_progress"_s, u"waiting"_s)},
                                       {u"paused_at"_s, change(QJsonValue(), pausedAt)}}))
                 .value("status"_L1)
                 .toString(),
             u"applied"_s);
    const QJsonObject resume =
        apply(fieldTeam, fieldOp(u"set_status"_s, t,
                                 {{u"status"_s, change(u"waiting"_s, u"in_progress"_s)},
                                  {u"paused_at"_s, change(pausedAt, QJsonValue())},
                                  {u"paused_minutes"_s, change(0, 60)},
                                  {u"due_at"_s, change(oldDue, oldDue + 3600000)}}));
    QCOMPARE(resume.value("status"_L1).toString(), u"applied"_s);
}

void TestSecurity::messagesToCitizensFollowTheRules()
{
    // Class 3 again: the messages queued for reporters, for every operation.
    QSqlDatabase agent = connect(login("ag"));
    QSqlDatabase fieldTeam = connect(login("fld"));
    const QString t = ticket(u"93055"_s, u"voirie-nord"_s, u"in_progress"_s);
    const QString other = ticket(u"93055"_s, u"proprete-a"_s);
    auto message = [&](const QString &event, const QString &target, bool withComment) {
        QJsonObject n{{u"id"_s, uuid()},
                      {u"ticket_id"_s, target},
                      {u"event"_s, event},
                      {u"subject"_s, u"Votre signalement"_s},
                      {u"body"_s, u"Le maire vous répond."_s}};
        if (withComment)
            n.insert("comment_id"_L1, uuid());
        return QJsonArray{n};
    };
    auto comment = [&](const QString &kind, const QJsonArray &notifications) {
        return QJsonObject{{u"op_id"_s, uuid()},
                           {u"op_type"_s, u"add_comment"_s},
                           {u"entity_id"_s, t},
                           {u"payload"_s, QJsonObject{{u"comment_id"_s, uuid()},
                                                      {u"kind"_s, kind},
                                                      {u"text"_s, u"note"_s},
                                                      {u"notifications"_s, notifications}}}};
    };
    struct Case
    {
        QSqlDatabase db;
        QJsonObject op;
        QString reason;
    };
    const QList<Case> cases{
        // A field team replying to a citizen through an internal note's messages.
        {fieldTeam, comment(u"internal"_s, message(u"reply"_s, t, true)), u"field_cannot_reply"_s},
        {fieldTeam, comment(u"public"_s, {}), u"field_cannot_reply"_s},
        // A field team's status change announcing a forwarding it did not make.
        {fieldTeam,
         fieldOp(u"set_status"_s, t, {{u"status"_s, change(u"in_progress"_s, u"waiting"_s)}},
                 {{u"notifications"_s, message(u"forwarded"_s, t, true)}}),
         u"notification_not_allowed"_s},
        // A resolution message on a ticket that is not resolved.
        {fieldTeam,
         fieldOp(u"set_status"_s, t, {{u"status"_s, change(u"in_progress"_s, u"waiting"_s)}},
                 {{u"notifications"_s, message(u"resolved"_s, t, true)}}),
         u"notification_does_not_match"_s},
        // Messages on an operation that sends none, or about another ticket.
        {agent,
         fieldOp(u"set_priority"_s, t, {{u"priority"_s, change(u"normal"_s, u"high"_s)}},
                 {{u"notifications"_s, message(u"reply"_s, t, false)}}),
         u"notification_not_allowed"_s},
        {agent, comment(u"public"_s, message(u"reply"_s, other, false)), u"notification_other_ticket"_s},
    };
    for (const Case &c : cases) {
        const QJsonObject r = apply(c.db, c.op);
        QCOMPARE(r.value("reason"_L1).toString(), c.reason);
    }
    QSqlQuery n(m_su);
    QVERIFY(n.exec(u"SELECT count(*) FROM lanterne.notification WHERE ticket_id IN ('%1', '%2')"_s.arg(
                t, other)) &&
            n.next());
    QCOMPARE(n.value(0).toInt(), 0);

    // What the app sends is applied, under the caller's name: an agent's public reply, a field
    // team's resolution.
    QCOMPARE(apply(agent, comment(u"public"_s, message(u"reply"_s, t, false))).value("status"_L1).toString(),
             u"applied"_s);
    const QJsonObject fixed =
        apply(fieldTeam,
              fieldOp(u"set_status"_s, t,
                      {{u"status"_s, change(u"in_progress"_s, u"fixed"_s)},
                       {u"resolved_at"_s, change(QJsonValue(), double(QDateTime::currentMSecsSinceEpoch()))}},
                      {{u"notifications"_s, message(u"resolved"_s, t, true)}}));
    QCOMPARE(fixed.value("status"_L1).toString(), u"applied"_s);
    QVERIFY(
        n.exec(u"SELECT string_agg(event || ':' || author, ',' ORDER BY event) FROM lanterne.notification "
               "WHERE ticket_id = '%1'"_s.arg(t)) &&
        n.next());
    QCOMPARE(n.value(0).toString(), u"reply:%1,resolved:%2"_s.arg(login("ag"), login("fld")));
}

void TestSecurity::nothingCrossesMunicipalities()
{
    // Class 5: another municipality's tickets cannot be pointed at, planned or merged into.
    QSqlDatabase agent = connect(login("ag"));
    const QString mine = ticket(u"93055"_s, u"voirie-nord"_s);
    const QString theirs = ticket(u"93048"_s, u"voirie-nord"_s);
    QJsonObject r = apply(
        agent,
        fieldOp(u"set_status"_s, mine,
                {{u"status"_s, change(u"new"_s, u"duplicate"_s)},
                 {u"duplicate_of"_s, change(QJsonValue(), theirs)},
                 {u"acknowledged_at"_s, change(QJsonValue(), double(QDateTime::currentMSecsSinceEpoch()))}}));
    QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(r.value("reason"_L1).toString(), u"23503"_s); // the key between tenants refuses it
    QCOMPARE(field(mine, u"status"_s), u"new"_s);
    r = apply(agent, fieldOp(u"set_priority"_s, theirs, {{u"priority"_s, change(u"normal"_s, u"high"_s)}}));
    QCOMPARE(r.value("reason"_L1).toString(), u"not_found_or_out_of_scope"_s);
    r = apply(agent, {{u"op_id"_s, uuid()},
                      {u"op_type"_s, u"plan_intervention"_s},
                      {u"entity_id"_s, uuid()},
                      {u"payload"_s, QJsonObject{{u"intervention"_s,
                                                  QJsonObject{{u"ticket_id"_s, theirs},
                                                              {u"team"_s, u"voirie-nord"_s},
                                                              {u"scheduled_day"_s, u"2026-12-10"_s}}}}}});
    QCOMPARE(r.value("reason"_L1).toString(), u"not_found_or_out_of_scope"_s);
    // Even the cluster's administrator cannot write a row that crosses municipalities.
    QSqlQuery q(m_su);
    QVERIFY(!q.exec(
        u"INSERT INTO lanterne.intervention (id, municipality, ticket_id, team, scheduled_day) VALUES "
        "(gen_random_uuid(), '93055', '%1', 'voirie-nord', current_date)"_s.arg(theirs)));
    QCOMPARE(q.lastError().nativeErrorCode(), u"23503"_s);
    // A creation is numbered in the caller's municipality and this year, whatever it says.
    r = apply(agent, {{u"op_id"_s, uuid()},
                      {u"op_type"_s, u"create_ticket"_s},
                      {u"entity_id"_s, uuid()},
                      {u"payload"_s, QJsonObject{{u"municipality"_s, u"93048"_s},
                                                 {u"reference"_s, u"MTR-2031-000001"_s},
                                                 {u"category"_s, u"rats"_s},
                                                 {u"latitude"_s, 48.86},
                                                 {u"longitude"_s, 2.44},
                                                 {u"status"_s, u"closed"_s}}}});
    QCOMPARE(r.value("reason"_L1).toString(), u"22023"_s); // a new ticket is new (or forwarded)
    r = apply(agent, {{u"op_id"_s, uuid()},
                      {u"op_type"_s, u"create_ticket"_s},
                      {u"entity_id"_s, uuid()},
                      {u"payload"_s, QJsonObject{{u"municipality"_s, u"93048"_s},
                                                 {u"reference"_s, u"MTR-2031-000001"_s},
                                                 {u"category"_s, u"rats"_s},
                                                 {u"latitude"_s, 48.86},
                                                 {u"longitude"_s, 2.44}}}});
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    QVERIFY2(r.value("reference"_L1)
                 .toString()
                 .startsWith(u"PAN-%1-"_s.arg(
                     QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Paris")).date().year())),
             qPrintable(r.value("reference"_L1).toString()));
    // A field team does not create tickets.
    QSqlDatabase fieldTeam = connect(login("fld"));
    r = apply(fieldTeam,
              {{u"op_id"_s, uuid()},
               {u"op_type"_s, u"create_ticket"_s},
               {u"entity_id"_s, uuid()},
               {u"payload"_s,
                QJsonObject{{u"category"_s, u"rats"_s}, {u"latitude"_s, 48.9}, {u"longitude"_s, 2.4}}}});
    QCOMPARE(r.value("reason"_L1).toString(), u"field_cannot_create"_s);
}

void TestSecurity::receiptsCannotBePlantedOrTaken()
{
    const QString t = ticket(u"93055"_s, u"voirie-nord"_s);
    QSqlDatabase agent = connect(login("ag"));
    QSqlDatabase other = connect(login("sup"));
    const QJsonObject op = fieldOp(u"set_priority"_s, t, {{u"priority"_s, change(u"normal"_s, u"high"_s)}});
    // Planting a receipt for an operation about to be sent: refused.
    QSqlQuery q(other);
    QVERIFY(!q.exec(
        u"INSERT INTO lanterne.receipt (op_id, municipality, op_type, receipt) VALUES ('%1', '93055', "
        "'set_priority', '{\"status\": \"applied\"}')"_s.arg(op.value("op_id"_L1).toString())));
    QCOMPARE(apply(agent, op).value("status"_L1).toString(), u"applied"_s);
    // Another login sending the same operation id learns nothing and changes nothing.
    const QJsonObject taken = apply(other, op);
    QCOMPARE(taken.value("reason"_L1).toString(), u"operation_id_taken"_s);
    QVERIFY(!taken.contains("revision"_L1));
    QVERIFY(q.exec(u"SELECT count(*) FROM lanterne.receipt"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // the other login sees none of the agent's receipts
}

void TestSecurity::aStalledLoginDelaysOnlyItsMunicipality()
{
    // Class 4: a login takes its municipality's revisions in a transaction and holds it open
    // (with the app's idle timeout switched off for its session).
    const QString pantin = ticket(u"93055"_s, u"voirie-nord"_s);
    const QString pantin2 = ticket(u"93055"_s, u"voirie-nord"_s);
    const QString montreuil = ticket(u"93048"_s, u"voirie-nord"_s);
    QSqlDatabase stalled = connect(login("adm"));
    exec(stalled, u"SET idle_in_transaction_session_timeout = 0"_s);
    exec(stalled, u"SET lock_timeout = 0"_s);
    exec(stalled, u"BEGIN"_s);
    QCOMPARE(
        apply(stalled, fieldOp(u"set_priority"_s, pantin, {{u"priority"_s, change(u"normal"_s, u"low"_s)}}))
            .value("status"_L1)
            .toString(),
        u"applied"_s);

    // Another municipality writes at once.
    QSqlDatabase mtr = connect(login("mtr"));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(
        apply(mtr, fieldOp(u"set_priority"_s, montreuil, {{u"priority"_s, change(u"normal"_s, u"high"_s)}}))
            .value("status"_L1)
            .toString(),
        u"applied"_s);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));

    // The same municipality waits seconds, not for good: the stalled login is ended.
    QSqlDatabase agent = connect(login("ag"));
    clock.restart();
    QCOMPARE(
        apply(agent, fieldOp(u"set_priority"_s, pantin2, {{u"priority"_s, change(u"normal"_s, u"high"_s)}}))
            .value("status"_L1)
            .toString(),
        u"applied"_s);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QSqlQuery dead(stalled);
    QVERIFY(!dead.exec(u"COMMIT"_s));                    // its connection was ended
    QCOMPARE(field(pantin, u"priority"_s), u"normal"_s); // its transaction was rolled back
    // The app's logins get the timeouts.
    QSqlQuery s(agent);
    QVERIFY(
        s.exec(
            u"SELECT current_setting('idle_in_transaction_session_timeout'), current_setting('lock_timeout')"_s) &&
        s.next());
    QCOMPARE(s.value(0).toString(), u"10s"_s);
    QCOMPARE(s.value(1).toString(), u"5s"_s);
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
