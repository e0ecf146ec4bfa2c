// SPDX-License-Identifier: GPL-3.0-or-later
// The lanternectl command-line contract (docs: /work/shared/CLI.md), checked on the real binary:
// exit codes, JSON and CSV/GeoJSON output, options anywhere, personal data, and no crash on any input.
#include "storage/localstore.h"

#include <algorithm>
#include <functional>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QString describe() const
    {
        return u"exit %1%2\nstdout: %3\nstderr: %4"_s.arg(code)
            .arg(status == QProcess::NormalExit ? QString() : u" (crash)"_s)
            .arg(QString::fromUtf8(out.left(600)), QString::fromUtf8(err.left(600)));
    }
};

const QStringList kTicketFields{u"id"_s,        u"reference"_s,   u"municipality"_s,    u"kind"_s,
                                u"category"_s,  u"status"_s,      u"status_class"_s,    u"priority"_s,
                                u"channel"_s,   u"description"_s, u"latitude"_s,        u"longitude"_s,
                                u"address"_s,   u"district"_s,    u"service"_s,         u"team"_s,
                                u"assignee"_s,  u"created_at"_s,  u"acknowledged_at"_s, u"resolved_at"_s,
                                u"closed_at"_s, u"due_at"_s,      u"duplicate_of"_s,    u"forwarded_to"_s,
                                u"revision"_s};

const QByteArray kCsvHeader =
    "reference,municipality,kind,category_domain,category,status,status_class,priority,"
    "channel,district,address,latitude,longitude,service,team,assignee,created_at,"
    "acknowledged_at,resolved_at,closed_at,due_at,duplicate_of,forwarded_to";

const QRegularExpression kIsoUtc(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"_s);

QDateTime parseIso(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODate);
}

/**
 * RFC 4180: records separated by CRLF, fields by @p sep, quoted fields may hold separators, CR, LF
 * and doubled quotes. @p ok is false on a malformed input (stray quote, bare LF between records).
 */
QList<QStringList> parseCsv(const QByteArray &data, char sep, bool *ok)
{
    *ok = true;
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false, wasQuoted = false;
    qsizetype i = 0;
    const qsizetype n = data.size();
    auto endField = [&] {
        record.append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    while (i < n) {
        const char c = data[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < n && data[i + 1] == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            field.append(c);
            ++i;
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                *ok = false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
            ++i;
        } else if (c == sep) {
            endField();
            ++i;
        } else if (c == '\r' && i + 1 < n && data[i + 1] == '\n') {
            endField();
            records.append(record);
            record.clear();
            i += 2;
        } else if (c == '\n' || c == '\r') {
            *ok = false; // records end with CRLF
            ++i;
        } else {
            if (wasQuoted)
                *ok = false; // text after a closing quote
            field.append(c);
            ++i;
        }
    }
    if (quoted)
        *ok = false;
    if (!field.isEmpty() || !record.isEmpty()) {
        *ok = false; // the last record must end with CRLF too
        endField();
        records.append(record);
    }
    return records;
}

/** Whether @p text says one of @p words (the French and the English of it: the locale decides). */
bool says(const QByteArray &text, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [&](const char *w) { return text.contains(w); });
}

QString jsonText(const QJsonValue &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

class TestLanternectl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void version();
    void demo();
    void listJson();
    void listPaging();
    void globalOptionsAnywhere();
    void badFilters_data();
    void badFilters();
    void listFilters();
    void showNotFound();
    void showJsonAndPersonalData();
    void createAndShow();
    void createWithoutAddress();
    void createWithReporterNameAndEmail();
    void createBadInput_data();
    void createBadInput();
    void setStatus();
    void note();
    void triageCommands();
    void lateReport();
    void interventionsCommands();
    void reportCsv();
    void reportPdf();
    void reportBadUsage_data();
    void reportBadUsage();
    void exportCsv();
    void exportCsvExcel();
    void exportToStdout();
    void exportFailuresLeaveNoFile();
    void exportGeoJson();
    void missingStore_data();
    void missingStore();
    void notAStore();
    void garbageNeverCrashes();
    void districtsOfSeveralCommunes();
    void readOnlyStore();
    void fullDisk();
    void emptyFileDirectoryAndEmptyPath();
    void refusedDemoLeavesNoStore();
    void showEscapesControlCharacters();
    void failedSyncKeepsSavedUrl();
    void damagedJournalLostEditsAreSaid();

private:
    QString reportStore();
    Run run(const QStringList &args, const QProcessEnvironment &env = {}, int timeoutMs = 60000);
    QJsonArray allTickets(const QString &db);
    QString makeEditStore(const QString &name);

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    bool m_unprivileged = false; ///< run lanternectl as "nobody" (when the tests run as root)
    QString m_db;                ///< the demo store of 500 tickets, never edited after demo()
};

void TestLanternectl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(LANTERNECTL_PATH)).isExecutable(), LANTERNECTL_PATH);
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_env.insert(u"LANG"_s, u"C"_s);
    m_env.remove(u"LC_ALL"_s);
    m_env.remove(u"LANTERNE_DB"_s);
    // The default store (no --db) would land here, never in the user's data directory.
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
    QDir().mkpath(m_dir.filePath(u"work"_s));
    m_db = m_dir.filePath(u"demo.db"_s);
}

Run TestLanternectl::run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env.isEmpty() ? m_env : env);
    p.setWorkingDirectory(m_dir.filePath(u"work"_s));
    if (m_unprivileged) {
        // Root writes through any permission: a read-only file is read-only for "nobody" only.
        p.setChildProcessModifier([] {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(125);
        });
    }
    p.start(QStringLiteral(LANTERNECTL_PATH), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.code = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonArray TestLanternectl::allTickets(const QString &db)
{
    const Run r = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"100000"_s, u"--db"_s, db});
    return r.code == 0 ? r.json().value("tickets"_L1).toArray() : QJsonArray();
}

QString TestLanternectl::makeEditStore(const QString &name)
{
    // A copy of the demo store, for the commands that write.
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_db, path))
        return {};
    return path;
}

void TestLanternectl::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no arguments") << QStringList{} << 2;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << 2;
    QTest::newRow("unknown option after command")
        << QStringList{u"tickets"_s, u"list"_s, u"--frobnicate"_s} << 2;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2;
    QTest::newRow("tickets without list") << QStringList{u"tickets"_s} << 2;
    QTest::newRow("tickets bogus") << QStringList{u"tickets"_s, u"purge"_s} << 2;
    QTest::newRow("ticket without subcommand") << QStringList{u"ticket"_s} << 2;
    QTest::newRow("ticket bogus subcommand") << QStringList{u"ticket"_s, u"explode"_s, u"X"_s} << 2;
    QTest::newRow("option without value") << QStringList{u"tickets"_s, u"list"_s, u"--limit"_s} << 2;
    QTest::newRow("flag with value") << QStringList{u"--json=yes"_s, u"tickets"_s, u"list"_s} << 2;
    QTest::newRow("option of another command")
        << QStringList{u"tickets"_s, u"list"_s, u"--format"_s, u"csv"_s} << 2;
    QTest::newRow("export without format") << QStringList{u"export"_s} << 2;
    QTest::newRow("export bad format") << QStringList{u"export"_s, u"--format"_s, u"xml"_s} << 2;
    QTest::newRow("demo bad tickets") << QStringList{u"demo"_s, u"--tickets"_s, u"many"_s} << 2;
    QTest::newRow("demo bad until") << QStringList{u"demo"_s, u"--until"_s, u"2026-02-30"_s} << 2;
    QTest::newRow("demo unknown commune") << QStringList{u"demo"_s, u"--communes"_s, u"75056"_s} << 2;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0;
    QTest::newRow("help of a command") << QStringList{u"tickets"_s, u"list"_s, u"--help"_s} << 0;
    QTest::newRow("-h") << QStringList{u"export"_s, u"-h"_s} << 0;
}

void TestLanternectl::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const QString db = m_dir.filePath(u"usage-never-created.db"_s);
    const Run r = run(args + QStringList{u"--db"_s, db});
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.code == code, qPrintable(r.describe()));
    if (code == 2) {
        QVERIFY(!r.err.trimmed().isEmpty()); // says what is wrong, on stderr
        QVERIFY(r.out.isEmpty());
    } else {
        QVERIFY(r.out.contains("lanternectl"));
    }
    QVERIFY(!QFile::exists(db)); // bad usage never creates a store
}

void TestLanternectl::version()
{
    const Run r = run({u"--version"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(QString::fromUtf8(r.out).startsWith("lanternectl "_L1));
    QVERIFY(QRegularExpression(u"\\d+\\.\\d+"_s).match(QString::fromUtf8(r.out)).hasMatch());
    // Global options are accepted after a command too.
    QCOMPARE(run({u"tickets"_s, u"list"_s, u"--version"_s}).code, 0);
}

void TestLanternectl::demo()
{
    const QStringList args{u"demo"_s,    u"--tickets"_s,  u"500"_s,  u"--seed"_s, u"3"_s,
                           u"--until"_s, u"2026-06-30"_s, u"--db"_s, m_db};
    Run r = run(args);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY(!r.out.trimmed().isEmpty());
    QVERIFY(QFile::exists(m_db));

    // A second time: the store already holds tickets.
    r = run(args);
    QVERIFY2(r.code == 4, qPrintable(r.describe()));
    QVERIFY(!r.err.trimmed().isEmpty());
    // Even with other options: nothing is added.
    r = run({u"demo"_s, u"--tickets"_s, u"10"_s, u"--seed"_s, u"9"_s, u"--db"_s, m_db});
    QCOMPARE(r.code, 4);
    QCOMPARE(allTickets(m_db).size(), 500);
}

void TestLanternectl::listJson()
{
    const Run r = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value("total"_L1).toInteger(), 500);
    const QJsonArray tickets = doc.object().value("tickets"_L1).toArray();
    QCOMPARE(tickets.size(), 100); // default limit

    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    static const QRegularExpression reference(u"^PAN-\\d{4}-\\d{6}$"_s);
    QDateTime previous;
    QSet<QString> ids;
    for (const QJsonValue &v : tickets) {
        const QJsonObject t = v.toObject();
        const QString who = t.value("reference"_L1).toString();
        for (const QString &f : kTicketFields)
            QVERIFY2(t.contains(f), qPrintable(who + u" lacks "_s + f));
        QVERIFY2(!t.contains("reporter"_L1), qPrintable(who)); // personal data only in `ticket show`
        QVERIFY2(uuid.match(t.value("id"_L1).toString()).hasMatch(), qPrintable(who));
        QVERIFY(!ids.contains(t.value("id"_L1).toString()));
        ids.insert(t.value("id"_L1).toString());
        QVERIFY2(reference.match(who).hasMatch(), qPrintable(who));
        QCOMPARE(t.value("municipality"_L1).toString(), u"93055"_s);
        QVERIFY(t.value("latitude"_L1).isDouble() && t.value("longitude"_L1).isDouble());
        QVERIFY(t.value("latitude"_L1).toDouble() > 48.8 && t.value("latitude"_L1).toDouble() < 49.0);
        QVERIFY(t.value("revision"_L1).isDouble());
        QCOMPARE(t.value("revision"_L1).toInteger(), 0);
        for (const char *f : {"created_at", "acknowledged_at", "resolved_at", "closed_at", "due_at"}) {
            const QJsonValue time = t.value(QLatin1String(f));
            QVERIFY2(time.isNull() || kIsoUtc.match(time.toString()).hasMatch(),
                     qPrintable(who + u' ' + QLatin1String(f) + u' ' + time.toString()));
        }
        QVERIFY(!t.value("created_at"_L1).isNull());
        QVERIFY(!t.value("due_at"_L1).isNull());
        const QString status = t.value("status"_L1).toString();
        const QString cls = t.value("status_class"_L1).toString();
        QVERIFY2(cls == (status == "fixed"_L1 ? "fixed"_L1
                         : QStringList{u"closed"_s, u"duplicate"_s, u"not_responsible"_s,
                                       u"no_further_action"_s, u"cancelled"_s}
                                 .contains(status)
                             ? "closed"_L1
                             : "open"_L1),
                 qPrintable(who + u' ' + status + u' ' + cls));
        // Newest first.
        const QDateTime created = parseIso(t.value("created_at"_L1).toString());
        QVERIFY(created.isValid());
        QCOMPARE(created.offsetFromUtc(), 0);
        if (previous.isValid())
            QVERIFY2(created <= previous, qPrintable(who));
        previous = created;
    }
    // Codes, not labels.
    QVERIFY(QRegularExpression(u"^[a-z_]+$"_s)
                .match(tickets[0].toObject().value("status"_L1).toString())
                .hasMatch());
}

void TestLanternectl::listPaging()
{
    const QJsonArray first =
        run({u"tickets"_s, u"list"_s, u"--json"_s, u"--db"_s, m_db}).json().value("tickets"_L1).toArray();
    const Run r = run(
        {u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"5"_s, u"--offset"_s, u"5"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().value("total"_L1).toInteger(), 500);
    const QJsonArray page = r.json().value("tickets"_L1).toArray();
    QCOMPARE(page.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(page[i].toObject().value("id"_L1), first[5 + i].toObject().value("id"_L1));
    // The whole list, and past its end.
    QCOMPARE(allTickets(m_db).size(), 500);
    const Run past = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--offset"_s, u"500"_s, u"--db"_s, m_db});
    QCOMPARE(past.code, 0);
    QCOMPARE(past.json().value("total"_L1).toInteger(), 500);
    QVERIFY(past.json().value("tickets"_L1).toArray().isEmpty());
    // People's output too: one line per ticket and a total.
    const Run text = run({u"tickets"_s, u"list"_s, u"--limit"_s, u"3"_s, u"--db"_s, m_db});
    QCOMPARE(text.code, 0);
    QCOMPARE(text.out.count('\n'), 4);
}

void TestLanternectl::globalOptionsAnywhere()
{
    const Run canonical = run({u"--db"_s, m_db, u"--json"_s, u"tickets"_s, u"list"_s, u"--limit"_s, u"7"_s});
    QVERIFY2(canonical.code == 0, qPrintable(canonical.describe()));
    QCOMPARE(canonical.json().value("tickets"_L1).toArray().size(), 7);
    for (const QStringList &args :
         {QStringList{u"tickets"_s, u"list"_s, u"--db"_s, m_db, u"--json"_s, u"--limit"_s, u"7"_s},
          QStringList{u"tickets"_s, u"--json"_s, u"list"_s, u"--limit=7"_s, u"--db="_s + m_db},
          QStringList{u"--json"_s, u"tickets"_s, u"list"_s, u"--limit"_s, u"7"_s, u"--db"_s, m_db, u"--as"_s,
                      u"admin"_s}}) {
        const Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u'\n' + r.describe()));
        QCOMPARE(r.out, canonical.out);
    }
    // LANTERNE_DB stands for --db.
    QProcessEnvironment env = m_env;
    env.insert(u"LANTERNE_DB"_s, m_db);
    const Run viaEnv = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"7"_s}, env);
    QVERIFY2(viaEnv.code == 0, qPrintable(viaEnv.describe()));
    QCOMPARE(viaEnv.out, canonical.out);
}

void TestLanternectl::badFilters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("status bogus") << QStringList{u"--status"_s, u"bogus"_s};
    QTest::newRow("one bogus status among good") << QStringList{u"--status"_s, u"new,bogus"_s};
    QTest::newRow("from month 13") << QStringList{u"--from"_s, u"2026-13-01"_s};
    QTest::newRow("to 30 February") << QStringList{u"--to"_s, u"2026-02-30"_s};
    QTest::newRow("from in French") << QStringList{u"--from"_s, u"01/06/2026"_s};
    QTest::newRow("class bogus") << QStringList{u"--class"_s, u"pending"_s};
    QTest::newRow("category bogus") << QStringList{u"--category"_s, u"ufo"_s};
    QTest::newRow("district bogus") << QStringList{u"--district"_s, u"Atlantide"_s};
    QTest::newRow("priority bogus") << QStringList{u"--priority"_s, u"critical"_s};
    QTest::newRow("channel bogus") << QStringList{u"--channel"_s, u"fax"_s};
    QTest::newRow("negative limit") << QStringList{u"--limit"_s, u"-1"_s};
    QTest::newRow("limit not a number") << QStringList{u"--limit"_s, u"ten"_s};
    QTest::newRow("offset not a number") << QStringList{u"--offset"_s, u"1e3"_s};
}

void TestLanternectl::badFilters()
{
    QFETCH(QStringList, args);
    for (const QString &cmd : {u"list"_s, u"export"_s}) {
        const QStringList full = cmd == "list"_L1 ? QStringList{u"tickets"_s, u"list"_s, u"--json"_s}
                                                  : QStringList{u"export"_s, u"--format"_s, u"csv"_s};
        const Run r = run(full + args + QStringList{u"--db"_s, m_db});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.code == 2, qPrintable(cmd + u": "_s + r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.trimmed().isEmpty());
    }
}

void TestLanternectl::listFilters()
{
    const QJsonArray all = allTickets(m_db);
    QCOMPARE(all.size(), 500);
    auto list = [&](const QStringList &filter) {
        const Run r =
            run(QStringList{u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"1000"_s, u"--db"_s, m_db} +
                filter);
        [&] { QVERIFY2(r.code == 0, qPrintable(r.describe())); }();
        return r.json();
    };
    auto expectSame = [&](const QStringList &filter, const std::function<bool(const QJsonObject &)> &pred) {
        const QJsonObject got = list(filter);
        QSet<QString> expected, ids;
        for (const QJsonValue &v : all)
            if (pred(v.toObject()))
                expected.insert(v.toObject().value("id"_L1).toString());
        for (const QJsonValue &v : got.value("tickets"_L1).toArray())
            ids.insert(v.toObject().value("id"_L1).toString());
        QVERIFY2(!expected.isEmpty(), qPrintable(filter.join(u' ')));
        QCOMPARE(got.value("total"_L1).toInteger(), expected.size());
        QCOMPARE(ids, expected);
    };
    expectSame({u"--status"_s, u"new,triage"_s}, [](const QJsonObject &t) {
        return t.value("status"_L1) == "new"_L1 || t.value("status"_L1) == "triage"_L1;
    });
    expectSame({u"--class"_s, u"closed"_s},
               [](const QJsonObject &t) { return t.value("status_class"_L1) == "closed"_L1; });
    expectSame({u"--category"_s, u"depot_sauvage"_s},
               [](const QJsonObject &t) { return t.value("category"_L1) == "depot_sauvage"_L1; });
    expectSame({u"--channel"_s, u"phone"_s},
               [](const QJsonObject &t) { return t.value("channel"_L1) == "phone"_L1; });
    expectSame({u"--team"_s, u"voirie-nord"_s},
               [](const QJsonObject &t) { return t.value("team"_L1) == "voirie-nord"_L1; });
    // A district by name or code.
    expectSame({u"--district"_s, u"Église"_s},
               [](const QJsonObject &t) { return t.value("district"_L1).toString() == u"Église"_s; });
    expectSame({u"--district"_s, u"eglise"_s},
               [](const QJsonObject &t) { return t.value("district"_L1).toString() == u"Église"_s; });
    // Dates are days of Europe/Paris, --to inclusive.
    const QTimeZone paris("Europe/Paris");
    auto day = [&](const QJsonObject &t) {
        return parseIso(t.value("created_at"_L1).toString()).toTimeZone(paris).date();
    };
    expectSame({u"--from"_s, u"2026-06-28"_s, u"--to"_s, u"2026-06-28"_s},
               [&](const QJsonObject &t) { return day(t) == QDate(2026, 6, 28); });
    expectSame({u"--to"_s, u"2026-06-27"_s},
               [&](const QJsonObject &t) { return day(t) <= QDate(2026, 6, 27); });
    expectSame({u"--from"_s, u"2026-06-29"_s},
               [&](const QJsonObject &t) { return day(t) >= QDate(2026, 6, 29); });
}

void TestLanternectl::showNotFound()
{
    for (const QString &ref :
         {u"NOPE-1"_s, u"PAN-2026-999999"_s, u"00000000-0000-4000-8000-000000000000"_s}) {
        const Run r = run({u"ticket"_s, u"show"_s, ref, u"--db"_s, m_db});
        QVERIFY2(r.code == 3, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.trimmed().isEmpty());
    }
    QCOMPARE(run({u"ticket"_s, u"show"_s, u"--db"_s, m_db}).code, 2); // no reference at all
}

void TestLanternectl::showJsonAndPersonalData()
{
    // A ticket of team voirie-nord reported through the app: it has a reporter.
    const Run list = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--team"_s, u"voirie-nord"_s, u"--channel"_s,
                          u"mobile_app"_s, u"--db"_s, m_db});
    QVERIFY2(list.code == 0, qPrintable(list.describe()));
    const QJsonArray ours = list.json().value("tickets"_L1).toArray();
    QVERIFY2(!ours.isEmpty(), "no voirie-nord ticket from the app in the demo");
    const QString ref = ours[0].toObject().value("reference"_L1).toString();
    const QString id = ours[0].toObject().value("id"_L1).toString();

    const Run admin = run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(admin.code == 0, qPrintable(admin.describe()));
    const QJsonObject t = admin.json();
    for (const QString &f : kTicketFields)
        QVERIFY2(t.contains(f), qPrintable(f));
    QCOMPARE(t.value("reference"_L1).toString(), ref);
    QCOMPARE(t.value("team"_L1).toString(), u"voirie-nord"_s);
    QVERIFY(t.value("reporter"_L1).isObject());
    const QJsonObject reporter = t.value("reporter"_L1).toObject();
    QVERIFY(!reporter.value("name"_L1).toString().isEmpty());
    QVERIFY(reporter.value("email"_L1).toString().endsWith("@example.org"_L1));
    QVERIFY(reporter.contains("phone"_L1));
    QVERIFY(t.value("comments"_L1).isArray());
    QVERIFY(t.value("photos"_L1).isArray());
    const QJsonArray history = t.value("history"_L1).toArray();
    QVERIFY(!history.isEmpty());
    QCOMPARE(history[0].toObject().value("field"_L1).toString(), u"created"_s);

    // Comments carry id, kind, author, created_at and text (find a ticket that has some).
    QJsonArray comments;
    for (const QJsonValue &v : allTickets(m_db)) {
        const QString r = v.toObject().value("reference"_L1).toString();
        if (v.toObject().value("status_class"_L1) != "closed"_L1)
            continue; // closed tickets always have a reason
        comments = run({u"ticket"_s, u"show"_s, r, u"--json"_s, u"--db"_s, m_db})
                       .json()
                       .value("comments"_L1)
                       .toArray();
        if (!comments.isEmpty())
            break;
    }
    QVERIFY(!comments.isEmpty());
    for (const QJsonValue &c : std::as_const(comments)) {
        const QJsonObject o = c.toObject();
        for (const char *f : {"id", "kind", "author", "created_at", "text"})
            QVERIFY2(o.contains(QLatin1String(f)), f);
        QVERIFY(o.value("kind"_L1) == "internal"_L1 || o.value("kind"_L1) == "public"_L1);
        QVERIFY(kIsoUtc.match(o.value("created_at"_L1).toString()).hasMatch());
        QVERIFY(!o.value("text"_L1).toString().isEmpty());
    }

    // The same ticket by UUID.
    const Run byId = run({u"ticket"_s, u"show"_s, id, u"--json"_s, u"--db"_s, m_db});
    QCOMPARE(byId.code, 0);
    QCOMPARE(byId.json().value("reference"_L1).toString(), ref);

    // The field team sees its ticket, without the reporter's personal data.
    const Run field =
        run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--as"_s, u"voirie.nord"_s, u"--db"_s, m_db});
    QVERIFY2(field.code == 0, qPrintable(field.describe()));
    QCOMPARE(field.json().value("reference"_L1).toString(), ref);
    QVERIFY(!field.json().contains("reporter"_L1));
    QVERIFY(!field.out.contains(reporter.value("email"_L1).toString().toUtf8()));
    const Run fieldText = run({u"ticket"_s, u"show"_s, ref, u"--as"_s, u"voirie.nord"_s, u"--db"_s, m_db});
    QCOMPARE(fieldText.code, 0);
    QVERIFY(!fieldText.out.contains(reporter.value("email"_L1).toString().toUtf8()));
    QVERIFY(!fieldText.out.contains(reporter.value("name"_L1).toString().toUtf8()));

    // Another team's ticket is refused to them.
    QString other;
    for (const QJsonValue &v : allTickets(m_db))
        if (v.toObject().value("team"_L1) != "voirie-nord"_L1)
            other = v.toObject().value("reference"_L1).toString();
    QVERIFY(!other.isEmpty());
    const Run refused =
        run({u"ticket"_s, u"show"_s, other, u"--json"_s, u"--as"_s, u"voirie.nord"_s, u"--db"_s, m_db});
    QVERIFY2(refused.code == 4, qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());
    // Their list holds only their team's tickets.
    const Run theirList = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"1000"_s, u"--as"_s,
                               u"voirie.nord"_s, u"--db"_s, m_db});
    QCOMPARE(theirList.code, 0);
    for (const QJsonValue &v : theirList.json().value("tickets"_L1).toArray())
        QCOMPARE(v.toObject().value("team"_L1).toString(), u"voirie-nord"_s);
    // An unknown login.
    QCOMPARE(run({u"ticket"_s, u"show"_s, ref, u"--as"_s, u"nobody"_s, u"--db"_s, m_db}).code, 2);
}

void TestLanternectl::createAndShow()
{
    const QString db = makeEditStore(u"create.db"_s);
    QVERIFY(!db.isEmpty());
    const Run r =
        run({u"ticket"_s, u"create"_s, u"--category"_s, u"lampadaire"_s, u"--description"_s,
             u"Lampadaire éteint, rue Hoche, depuis hier soir."_s, u"--lat"_s, u"48.8935"_s, u"--lon"_s,
             u"2.4045"_s, u"--address"_s, u"12 rue Hoche"_s, u"--channel"_s, u"phone"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QString ref = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(QRegularExpression(u"^PAN-\\d{4}-\\d{6}$"_s).match(ref).hasMatch(), qPrintable(ref));

    const Run show = run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, db});
    QVERIFY2(show.code == 0, qPrintable(show.describe()));
    const QJsonObject t = show.json();
    QCOMPARE(t.value("reference"_L1).toString(), ref);
    QCOMPARE(t.value("category"_L1).toString(), u"lampadaire"_s);
    QCOMPARE(t.value("description"_L1).toString(), u"Lampadaire éteint, rue Hoche, depuis hier soir."_s);
    QCOMPARE(t.value("status"_L1).toString(), u"new"_s);
    QCOMPARE(t.value("channel"_L1).toString(), u"phone"_s);
    QCOMPARE(t.value("address"_L1).toString(), u"12 rue Hoche"_s);
    QCOMPARE(t.value("district"_L1).toString(), u"Église"_s);
    QCOMPARE(t.value("latitude"_L1).toDouble(), 48.8935);
    QVERIFY(t.value("revision"_L1).isNull()); // not synced yet
    QCOMPARE(t.value("team"_L1).toString(), u"eclairage"_s);
    // It is the newest, and the store has one more ticket.
    const Run list = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"1"_s, u"--db"_s, db});
    QCOMPARE(list.json().value("total"_L1).toInteger(), 501);
    QCOMPARE(list.json().value("tickets"_L1).toArray()[0].toObject().value("reference"_L1).toString(), ref);
    // --json prints the reference and ids.
    const Run json =
        run({u"--json"_s, u"ticket"_s, u"create"_s, u"--category"_s, u"tag"_s, u"--description"_s,
             u"Tag sur le mur de l'école"_s, u"--lat"_s, u"48.9060"_s, u"--lon"_s, u"2.3950"_s,
             u"--address"_s, u"5 rue Cartier-Bresson"_s, u"--db"_s, db});
    QVERIFY2(json.code == 0, qPrintable(json.describe()));
    QVERIFY(QRegularExpression(u"^PAN-\\d{4}-\\d{6}$"_s)
                .match(json.json().value("reference"_L1).toString())
                .hasMatch());
    QVERIFY(!json.json().value("id"_L1).toString().isEmpty());
}

void TestLanternectl::createWithoutAddress()
{
    // --address is optional (CLI.md).
    const QString db = makeEditStore(u"create-no-address.db"_s);
    const Run r = run({u"ticket"_s, u"create"_s, u"--category"_s, u"tag"_s, u"--description"_s, u"Tag"_s,
                       u"--lat"_s, u"48.9060"_s, u"--lon"_s, u"2.3950"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(
        QRegularExpression(u"^PAN-\\d{4}-\\d{6}$"_s).match(QString::fromUtf8(r.out).trimmed()).hasMatch());
}

void TestLanternectl::createWithReporterNameAndEmail()
{
    // The form of CLI.md: a reporter's name and e-mail, no phone.
    const QString db = makeEditStore(u"create-reporter.db"_s);
    const Run r = run({u"ticket"_s, u"create"_s, u"--category"_s, u"nid_de_poule"_s, u"--description"_s,
                       u"Nid-de-poule profond"_s, u"--lat"_s, u"48.906"_s, u"--lon"_s, u"2.395"_s,
                       u"--address"_s, u"1 rue Hoche"_s, u"--reporter-name"_s, u"Camille Exemple"_s,
                       u"--reporter-email"_s, u"camille.exemple@example.org"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QString ref = QString::fromUtf8(r.out).trimmed();
    const QJsonObject t = run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, db}).json();
    QCOMPARE(t.value("reporter"_L1).toObject().value("email"_L1).toString(),
             u"camille.exemple@example.org"_s);
}

void TestLanternectl::createBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QStringList base{u"--description"_s, u"x"_s, u"--lat"_s, u"48.9"_s, u"--lon"_s, u"2.4"_s};
    QTest::newRow("no category") << base << 2;
    QTest::newRow("unknown category") << (base + QStringList{u"--category"_s, u"ufo"_s}) << 2;
    QTest::newRow("no latitude") << QStringList{u"--category"_s, u"tag"_s,   u"--description"_s,
                                                u"x"_s,          u"--lon"_s, u"2.4"_s}
                                 << 2;
    QTest::newRow("latitude not a number")
        << QStringList{u"--category"_s, u"tag"_s,   u"--description"_s, u"x"_s,
                       u"--lat"_s,      u"north"_s, u"--lon"_s,         u"2.4"_s}
        << 2;
    QTest::newRow("latitude out of range")
        << QStringList{u"--category"_s, u"tag"_s,   u"--description"_s, u"x"_s,
                       u"--lat"_s,      u"148.9"_s, u"--lon"_s,         u"2.4"_s}
        << 2;
    QTest::newRow("empty description")
        << QStringList{u"--category"_s, u"tag"_s,  u"--description"_s, u" "_s,
                       u"--lat"_s,      u"48.9"_s, u"--lon"_s,         u"2.4"_s}
        << 2;
    QTest::newRow("unknown channel") << (base +
                                         QStringList{u"--category"_s, u"tag"_s, u"--channel"_s, u"fax"_s})
                                     << 2;
    QTest::newRow("bad e-mail") << (base + QStringList{u"--category"_s, u"tag"_s, u"--reporter-email"_s,
                                                       u"nope"_s, u"--reporter-phone"_s, u"06 39 98 00 00"_s})
                                << 2;
    QTest::newRow("missing photo file")
        << (base + QStringList{u"--category"_s, u"tag"_s, u"--photo"_s, u"/nonexistent/photo.jpg"_s}) << 1;
    QTest::newRow("unexpected argument") << (base + QStringList{u"--category"_s, u"tag"_s, u"extra"_s}) << 2;
    QTest::newRow("field team") << (base +
                                    QStringList{u"--category"_s, u"tag"_s, u"--as"_s, u"voirie.nord"_s})
                                << 4;
}

void TestLanternectl::createBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const QString db = m_dir.filePath(u"create-bad.db"_s);
    if (!QFile::exists(db))
        QVERIFY(QFile::copy(m_db, db));
    const Run r = run(QStringList{u"ticket"_s, u"create"_s} + args + QStringList{u"--db"_s, db});
    QVERIFY2(r.code == code, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.trimmed().isEmpty());
    QCOMPARE(run({u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"0"_s, u"--db"_s, db})
                 .json()
                 .value("total"_L1)
                 .toInteger(),
             500);
}

void TestLanternectl::setStatus()
{
    const QString db = makeEditStore(u"status.db"_s);
    const QString ref =
        QString::fromUtf8(run({u"ticket"_s, u"create"_s, u"--category"_s, u"banc"_s, u"--description"_s,
                               u"Banc cassé"_s, u"--lat"_s, u"48.8925"_s, u"--lon"_s, u"2.401"_s,
                               u"--address"_s, u"3 rue Hoche"_s, u"--db"_s, db})
                              .out)
            .trimmed();
    QVERIFY(!ref.isEmpty());
    auto status = [&] {
        return run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, db})
            .json()
            .value("status"_L1)
            .toString();
    };

    // An agent may not cancel.
    Run r = run({u"ticket"_s, u"set-status"_s, ref, u"cancelled"_s, u"--as"_s, u"c.moreau"_s, u"--note"_s,
                 u"x"_s, u"--db"_s, db});
    QVERIFY2(r.code == 4, qPrintable(r.describe()));
    QVERIFY(!r.err.trimmed().isEmpty());
    QCOMPARE(status(), u"new"_s);
    // No further action needs a reason.
    r = run({u"ticket"_s, u"set-status"_s, ref, u"no_further_action"_s, u"--db"_s, db});
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QCOMPARE(status(), u"new"_s);
    // Unknown status, unknown ticket, missing status.
    QCOMPARE(run({u"ticket"_s, u"set-status"_s, ref, u"bogus"_s, u"--db"_s, db}).code, 2);
    QCOMPARE(run({u"ticket"_s, u"set-status"_s, u"NOPE-1"_s, u"triage"_s, u"--db"_s, db}).code, 3);
    QCOMPARE(run({u"ticket"_s, u"set-status"_s, ref, u"--db"_s, db}).code, 2);
    // Back to new: refused for everyone.
    QCOMPARE(run({u"ticket"_s, u"set-status"_s, ref, u"triage"_s, u"--db"_s, db}).code, 0);
    QCOMPARE(run({u"ticket"_s, u"set-status"_s, ref, u"new"_s, u"--db"_s, db}).code, 4);
    QCOMPARE(status(), u"triage"_s);
    // Duplicate of an unknown ticket; forwarded to an unknown authority.
    QCOMPARE(run({u"ticket"_s, u"set-status"_s, ref, u"duplicate"_s, u"--duplicate-of"_s,
                  u"PAN-1999-000001"_s, u"--db"_s, db})
                 .code,
             3);
    QCOMPARE(
        run({u"ticket"_s, u"set-status"_s, ref, u"forwarded"_s, u"--forward-to"_s, u"nasa"_s, u"--db"_s, db})
            .code,
        2);
    // A reason given: done, and the reason is a comment.
    r = run({u"ticket"_s, u"set-status"_s, ref, u"no_further_action"_s, u"--note"_s, u"Banc déjà remplacé"_s,
             u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonObject t = run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, db}).json();
    QCOMPARE(t.value("status"_L1).toString(), u"no_further_action"_s);
    QCOMPARE(t.value("status_class"_L1).toString(), u"closed"_s);
    QVERIFY(kIsoUtc.match(t.value("closed_at"_L1).toString()).hasMatch());
    QCOMPARE(t.value("comments"_L1).toArray().size(), 1);
    QCOMPARE(t.value("comments"_L1).toArray()[0].toObject().value("text"_L1).toString(),
             u"Banc déjà remplacé"_s);
}

void TestLanternectl::note()
{
    const QString db = makeEditStore(u"note.db"_s);
    const QString ref = allTickets(db).at(0).toObject().value("reference"_L1).toString();
    const QString id = allTickets(db).at(0).toObject().value("id"_L1).toString();
    const int before = run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, db})
                           .json()
                           .value("comments"_L1)
                           .toArray()
                           .size();
    const QString text = u"Texte de la note 7b3f, « accentué »"_s;
    Run r = run({u"ticket"_s, u"note"_s, ref, text, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    r = run({u"ticket"_s, u"note"_s, ref, u"Réponse publique 9c1d"_s, u"--public"_s, u"--as"_s, u"c.moreau"_s,
             u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));

    const Run show = run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, db});
    QCOMPARE(show.code, 0);
    const QJsonArray comments = show.json().value("comments"_L1).toArray();
    QCOMPARE(comments.size(), before + 2);
    int found = 0;
    for (const QJsonValue &c : comments) {
        const QJsonObject o = c.toObject();
        if (o.value("text"_L1).toString() == text) {
            ++found;
            QCOMPARE(o.value("kind"_L1).toString(), u"internal"_s);
            QCOMPARE(o.value("author"_L1).toString(), u"admin"_s);
            QVERIFY(kIsoUtc.match(o.value("created_at"_L1).toString()).hasMatch());
        } else if (o.value("text"_L1).toString() == u"Réponse publique 9c1d"_s) {
            QCOMPARE(o.value("kind"_L1).toString(), u"public"_s);
            QCOMPARE(o.value("author"_L1).toString(), u"c.moreau"_s);
        }
    }
    QCOMPARE(found, 1);
    // The text appears once in the whole output (in comments, not repeated in the history).
    QCOMPARE(show.out.count("7b3f"), 1);
    QCOMPARE(run({u"ticket"_s, u"show"_s, id, u"--json"_s, u"--db"_s, db}).out.count("7b3f"), 1);

    // Bad notes.
    QCOMPARE(run({u"ticket"_s, u"note"_s, ref, u"  "_s, u"--db"_s, db}).code, 2);
    QCOMPARE(run({u"ticket"_s, u"note"_s, ref, u"--db"_s, db}).code, 2);
    QCOMPARE(run({u"ticket"_s, u"note"_s, u"NOPE-1"_s, u"x"_s, u"--db"_s, db}).code, 3);
    QCOMPARE(
        run({u"ticket"_s, u"note"_s, ref, u"x"_s, u"--public"_s, u"--as"_s, u"eclairage"_s, u"--db"_s, db})
            .code,
        4);

    // A store synced with a central database acts as its login, with the role the server gave it.
    {
        lanterne::LocalStore store;
        QVERIFY(store.open(db).ok);
        QVERIFY(
            store.setSetting(u"central_url"_s, u"postgresql://n.girard@mairie.example.org/lanterne"_s).ok);
        QVERIFY(store.setSetting(u"central_login"_s, u"n.girard"_s).ok); // not in the local list of agents
        QVERIFY(store.setSetting(u"central_role"_s, u"supervisor"_s).ok);
    }
    r = run({u"ticket"_s, u"note"_s, ref, u"Note du terrain 4e2a"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    bool byLogin = false;
    for (const QJsonValue &c :
         run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, db}).json().value("comments"_L1).toArray())
        byLogin |= c.toObject().value("text"_L1).toString() == "Note du terrain 4e2a"_L1 &&
                   c.toObject().value("author"_L1).toString() == "n.girard"_L1;
    QVERIFY(byLogin);
    // ...with that role's rights: as a field team, no reply to the reporter.
    {
        lanterne::LocalStore store;
        QVERIFY(store.open(db).ok);
        QVERIFY(store.setSetting(u"central_role"_s, u"field"_s).ok);
    }
    QCOMPARE(run({u"ticket"_s, u"note"_s, ref, u"x"_s, u"--public"_s, u"--db"_s, db}).code, 4);
}

void TestLanternectl::exportCsv()
{
    const QString file = m_dir.filePath(u"export.csv"_s);
    const Run r = run({u"export"_s, u"--format"_s, u"csv"_s, u"-o"_s, file, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith(kCsvHeader + "\r\n"));

    bool ok = false;
    const QList<QStringList> records = parseCsv(data, ',', &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 501);
    QCOMPARE(records[0].join(u','), QString::fromLatin1(kCsvHeader));
    const QStringList header = records[0];

    // Compare with the JSON of the same tickets.
    QHash<QString, QJsonObject> byRef;
    for (const QJsonValue &v : allTickets(m_db))
        byRef.insert(v.toObject().value("reference"_L1).toString(), v.toObject());
    QCOMPARE(byRef.size(), 500);
    QDateTime previous;
    QSet<QString> refs;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &row = records[i];
        QCOMPARE(row.size(), header.size());
        auto col = [&](const char *name) { return row[header.indexOf(QLatin1String(name))]; };
        const QString ref = col("reference");
        QVERIFY2(byRef.contains(ref), qPrintable(ref));
        QVERIFY(!refs.contains(ref));
        refs.insert(ref);
        const QJsonObject t = byRef.value(ref);
        for (const char *same :
             {"municipality", "kind", "category", "status", "status_class", "priority", "channel", "address",
              "created_at", "acknowledged_at", "resolved_at", "closed_at", "due_at", "district", "service",
              "team", "assignee", "duplicate_of", "forwarded_to"})
            QVERIFY2(col(same) == jsonText(t.value(QLatin1String(same))),
                     qPrintable(ref + u' ' + QLatin1String(same) + u": "_s + col(same)));
        QVERIFY(!col("category_domain").isEmpty());
        bool okLat = false, okLon = false;
        QVERIFY(std::abs(col("latitude").toDouble(&okLat) - t.value("latitude"_L1).toDouble()) < 1e-6);
        QVERIFY(std::abs(col("longitude").toDouble(&okLon) - t.value("longitude"_L1).toDouble()) < 1e-6);
        QVERIFY(okLat && okLon);
        QVERIFY(kIsoUtc.match(col("created_at")).hasMatch());
        // Oldest first.
        const QDateTime created = parseIso(col("created_at"));
        if (previous.isValid())
            QVERIFY2(created >= previous, qPrintable(ref));
        previous = created;
    }
}

void TestLanternectl::exportCsvExcel()
{
    const QString file = m_dir.filePath(u"export-excel.csv"_s);
    const Run r = run({u"export"_s, u"--format"_s, u"csv"_s, u"--excel"_s, u"-o"_s, file, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QByteArray header = kCsvHeader;
    header.replace(',', ';');
    QVERIFY(data.mid(3).startsWith(header + "\r\n"));
    bool ok = false;
    const QList<QStringList> records = parseCsv(data.mid(3), ';', &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 501);
    for (const QStringList &row : records)
        QCOMPARE(row.size(), 23);
    // Same content as the plain CSV, field by field.
    QFile plain(m_dir.filePath(u"export.csv"_s));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const QList<QStringList> plainRecords = parseCsv(plain.readAll(), ',', &ok);
    QCOMPARE(records, plainRecords);
}

void TestLanternectl::exportToStdout()
{
    const Run r = run({u"export"_s, u"--format"_s, u"csv"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QFile f(m_dir.filePath(u"export.csv"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(r.out, f.readAll());
    // With filters and a limit.
    const Run some = run({u"export"_s, u"--format"_s, u"csv"_s, u"--class"_s, u"fixed"_s, u"--limit"_s,
                          u"7"_s, u"--db"_s, m_db});
    QCOMPARE(some.code, 0);
    bool ok = false;
    const QList<QStringList> records = parseCsv(some.out, ',', &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 8);
    for (qsizetype i = 1; i < records.size(); ++i)
        QCOMPARE(records[i][6], u"fixed"_s);
}

void TestLanternectl::exportFailuresLeaveNoFile()
{
    // A folder that does not exist.
    const QString missing = m_dir.filePath(u"no-such-folder/sub/out.csv"_s);
    Run r = run({u"export"_s, u"--format"_s, u"csv"_s, u"-o"_s, missing, u"--db"_s, m_db});
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no-such-folder"_s)));

    // A folder where the file should be.
    const QString folder = m_dir.filePath(u"a-folder"_s);
    QVERIFY(QDir().mkpath(folder));
    r = run({u"export"_s, u"--format"_s, u"geojson"_s, u"-o"_s, folder, u"--db"_s, m_db});
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).isEmpty());

    // An existing file is not replaced by a failed export.
    const QString existing = m_dir.filePath(u"keep.csv"_s);
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious\r\n");
    }
    r = run({u"export"_s, u"--format"_s, u"csv"_s, u"--status"_s, u"bogus"_s, u"-o"_s, existing, u"--db"_s,
             m_db});
    QCOMPARE(r.code, 2);
    r = run(
        {u"export"_s, u"--format"_s, u"csv"_s, u"-o"_s, existing, u"--db"_s, m_dir.filePath(u"nope.db"_s)});
    QVERIFY(r.code == 3 || r.code == 1);
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious\r\n"));
    // No temporary file left behind.
    const QStringList left =
        QDir(m_dir.path()).entryList({u"keep.csv*"_s, u".keep.csv*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{u"keep.csv"_s});
}

void TestLanternectl::exportGeoJson()
{
    const QString file = m_dir.filePath(u"export.geojson"_s);
    const Run r = run({u"export"_s, u"--format"_s, u"geojson"_s, u"-o"_s, file, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QCOMPARE(doc.object().value("type"_L1).toString(), u"FeatureCollection"_s);
    const QJsonArray features = doc.object().value("features"_L1).toArray();
    QCOMPARE(features.size(), 500);
    QSet<QString> refs;
    for (const QJsonValue &v : features) {
        const QJsonObject feature = v.toObject();
        QCOMPARE(feature.value("type"_L1).toString(), u"Feature"_s);
        const QJsonObject geometry = feature.value("geometry"_L1).toObject();
        QCOMPARE(geometry.value("type"_L1).toString(), u"Point"_s);
        const QJsonArray c = geometry.value("coordinates"_L1).toArray();
        QCOMPARE(c.size(), 2);
        // Longitude first.
        QVERIFY2(c[0].toDouble() > 2.3 && c[0].toDouble() < 2.5,
                 qPrintable(QString::number(c[0].toDouble())));
        QVERIFY2(c[1].toDouble() > 48.8 && c[1].toDouble() < 49.0,
                 qPrintable(QString::number(c[1].toDouble())));
        const QJsonObject props = feature.value("properties"_L1).toObject();
        refs.insert(props.value("reference"_L1).toString());
        QVERIFY(!props.contains("reporter"_L1));
        QVERIFY(props.contains("status"_L1) && props.contains("category"_L1));
    }
    QCOMPARE(refs.size(), 500);
    // To stdout as well, the same document.
    const Run out = run({u"export"_s, u"--format"_s, u"geojson"_s, u"--db"_s, m_db});
    QCOMPARE(out.code, 0);
    QCOMPARE(QJsonDocument::fromJson(out.out), doc);
    // An empty selection is still a valid document.
    const Run none =
        run({u"export"_s, u"--format"_s, u"geojson"_s, u"--search"_s, u"xyzzyplugh"_s, u"--db"_s, m_db});
    QCOMPARE(none.code, 0);
    QVERIFY(QJsonDocument::fromJson(none.out).object().value("features"_L1).toArray().isEmpty());
    QCOMPARE(QJsonDocument::fromJson(none.out).object().value("type"_L1).toString(), u"FeatureCollection"_s);
}

void TestLanternectl::missingStore_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("tickets list") << QStringList{u"tickets"_s, u"list"_s};
    QTest::newRow("tickets list --json") << QStringList{u"tickets"_s, u"list"_s, u"--json"_s};
    QTest::newRow("ticket show") << QStringList{u"ticket"_s, u"show"_s, u"PAN-2026-000001"_s};
    QTest::newRow("ticket note") << QStringList{u"ticket"_s, u"note"_s, u"PAN-2026-000001"_s, u"x"_s};
    QTest::newRow("export") << QStringList{u"export"_s, u"--format"_s, u"csv"_s};
}

void TestLanternectl::missingStore()
{
    QFETCH(QStringList, args);
    for (const QString &db : {u"/nonexistent/x.db"_s, m_dir.filePath(u"not-there.db"_s)}) {
        const Run r = run(args + QStringList{u"--db"_s, db});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.code == 3 || r.code == 1, qPrintable(r.describe()));
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(db)); // only demo and sync create a store
    }
    // No --db and no LANTERNE_DB: the default store does not exist here either.
    const Run r = run(args);
    QVERIFY2(r.code == 3 || r.code == 1, qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"xdg-data/lanterne/lanterne.db"_s)));
}

void TestLanternectl::notAStore()
{
    const QString path = m_dir.filePath(u"garbage.bin"_s);
    QByteArray bytes(20000, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    for (const QStringList &args :
         {QStringList{u"tickets"_s, u"list"_s}, QStringList{u"demo"_s, u"--tickets"_s, u"5"_s},
          QStringList{u"export"_s, u"--format"_s, u"csv"_s}}) {
        const Run r = run(args + QStringList{u"--db"_s, path});
        QVERIFY2(r.code == 1, qPrintable(r.describe()));
        QVERIFY(r.err.contains(path.toUtf8()));
        QVERIFY(r.out.isEmpty());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void TestLanternectl::garbageNeverCrashes()
{
    // The store every command of this test uses, whatever its arguments say.
    const QString db = makeEditStore(u"garbage.db"_s);
    QProcessEnvironment env = m_env;
    env.insert(u"LANTERNE_DB"_s, db);

    const QStringList vocabulary{u"tickets"_s,
                                 u"list"_s,
                                 u"ticket"_s,
                                 u"show"_s,
                                 u"create"_s,
                                 u"set-status"_s,
                                 u"assign"_s,
                                 u"set-priority"_s,
                                 u"note"_s,
                                 u"undo"_s,
                                 u"demo"_s,
                                 u"export"_s,
                                 u"report"_s,
                                 u"sync"_s,
                                 u"central"_s,
                                 u"interventions"_s,
                                 u"intervention"_s,
                                 u"plan"_s,
                                 u"--result"_s,
                                 u"--at"_s,
                                 u"--date"_s,
                                 u"--minutes"_s,
                                 u"--json"_s,
                                 u"--help"_s,
                                 u"--as"_s,
                                 u"--status"_s,
                                 u"--class"_s,
                                 u"--category"_s,
                                 u"--district"_s,
                                 u"--service"_s,
                                 u"--team"_s,
                                 u"--priority"_s,
                                 u"--channel"_s,
                                 u"--from"_s,
                                 u"--to"_s,
                                 u"--overdue"_s,
                                 u"--search"_s,
                                 u"--limit"_s,
                                 u"--offset"_s,
                                 u"--note"_s,
                                 u"--agent"_s,
                                 u"--description"_s,
                                 u"--lat"_s,
                                 u"--lon"_s,
                                 u"--address"_s,
                                 u"--reporter-name"_s,
                                 u"--reporter-email"_s,
                                 u"--kind"_s,
                                 u"--tickets"_s,
                                 u"--seed"_s,
                                 u"--until"_s,
                                 u"--communes"_s,
                                 u"--url"_s,
                                 u"--format"_s,
                                 u"-o"_s,
                                 u"--output"_s,
                                 u"--municipality"_s,
                                 u"--duplicate-of"_s,
                                 u"--forward-to"_s,
                                 u"--public"_s,
                                 u"--excel"_s,
                                 u"--sort"_s,
                                 u"--"_s,
                                 u"-"_s,
                                 u"--="_s,
                                 u"-=x"_s,
                                 u"---"_s,
                                 u"-h"_s,
                                 u"csv"_s,
                                 u"geojson"_s,
                                 u"pdf"_s,
                                 u"all"_s,
                                 u"new"_s,
                                 u"triage"_s,
                                 u"cancelled"_s,
                                 u"fixed"_s,
                                 u"open"_s,
                                 u"duplicate"_s,
                                 u"forwarded"_s,
                                 u"no_further_action"_s,
                                 u"urgent"_s,
                                 u"phone"_s,
                                 u"lampadaire"_s,
                                 u"voirie"_s,
                                 u"voirie-nord"_s,
                                 u"eglise"_s,
                                 u"Église"_s,
                                 u"admin"_s,
                                 u"c.moreau"_s,
                                 u"voirie.nord"_s,
                                 u"PAN-2026-000001"_s,
                                 u"PAN-2026-000500"_s,
                                 u"PAN-2026-"_s,
                                 u"00000000-0000-4000-8000-000000000000"_s,
                                 u"93055"_s,
                                 u"93055,93048"_s,
                                 u"ee-eau"_s,
                                 u"2026-06-28"_s,
                                 u"2026-13-45"_s,
                                 u"0000-00-00"_s,
                                 u"0"_s,
                                 u"-1"_s,
                                 u"1"_s,
                                 u"5"_s,
                                 u"99999999999999999999"_s,
                                 u"9223372036854775807"_s,
                                 u"-0"_s,
                                 u"1e9"_s,
                                 u"nan"_s,
                                 u"inf"_s,
                                 u"-inf"_s,
                                 u"48.9"_s,
                                 u"2.4"_s,
                                 u"-.5"_s,
                                 u"0x10"_s,
                                 u""_s,
                                 u" "_s,
                                 u"\""_s,
                                 u"*"_s,
                                 u"("_s,
                                 u"'; DROP TABLE ticket; --"_s,
                                 u"%s%s%n"_s,
                                 u"\\"_s,
                                 u"🙂"_s,
                                 u"\u202Eevil"_s,
                                 u"out.csv"_s,
                                 u"sub/dir/out.csv"_s,
                                 u"/nonexistent/out.csv"_s,
                                 u"."_s,
                                 u".."_s};

    QRandomGenerator rng(20260630);
    auto randomWord = [&]() {
        QString s;
        const int len = int(rng.bounded(1, 40));
        for (int i = 0; i < len; ++i) {
            switch (rng.bounded(4)) {
            case 0:
                s.append(QChar(char16_t(rng.bounded(0x21, 0x7f))));
                break;
            case 1:
                s.append(QChar(char16_t(rng.bounded(0xa0, 0x2000))));
                break;
            case 2:
                s.append(QChar(char16_t(rng.bounded(0x1, 0x20)))); // control characters
                break;
            default:
                s.append(QChar::fromUcs4(char32_t(rng.bounded(0x1F300, 0x1F650))));
            }
        }
        s.remove(u'/'); // relative paths only: files land in the working directory
        return s;
    };

    QList<QStringList> cases{
        {u"--"_s},
        {u"-"_s},
        {u"--="_s},
        {u"--db"_s},
        {u"tickets"_s, u"list"_s, u"--limit"_s, u"99999999999999999999"_s},
        {u"tickets"_s, u"list"_s, u"--offset"_s, u"9223372036854775807"_s, u"--limit"_s,
         u"9223372036854775807"_s},
        {u"export"_s, u"--format"_s, u"geojson"_s, u"--limit"_s, u"0"_s},
        {u"export"_s, u"--format"_s, u"csv"_s, u"--limit"_s, u"9223372036854775807"_s},
        {u"ticket"_s, u"show"_s, u""_s},
        {u"ticket"_s, u"show"_s, QString(100000, u'A')},
        {u"ticket"_s, u"create"_s, u"--category"_s, u"tag"_s, u"--description"_s, u"x"_s, u"--lat"_s,
         u"nan"_s, u"--lon"_s, u"inf"_s},
        {u"ticket"_s, u"create"_s, u"--category"_s, u"tag"_s, u"--description"_s, u"x"_s, u"--lat"_s,
         u"48.9"_s, u"--lon"_s, u"2.4"_s, u"--photo"_s, u"/dev/null"_s},
        {u"ticket"_s, u"create"_s, u"--category"_s, u"tag"_s, u"--description"_s, u"x"_s, u"--lat"_s,
         u"48.9"_s, u"--lon"_s, u"2.4"_s, u"--photo"_s, u"."_s},
        {u"ticket"_s, u"set-status"_s, u"PAN-2026-000001"_s, u"duplicate"_s, u"--duplicate-of"_s,
         u"PAN-2026-000001"_s},
        {u"ticket"_s, u"assign"_s, u"PAN-2026-000002"_s, u"--team"_s, u""_s, u"--service"_s, u""_s},
        {u"ticket"_s, u"undo"_s, u"PAN-2026-000002"_s},
        {u"ticket"_s, u"undo"_s, u"PAN-2026-000002"_s},
        {u"demo"_s, u"--tickets"_s, u"5000001"_s},
        {u"demo"_s, u"--until"_s, u"0001-01-01"_s},
        {u"--as"_s, u""_s, u"tickets"_s, u"list"_s},
        {u"--json"_s, u"--json"_s, u"tickets"_s, u"list"_s, u"--limit=1"_s, u"--limit=2"_s},
        {u"tickets"_s, u"list"_s, u"--search"_s, u"\"*():^+{}"_s},
        {u"tickets"_s, u"list"_s, u"--search"_s, QString(20000, u'é')},
    };
    for (int i = 0; i < 70; ++i) {
        QStringList args;
        const int n = int(rng.bounded(0, 9));
        for (int k = 0; k < n; ++k)
            args.append(rng.bounded(3) == 0 ? randomWord() : vocabulary[int(rng.bounded(vocabulary.size()))]);
        cases.append(args);
    }

    QElapsedTimer timer;
    timer.start();
    for (const QStringList &args : std::as_const(cases)) {
        const Run r = run(args, env, 30000);
        const QString what = args.join(u" | "_s).left(300);
        QVERIFY2(r.finished, qPrintable(u"did not finish: "_s + what));
        QVERIFY2(r.status == QProcess::NormalExit, qPrintable(u"crashed: "_s + what + u'\n' + r.describe()));
        QVERIFY2(r.code >= 0 && r.code <= 4, qPrintable(what + u'\n' + r.describe()));
    }
    qInfo("%lld argument lists in %lld ms", qint64(cases.size()), qint64(timer.elapsed()));
    // The store is still sound.
    const Run check = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"0"_s}, env);
    QCOMPARE(check.code, 0);
    QVERIFY(check.json().value("total"_L1).toInteger() >= 500);
}

void TestLanternectl::triageCommands()
{
    const QString db = makeEditStore(u"triage.db"_s);
    // A water leak arrives: a routing rule forwards it to Est Ensemble at once.
    Run r = run({u"ticket"_s, u"create"_s, u"--category"_s, u"fuite"_s, u"--description"_s,
                 u"Fuite sous la chaussée"_s, u"--lat"_s, u"48.8935"_s, u"--lon"_s, u"2.4045"_s,
                 u"--reporter-name"_s, u"Alex Essai"_s, u"--reporter-email"_s, u"alex@example.org"_s,
                 u"--json"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QString leak = r.json().value("reference"_L1).toString();
    QJsonObject t = run({u"ticket"_s, u"show"_s, leak, u"--json"_s, u"--db"_s, db}).json();
    QCOMPARE(t.value("status"_L1).toString(), u"forwarded"_s);
    QCOMPARE(t.value("forwarded_to"_L1).toString(), u"ee-eau"_s);
    QCOMPARE(t.value("forward_state"_L1).toString(), u"sent"_s);
    QCOMPARE(t.value("routing_rule"_L1).toString(), u"eau-est-ensemble"_s);
    // Sent back by the authority: a reason is required.
    QCOMPARE(run({u"ticket"_s, u"forward-state"_s, leak, u"returned"_s, u"--db"_s, db}).code, 2);
    QCOMPARE(
        run({u"ticket"_s, u"forward-state"_s, leak, u"perdu"_s, u"--note"_s, u"?"_s, u"--db"_s, db}).code, 2);
    r = run({u"ticket"_s, u"forward-state"_s, leak, u"returned"_s, u"--note"_s, u"Réseau privé"_s, u"--db"_s,
             db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    t = run({u"ticket"_s, u"show"_s, leak, u"--json"_s, u"--db"_s, db}).json();
    QCOMPARE(t.value("status"_L1).toString(), u"triage"_s);
    QCOMPARE(t.value("forward_state"_L1).toString(), u"returned"_s);
    // Forwarded again by hand; unknown authority refused as bad input.
    QCOMPARE(run({u"ticket"_s, u"forward"_s, leak, u"onu"_s, u"--db"_s, db}).code, 2);
    QCOMPARE(run({u"ticket"_s, u"forward"_s, leak, u"cd93"_s, u"--db"_s, db}).code, 0);

    // Two street lamps 15 m apart: the second is suggested as a duplicate of the first, then merged.
    r = run({u"ticket"_s, u"create"_s, u"--category"_s, u"lampadaire"_s, u"--description"_s,
             u"Lampadaire éteint devant le 3"_s, u"--lat"_s, u"48.8935"_s, u"--lon"_s, u"2.4045"_s,
             u"--json"_s, u"--db"_s, db});
    const QString first = r.json().value("reference"_L1).toString();
    r = run({u"ticket"_s, u"create"_s, u"--category"_s, u"lampadaire"_s, u"--description"_s,
             u"Le lampadaire du 3 est éteint"_s, u"--lat"_s, u"48.89363"_s, u"--lon"_s, u"2.4045"_s,
             u"--json"_s, u"--db"_s, db});
    const QString second = r.json().value("reference"_L1).toString();
    r = run({u"ticket"_s, u"duplicates"_s, second, u"--json"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonArray dups = r.json().value("duplicates"_L1).toArray();
    QVERIFY(!dups.isEmpty());
    QCOMPARE(dups.first().toObject().value("reference"_L1).toString(), first);
    QVERIFY(dups.first().toObject().value("distance_m"_L1).toInt() <= 16);
    QCOMPARE(run({u"ticket"_s, u"duplicates"_s, u"NOPE-1"_s, u"--db"_s, db}).code, 3);
    QCOMPARE(run({u"ticket"_s, u"merge"_s, second, first, u"--db"_s, db}).code, 0);
    t = run({u"ticket"_s, u"show"_s, second, u"--json"_s, u"--db"_s, db}).json();
    QCOMPARE(t.value("status"_L1).toString(), u"duplicate"_s);
    QCOMPARE(t.value("duplicate_of"_L1).toString(), first);
    QCOMPARE(run({u"ticket"_s, u"merge"_s, first, first, u"--db"_s, db}).code, 2);

    // A public reply, and the routing applied again after a manual assignment.
    QCOMPARE(run({u"ticket"_s, u"reply"_s, first, u"Nous passons demain."_s, u"--subject"_s, u"Passage"_s,
                  u"--db"_s, db})
                 .code,
             0);
    QCOMPARE(run({u"ticket"_s, u"assign"_s, first, u"--team"_s, u"asvp"_s, u"--db"_s, db}).code, 0);
    QCOMPARE(run({u"ticket"_s, u"show"_s, first, u"--json"_s, u"--db"_s, db})
                 .json()
                 .value("routing_rule"_L1)
                 .toString(),
             u"manual"_s);
    QCOMPARE(run({u"ticket"_s, u"reroute"_s, first, u"--db"_s, db}).code, 0);
    QCOMPARE(
        run({u"ticket"_s, u"show"_s, first, u"--json"_s, u"--db"_s, db}).json().value("team"_L1).toString(),
        u"eclairage"_s);
    QCOMPARE(run({u"ticket"_s, u"reroute"_s, first, u"--as"_s, u"eclairage"_s, u"--db"_s, db}).code, 4);
}

void TestLanternectl::interventionsCommands()
{
    const QString db = makeEditStore(u"interventions.db"_s);
    // Three open tickets for the north roads team's day.
    QStringList refs;
    for (const QJsonValue &v : allTickets(db)) {
        const QJsonObject t = v.toObject();
        if (t.value("status_class"_L1).toString() == "open"_L1 && refs.size() < 3)
            refs << t.value("reference"_L1).toString();
    }
    QCOMPARE(refs.size(), 3);
    const QString day = u"2026-07-08"_s; // after the demo city (its teams have stops until 1 July)
    QStringList ids;
    for (const QString &ref : refs) {
        const Run r = run({u"intervention"_s, u"plan"_s, ref, u"--team"_s, u"voirie-nord"_s, u"--date"_s, day,
                           u"--time"_s, u"%1:00"_s.arg(8 + refs.indexOf(ref)), u"--as"_s, u"c.moreau"_s,
                           u"--json"_s, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        ids << r.json().value("id"_L1).toString();
        QCOMPARE(r.json().value("reference"_L1).toString(), ref);
    }
    // A field login plans nothing; an unknown team or a bad date is bad usage.
    QCOMPARE(run({u"intervention"_s, u"plan"_s, refs[0], u"--team"_s, u"voirie-nord"_s, u"--as"_s,
                  u"voirie.nord"_s, u"--db"_s, db})
                 .code,
             4);
    QCOMPARE(run({u"intervention"_s, u"plan"_s, refs[0], u"--team"_s, u"nulle-part"_s, u"--db"_s, db}).code,
             2);
    QCOMPARE(run({u"intervention"_s, u"plan"_s, refs[0], u"--team"_s, u"voirie-sud"_s, u"--time"_s, u"8h"_s,
                  u"--db"_s, db})
                 .code,
             2);
    QCOMPARE(run({u"interventions"_s, u"list"_s, u"--team"_s, u"voirie-nord"_s, u"--date"_s, u"30/06/2026"_s,
                  u"--db"_s, db})
                 .code,
             2);

    // The team's day, in order, for the team's own login (no --team needed).
    Run r = run({u"interventions"_s, u"list"_s, u"--date"_s, day, u"--as"_s, u"voirie.nord"_s, u"--json"_s,
                 u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QJsonArray list = r.json().value("interventions"_L1).toArray();
    QCOMPARE(list.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = list[i].toObject();
        QCOMPARE(o.value("id"_L1).toString(), ids[i]);
        QCOMPARE(o.value("position"_L1).toInt(), i + 1);
        QCOMPARE(o.value("planned_time"_L1).toString(), u"%1:00"_s.arg(8 + i, 2, 10, QChar(u'0')));
        QCOMPARE(o.value("ticket_status"_L1).toString(), u"planned"_s);
        QVERIFY(o.value("result"_L1).isNull());
        QVERIFY(o.value("acted_at"_L1).isNull());
        QVERIFY(o.value("pending"_L1).toBool());
    }
    QCOMPARE(run({u"interventions"_s, u"list"_s, u"--team"_s, u"eclairage"_s, u"--as"_s, u"voirie.nord"_s,
                  u"--db"_s, db})
                 .code,
             4);

    // Done at 08:30 Paris (06:30 UTC in summer), by reference; impossible needs a reason.
    r = run({u"intervention"_s, u"report"_s, refs[0], u"--result"_s, u"done"_s, u"--at"_s, u"08:30"_s,
             u"--minutes"_s, u"25"_s, u"--materials"_s, u"Enrobé"_s, u"--as"_s, u"voirie.nord"_s, u"--json"_s,
             u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().value("id"_L1).toString(), ids[0]);
    QCOMPARE(run({u"intervention"_s, u"report"_s, ids[1], u"--result"_s, u"impossible"_s, u"--at"_s,
                  u"09:00"_s, u"--as"_s, u"voirie.nord"_s, u"--db"_s, db})
                 .code,
             2);
    r = run({u"intervention"_s, u"report"_s, ids[1], u"--result"_s, u"impossible"_s, u"--reason"_s,
             u"Camion garé dessus"_s, u"--at"_s, u"2026-06-30T09:10:00+02:00"_s, u"--as"_s, u"voirie.nord"_s,
             u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    // Bad values are bad usage; another team is refused; an unknown intervention is not found.
    for (const QStringList &bad :
         {QStringList{u"--result"_s, u"fait"_s}, QStringList{u"--result"_s, u"done"_s, u"--at"_s, u"25:99"_s},
          QStringList{u"--result"_s, u"done"_s, u"--minutes"_s, u"beaucoup"_s},
          QStringList{u"--result"_s, u"done"_s, u"--minutes"_s, u"5000"_s}}) {
        const Run b = run(
            QStringList{u"intervention"_s, u"report"_s, ids[2], u"--as"_s, u"voirie.nord"_s, u"--db"_s, db} +
            bad);
        QVERIFY2(b.code == 2, qPrintable(bad.join(u' ') + u"\n"_s + b.describe()));
    }
    QCOMPARE(run({u"intervention"_s, u"report"_s, ids[2], u"--result"_s, u"done"_s, u"--as"_s, u"eclairage"_s,
                  u"--db"_s, db})
                 .code,
             4);
    QCOMPARE(run({u"intervention"_s, u"report"_s, u"00000000-0000-0000-0000-000000000000"_s, u"--result"_s,
                  u"done"_s, u"--db"_s, db})
                 .code,
             3);

    r = run({u"interventions"_s, u"list"_s, u"--team"_s, u"voirie-nord"_s, u"--date"_s, day, u"--json"_s,
             u"--db"_s, db});
    list = r.json().value("interventions"_L1).toArray();
    QCOMPARE(list.size(), 3);
    const QJsonObject done = list[0].toObject(), impossible = list[1].toObject();
    QCOMPARE(done.value("result"_L1).toString(), u"done"_s);
    QCOMPARE(done.value("acted_at"_L1).toString(), u"2026-07-08T06:30:00Z"_s);
    QCOMPARE(done.value("minutes_spent"_L1).toInt(), 25);
    QCOMPARE(done.value("materials"_L1).toString(), u"Enrobé"_s);
    QCOMPARE(done.value("ticket_status"_L1).toString(), u"fixed"_s);
    QCOMPARE(impossible.value("result"_L1).toString(), u"impossible"_s);
    QCOMPARE(impossible.value("acted_at"_L1).toString(), u"2026-06-30T07:10:00Z"_s);
    QCOMPARE(impossible.value("ticket_status"_L1).toString(), u"waiting"_s);
    QCOMPARE(run({u"ticket"_s, u"show"_s, refs[0], u"--json"_s, u"--db"_s, db})
                 .json()
                 .value("resolved_at"_L1)
                 .toString(),
             u"2026-07-08T06:30:00Z"_s);

    // The round sheet, for a script that prints it every morning.
    const QString sheet = m_dir.filePath(u"work/sheet.pdf"_s);
    QProcessEnvironment french = m_env;
    french.insert(u"LANG"_s, u"fr_FR.UTF-8"_s); // the sheet as the teams read it
    r = run({u"interventions"_s, u"sheet"_s, u"--team"_s, u"voirie-nord"_s, u"--date"_s, day, u"-o"_s, sheet,
             u"--db"_s, db},
            french);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, sheet, u"-"_s});
    QVERIFY2(text.waitForFinished(20000) && text.exitCode() == 0, "pdftotext (poppler-utils) is needed");
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(t.contains(u"Feuille de route"_s));
    QVERIFY(t.indexOf(refs[0]) >= 0 && t.indexOf(refs[0]) < t.indexOf(refs[1]) &&
            t.indexOf(refs[1]) < t.indexOf(refs[2]));
    QCOMPARE(t.count(u"Notes :"_s), 3);
    QCOMPARE(run({u"interventions"_s, u"sheet"_s, u"--team"_s, u"voirie-nord"_s, u"--date"_s, u"2026-07-09"_s,
                  u"-o"_s, sheet + u".none"_s, u"--db"_s, db})
                 .code,
             3);
    QVERIFY(!QFile::exists(sheet + u".none"_s));

    // The office reorders the day, then removes the last stop (a reported one stays).
    r = run({u"intervention"_s, u"reorder"_s, ids[2] + u',' + ids[0] + u',' + ids[1], u"--team"_s,
             u"voirie-nord"_s, u"--date"_s, day, u"--as"_s, u"c.moreau"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(run({u"intervention"_s, u"reorder"_s, ids[2], u"--team"_s, u"voirie-nord"_s, u"--date"_s, day,
                  u"--as"_s, u"c.moreau"_s, u"--db"_s, db})
                 .code,
             2);
    QCOMPARE(run({u"intervention"_s, u"cancel"_s, ids[0], u"--as"_s, u"c.moreau"_s, u"--db"_s, db}).code, 4);
    QCOMPARE(run({u"intervention"_s, u"cancel"_s, ids[2], u"--as"_s, u"c.moreau"_s, u"--db"_s, db}).code, 0);
    list = run({u"interventions"_s, u"list"_s, u"--team"_s, u"voirie-nord"_s, u"--date"_s, day, u"--json"_s,
                u"--db"_s, db})
               .json()
               .value("interventions"_L1)
               .toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value("id"_L1).toString(), ids[0]);
    QCOMPARE(list[1].toObject().value("position"_L1).toInt(), 2);
}

void TestLanternectl::lateReport()
{
    Run r = run({u"late"_s, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonArray services = r.json().value("services"_L1).toArray();
    QVERIFY(services.size() >= 2);
    const QJsonObject total = services.last().toObject();
    QVERIFY(total.value("service"_L1).isNull());
    int overdue = 0, open = 0;
    for (qsizetype i = 0; i + 1 < services.size(); ++i) {
        overdue += services[i].toObject().value("overdue"_L1).toInt();
        open += services[i].toObject().value("open"_L1).toInt();
        QVERIFY(services[i].toObject().value("overdue_over_7_days"_L1).toInt() <=
                services[i].toObject().value("overdue"_L1).toInt());
    }
    QCOMPARE(total.value("overdue"_L1).toInt(), overdue);
    QCOMPARE(total.value("open"_L1).toInt(), open);
    // The same count as the list's --overdue filter.
    const Run list =
        run({u"tickets"_s, u"list"_s, u"--overdue"_s, u"--json"_s, u"--limit"_s, u"1"_s, u"--db"_s, m_db});
    QCOMPARE(list.json().value("total"_L1).toInt(), overdue);
    QVERIFY(overdue > 0);
    // By service, under a filter; bad filters are bad usage.
    r = run({u"late"_s, u"--category"_s, u"lampadaire"_s, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonArray lamps = r.json().value("services"_L1).toArray();
    QCOMPARE(lamps.size(), 2); // street lamps are the lighting service's, and the total
    QCOMPARE(lamps.first().toObject().value("service"_L1).toString(), u"eclairage"_s);
    QVERIFY(lamps.first().toObject().value("open"_L1).toInt() < open);
    r = run({u"late"_s, u"--db"_s, m_db}); // for people: a table, one line per service and the total
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.count('\n'), int(services.size()) + 1);
    QCOMPARE(run({u"late"_s, u"--category"_s, u"ovni"_s, u"--db"_s, m_db}).code, 2);
    QCOMPARE(run({u"late"_s, u"extra"_s, u"--db"_s, m_db}).code, 2);
}

namespace {

/** percentile_cont, written again here: sorted values, linear between ranks. */
std::optional<double> percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const auto lo = qsizetype(pos);
    const auto hi = std::min<qsizetype>(lo + 1, v.size() - 1);
    return v[lo] + (pos - double(lo)) * (v[hi] - v[lo]);
}

} // namespace

QString TestLanternectl::reportStore()
{
    // Three weeks of a city's tickets, across the change to summer time (29 March 2026).
    const QString db = m_dir.filePath(u"report.db"_s);
    if (!QFile::exists(db)) {
        const Run r =
            run({u"demo"_s, u"--tickets"_s, u"4000"_s, u"--until"_s, u"2026-04-05"_s, u"--db"_s, db});
        if (r.code != 0)
            qWarning() << r.describe();
    }
    return db;
}

void TestLanternectl::reportCsv()
{
    // The figures of the last days of March 2026, against what the ticket export says, ticket by
    // ticket.
    const QString m_db = reportStore();
    Run r = run({u"report"_s, u"--from"_s, u"2026-03-20"_s, u"--to"_s, u"2026-03-31"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    bool ok = false;
    const QList<QStringList> rows = parseCsv(r.out, ',', &ok);
    QVERIFY(ok);
    QCOMPARE(rows.first().join(u','),
             u"section,key,created,resolved,median_hours_to_acknowledge,p90_hours_to_acknowledge,"
             "median_hours_to_resolve,p90_hours_to_resolve,resolved_within_deadline_pct"_s);
    QCOMPARE(rows.value(1).value(0), u"total"_s);
    QCOMPARE(rows.value(1).value(1), QString());

    const Run e = run({u"export"_s, u"--format"_s, u"csv"_s, u"--db"_s, m_db});
    QVERIFY2(e.code == 0, qPrintable(e.describe()));
    const QList<QStringList> tickets = parseCsv(e.out, ',', &ok);
    QVERIFY(ok);
    const QStringList head = tickets.first();
    const QTimeZone paris("Europe/Paris");
    const qint64 start = QDateTime(QDate(2026, 3, 20), QTime(0, 0), paris).toMSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2026, 4, 1), QTime(0, 0), paris).toMSecsSinceEpoch();
    auto ms = [&](const QStringList &t, const char *column) -> std::optional<qint64> {
        const QString v = t.value(head.indexOf(QLatin1String(column)));
        if (v.isEmpty())
            return std::nullopt;
        return parseIso(v).toMSecsSinceEpoch();
    };
    struct Expected
    {
        int created = 0, resolved = 0, withDeadline = 0, inTime = 0;
        QList<double> ack, res;
    };
    QMap<QString, Expected> expected; // "section/key"
    for (qsizetype i = 1; i < tickets.size(); ++i) {
        const QStringList &t = tickets[i];
        const qint64 created = *ms(t, "created_at");
        const auto resolved = ms(t, "resolved_at");
        const bool createdIn = created >= start && created < end;
        const bool resolvedIn = resolved && *resolved >= start && *resolved < end;
        if (!createdIn && !resolvedIn)
            continue;
        for (const QString &key : {u"total/"_s, u"category/"_s + t.value(head.indexOf(u"category"_s)),
                                   u"channel/"_s + t.value(head.indexOf(u"channel"_s))}) {
            Expected &x = expected[key];
            x.created += createdIn;
            if (!resolvedIn)
                continue;
            ++x.resolved;
            if (const auto ack = ms(t, "acknowledged_at"))
                x.ack.append(double(*ack - created) / 3.6e6);
            x.res.append(double(*resolved - created) / 3.6e6);
            if (const auto due = ms(t, "due_at")) {
                ++x.withDeadline;
                x.inTime += *resolved <= *due;
            }
        }
    }
    QVERIFY(expected.value(u"total/"_s).created > 20);
    QVERIFY(expected.value(u"total/"_s).resolved > 20);
    auto fmt = [](const std::optional<double> &v, int decimals) {
        return v ? QString::number(*v, 'f', decimals) : QString();
    };
    int compared = 0;
    QStringList sections;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        QCOMPARE(row.size(), 9);
        if (sections.isEmpty() || sections.last() != row[0])
            sections.append(row[0]);
        const QString key = row[0] + u'/' + row[1];
        if (row[0] != "total"_L1 && row[0] != "category"_L1 && row[0] != "channel"_L1)
            continue;
        QVERIFY2(expected.contains(key), qPrintable(key));
        const Expected x = expected.value(key);
        QCOMPARE(row[2].toInt(), x.created);
        QCOMPARE(row[3].toInt(), x.resolved);
        // The export has whole seconds, the store milliseconds: hours agree to the rounding.
        auto near = [&](const QString &cell, const std::optional<double> &want) {
            if (!want)
                return cell.isEmpty();
            return !cell.isEmpty() && std::abs(cell.toDouble() - *want) <= 0.0051;
        };
        QVERIFY2(near(row[4], percentile(x.ack, 0.5)), qPrintable(key + u' ' + row[4]));
        QVERIFY2(near(row[5], percentile(x.ack, 0.9)), qPrintable(key + u' ' + row[5]));
        QVERIFY2(near(row[6], percentile(x.res, 0.5)), qPrintable(key + u' ' + row[6]));
        QVERIFY2(near(row[7], percentile(x.res, 0.9)), qPrintable(key + u' ' + row[7]));
        QCOMPARE(row[8], x.withDeadline ? fmt(100.0 * x.inTime / x.withDeadline, 1) : QString());
        ++compared;
    }
    QCOMPARE(sections,
             (QStringList{u"total"_s, u"category"_s, u"service"_s, u"team"_s, u"district"_s, u"channel"_s}));
    QCOMPARE(compared, int(expected.size())); // every key with a ticket has its row, and no other

    // The same rows as JSON; for French spreadsheets with --excel; to a file with -o.
    r = run({u"report"_s, u"--from"_s, u"2026-03-20"_s, u"--to"_s, u"2026-03-31"_s, u"--json"_s, u"--db"_s,
             m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonArray json = r.json().value("rows"_L1).toArray();
    QCOMPARE(json.size(), rows.size() - 1);
    QCOMPARE(json.first()[u"created"_s].toInt(), expected.value(u"total/"_s).created);
    r = run({u"report"_s, u"--from"_s, u"2026-03-20"_s, u"--to"_s, u"2026-03-31"_s, u"--excel"_s, u"--db"_s,
             m_db});
    QVERIFY(r.out.startsWith("\xEF\xBB\xBFsection;key;created;"));
    const QString file = m_dir.filePath(u"report.csv"_s);
    r = run({u"report"_s, u"--from"_s, u"2026-03-20"_s, u"--to"_s, u"2026-03-31"_s, u"-o"_s, file, u"--db"_s,
             m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(
        f.readAll(),
        run({u"report"_s, u"--from"_s, u"2026-03-20"_s, u"--to"_s, u"2026-03-31"_s, u"--db"_s, m_db}).out);

    // A period without any ticket: the total row alone, zero and no times.
    r = run({u"report"_s, u"--from"_s, u"2030-01-01"_s, u"--to"_s, u"2030-01-31"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.split('\n').value(1).trimmed(), QByteArray("total,,0,0,,,,,"));
}

void TestLanternectl::reportPdf()
{
    const QString m_db = reportStore();
    const QString file = m_dir.filePath(u"report.pdf"_s);
    const Run r = run({u"report"_s, u"--from"_s, u"2026-03-20"_s, u"--to"_s, u"2026-03-31"_s, u"--format"_s,
                       u"pdf"_s, u"-o"_s, file, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, file, u"-"_s});
    QVERIFY2(p.waitForFinished(20000) && p.exitCode() == 0, "pdftotext (poppler-utils) is needed");
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    // In French, with the city and the period, key figures and tables.
    QVERIFY2(text.contains(u"Pantin"_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"du 20 mars 2026 au 31 mars 2026"_s));
    QVERIFY(text.contains(u"Signalements reçus"_s));
    QVERIFY(text.contains(u"Résolus dans les délais"_s));
    QVERIFY(text.contains(u"Par catégorie"_s));
    QVERIFY(text.contains(u"Par service"_s));
    QVERIFY(text.contains(u"Par quartier"_s));
    // The number of tickets received, as the CSV says, written the French way.
    const Run csv = run({u"report"_s, u"--from"_s, u"2026-03-20"_s, u"--to"_s, u"2026-03-31"_s, u"--json"_s,
                         u"--db"_s, m_db});
    const int created = csv.json().value("rows"_L1).toArray().first()[u"created"_s].toInt();
    QVERIFY(created > 0);
    QVERIFY2(text.contains(QLocale(QLocale::French)
                               .toString(created)
                               .replace(QChar(0x202F), u' ')
                               .replace(QChar(0x00A0), u' ')),
             qPrintable(text.left(800)));
    // PDF is not JSON.
    QCOMPARE(run({u"report"_s, u"--from"_s, u"2026-03-20"_s, u"--to"_s, u"2026-03-31"_s, u"--format"_s,
                  u"pdf"_s, u"--json"_s, u"--db"_s, m_db})
                 .code,
             2);
}

void TestLanternectl::reportBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no period") << QStringList{u"report"_s} << 2;
    QTest::newRow("no end") << QStringList{u"report"_s, u"--from"_s, u"2026-01-01"_s} << 2;
    QTest::newRow("bad date") << QStringList{u"report"_s, u"--from"_s, u"2026-13-01"_s, u"--to"_s,
                                             u"2026-12-31"_s}
                              << 2;
    QTest::newRow("reversed") << QStringList{u"report"_s, u"--from"_s, u"2026-02-01"_s, u"--to"_s,
                                             u"2026-01-01"_s}
                              << 2;
    QTest::newRow("format") << QStringList{u"report"_s,     u"--from"_s,   u"2026-01-01"_s, u"--to"_s,
                                           u"2026-01-31"_s, u"--format"_s, u"xls"_s}
                            << 2;
    QTest::newRow("municipality") << QStringList{u"report"_s, u"--from"_s,     u"2026-01-01"_s,
                                                 u"--to"_s,   u"2026-01-31"_s, u"--municipality"_s,
                                                 u"99999"_s}
                                  << 2;
    QTest::newRow("option") << QStringList{u"report"_s, u"--from"_s,     u"2026-01-01"_s,
                                           u"--to"_s,   u"2026-01-31"_s, u"--overdue"_s}
                            << 2;
    QTest::newRow("no store")
        << QStringList{u"report"_s,     u"--from"_s, u"2026-01-01"_s,           u"--to"_s,
                       u"2026-01-31"_s, u"--db"_s,   u"/nonexistent/dir/x.db"_s}
        << 3;
}

void TestLanternectl::reportBadUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    if (!args.contains(u"--db"_s))
        args << u"--db"_s << m_db;
    const Run r = run(args);
    QVERIFY2(r.code == code, qPrintable(r.describe()));
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestLanternectl::readOnlyStore()
{
    // A store the user may read and not write (file and folder read-only): read commands work,
    // writes are refused saying it is read-only, and nothing suggests the file is bad.
    const QString dir = m_dir.filePath(u"readonly"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString db = dir + u"/store.db"_s;
    QVERIFY(QFile::copy(m_db, db));
    const QString ref = allTickets(db).at(0).toObject().value("reference"_L1).toString();
    QVERIFY(!ref.isEmpty());
    QVERIFY(!QFile::exists(db + u"-wal"_s)); // closed cleanly: no journal to read
    const auto rx = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                    QFile::ReadOther | QFile::ExeOther;
    const auto r = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto topPermissions = QFile::permissions(m_dir.path());
    QVERIFY(QFile::setPermissions(db, r));
    QVERIFY(QFile::setPermissions(dir, rx));
    const bool root = geteuid() == 0;
    if (root) // "nobody" must reach the folder
        QVERIFY(QFile::setPermissions(m_dir.path(), topPermissions | rx));
    m_unprivileged = root;
    const auto restore = qScopeGuard([&] {
        m_unprivileged = false;
        QFile::setPermissions(m_dir.path(), topPermissions);
        QFile::setPermissions(dir, rx | QFile::WriteOwner);
        QFile::setPermissions(db, r | QFile::WriteOwner);
    });
    const QByteArray before = [&] {
        QFile f(db);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    Run list = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"1"_s, u"--db"_s, db});
    QVERIFY2(list.code == 0, qPrintable(list.describe()));
    QCOMPARE(list.json().value("total"_L1).toInteger(), 500);
    QVERIFY2(!says(list.err, {"endommag", "damaged"}), qPrintable(list.describe()));
    Run show = run({u"ticket"_s, u"show"_s, ref, u"--db"_s, db});
    QVERIFY2(show.code == 0, qPrintable(show.describe()));

    const Run note = run({u"ticket"_s, u"note"_s, ref, u"Une note"_s, u"--db"_s, db});
    QVERIFY2(note.code == 1, qPrintable(note.describe()));
    QVERIFY2(says(note.err, {"lecture seule", "read-only"}), qPrintable(note.describe()));
    QVERIFY2(!says(note.err, {"endommag", "damaged"}), qPrintable(note.describe()));
    QVERIFY(note.out.isEmpty());
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestLanternectl::fullDisk()
{
    // A store on a full disk (a real one: a small tmpfs filled up): it is read, writes say the
    // disk is full, and nothing suggests the file is bad.
    const QString mnt = m_dir.filePath(u"full"_s);
    QVERIFY(QDir().mkpath(mnt));
    const qint64 size = QFileInfo(m_db).size();
    const QByteArray options = "size=" + QByteArray::number((size / 4096 + 64) * 4096);
    if (::mount("tmpfs", mnt.toLocal8Bit().constData(), "tmpfs", 0, options.constData()) != 0)
        QSKIP("cannot mount a small tmpfs here (needs root): the full-disk case is not checked");
    const auto unmount = qScopeGuard([&] { ::umount(mnt.toLocal8Bit().constData()); });
    const QString db = mnt + u"/store.db"_s;
    QVERIFY(QFile::copy(m_db, db));
    const QString ref = allTickets(db).at(0).toObject().value("reference"_L1).toString();
    QVERIFY(!ref.isEmpty());
    {
        QFile filler(mnt + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    Run list = run({u"tickets"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"1"_s, u"--db"_s, db});
    QVERIFY2(list.code == 0, qPrintable(list.describe()));
    QCOMPARE(list.json().value("total"_L1).toInteger(), 500);
    QVERIFY2(!says(list.err, {"endommag", "damaged"}), qPrintable(list.describe()));

    const Run note = run({u"ticket"_s, u"note"_s, ref, u"Une note"_s, u"--db"_s, db});
    QVERIFY2(note.code == 1, qPrintable(note.describe()));
    QVERIFY2(says(note.err, {"disque est plein", "disk is full"}), qPrintable(note.describe()));
    QVERIFY2(!says(note.err, {"endommag", "damaged"}), qPrintable(note.describe()));
}

void TestLanternectl::emptyFileDirectoryAndEmptyPath()
{
    // A zero-byte file stays one: a read command says what it is and does not make it a store.
    const QString empty = m_dir.filePath(u"empty.db"_s);
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (const QStringList &args :
         {QStringList{u"tickets"_s, u"list"_s}, QStringList{u"ticket"_s, u"show"_s, u"PAN-2026-000001"_s},
          QStringList{u"export"_s, u"--format"_s, u"csv"_s}}) {
        const Run r = run(args + QStringList{u"--db"_s, empty});
        QVERIFY2(r.code == 1, qPrintable(r.describe()));
        QVERIFY2(says(r.err, {"vide", "empty"}) && r.err.contains(empty.toUtf8()), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QFileInfo(empty).size(), 0);
    }
    // A folder: it cannot be opened as a store (1, a failure), said so.
    const QString folder = m_dir.filePath(u"a-folder"_s);
    QVERIFY(QDir().mkpath(folder));
    Run r = run({u"tickets"_s, u"list"_s, u"--db"_s, folder});
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(says(r.err, {"dossier", "folder"}), qPrintable(r.describe()));
    // An empty path: bad usage (2).
    r = run({u"tickets"_s, u"list"_s, u"--db"_s, QString()});
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY(r.err.contains("--db"));
}

void TestLanternectl::refusedDemoLeavesNoStore()
{
    const QString db = m_dir.filePath(u"refused-demo.db"_s);
    // Refused after the store was opened (an unknown user) and before (a bad option).
    for (const QStringList &args : {QStringList{u"demo"_s, u"--tickets"_s, u"5"_s, u"--as"_s, u"inconnu"_s},
                                    QStringList{u"demo"_s, u"--tickets"_s, u"beaucoup"_s}}) {
        const Run r = run(args + QStringList{u"--db"_s, db});
        QVERIFY2(r.code == 2, qPrintable(r.describe()));
        for (const QString &f : {db, db + u"-wal"_s, db + u"-shm"_s, db + u".outbox-mark"_s})
            QVERIFY2(!QFileInfo::exists(f), qPrintable(f));
    }
    // A store that was there (holding tickets) stays, whole.
    const QString kept = makeEditStore(u"refused-demo-kept.db"_s);
    const Run r = run({u"demo"_s, u"--tickets"_s, u"5"_s, u"--db"_s, kept});
    QVERIFY2(r.code == 4, qPrintable(r.describe()));
    QCOMPARE(allTickets(kept).size(), 500);
}

void TestLanternectl::showEscapesControlCharacters()
{
    const QString db = makeEditStore(u"escapes.db"_s);
    const QString description = u"Avant\x1b[2J\x1b]0;pirate\x07 après\nLigne deux\r\u202Eenvers"_s;
    Run r = run({u"ticket"_s, u"create"_s, u"--category"_s, u"lampadaire"_s, u"--description"_s, description,
                 u"--lat"_s, u"48.8935"_s, u"--lon"_s, u"2.4045"_s, u"--address"_s, u"3 rue\x1b[31m Hoche"_s,
                 u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QString ref = QString::fromUtf8(r.out).trimmed();
    r = run({u"ticket"_s, u"note"_s, ref, u"Note\x1b[1A"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));

    const Run show = run({u"ticket"_s, u"show"_s, ref, u"--db"_s, db});
    QVERIFY2(show.code == 0, qPrintable(show.describe()));
    const QString out = QString::fromUtf8(show.out);
    for (const QChar c : out)
        QVERIFY2(
            c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202E),
            qPrintable(u"raw control character U+%1 in: %2"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0'))
                           .arg(out)));
    QVERIFY2(out.contains(u"Avant\\x1b[2J\\x1b]0;pirate\\x07 après\nLigne deux\\x0d\\u202eenvers"_s),
             qPrintable(out));
    QVERIFY2(out.contains(u"3 rue\\x1b[31m Hoche"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Note\\x1b[1A"_s), qPrintable(out));
    // The list shows the address on its one line, escaped too.
    const Run list = run({u"tickets"_s, u"list"_s, u"--limit"_s, u"1"_s, u"--db"_s, db});
    QVERIFY(!list.out.contains('\x1b'));
    // JSON keeps the text as it is, JSON-escaped.
    const Run json = run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, db});
    QVERIFY2(json.code == 0, qPrintable(json.describe()));
    QVERIFY(!json.out.contains('\x1b'));
    QVERIFY(json.out.contains("\\u001b[2J"));
    QCOMPARE(json.json().value("description"_L1).toString(), description);
}

void TestLanternectl::failedSyncKeepsSavedUrl()
{
    // A workstation (not the demo city) synced with a central database at S.
    const QString db = m_dir.filePath(u"synced.db"_s);
    const QString saved = u"postgresql://agent@127.0.0.1:1/lanterne?connect_timeout=2"_s;
    {
        lanterne::LocalStore store;
        QVERIFY(store.open(db, lanterne::LocalStore::OpenMode::ReadWrite, true).ok);
        QVERIFY(store.setSetting(u"central_url"_s, saved).ok);
    }
    auto savedUrl = [&] {
        lanterne::LocalStore store;
        return store.open(db).ok ? store.setting(u"central_url"_s) : u"(cannot open)"_s;
    };
    QProcessEnvironment env = m_env;
    env.insert(u"PGPASSWORD"_s, u"x"_s);
    // A mistyped URL (a closed port): the sync fails and the saved URL stays.
    const Run r = run({u"sync"_s, u"--once"_s, u"--url"_s,
                       u"postgresql://agent@127.0.0.1:2/autre?connect_timeout=2"_s, u"--db"_s, db},
                      env);
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QCOMPARE(savedUrl(), saved);
    // A sync without --url still goes to S (and fails the same way here: nothing listens).
    const Run again = run({u"sync"_s, u"--once"_s, u"--db"_s, db}, env);
    QVERIFY2(again.code == 1, qPrintable(again.describe()));
    QCOMPARE(savedUrl(), saved);
}

void TestLanternectl::damagedJournalLostEditsAreSaid()
{
    // Edits are committed to the store's journal (-wal). This process keeps a connection open, so
    // the last lanternectl to close is not the last connection and does not fold the journal into
    // the store (SQLite checkpoints and deletes the -wal only when its last connection closes).
    // The store and its journal are copied meanwhile: a copy of a store after a crash. Then the
    // copy's journal is damaged (its first frame overwritten: every frame fails its checksum, and
    // SQLite silently reads the store without them).
    const QString db = makeEditStore(u"journal.db"_s);
    const QString ref = allTickets(db).at(0).toObject().value("reference"_L1).toString();
    lanterne::LocalStore holder;
    QVERIFY(holder.open(db).ok);
    for (int i = 0; i < 3; ++i) {
        const Run r = run({u"ticket"_s, u"note"_s, ref, u"Note %1"_s.arg(i), u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
    }
    QVERIFY(QFileInfo(db + u"-wal"_s).size() > 0);
    QVERIFY(QFile::exists(lanterne::LocalStore::outboxMarkPath(db)));
    const QString copy = m_dir.filePath(u"journal-crashed.db"_s);
    QVERIFY(QFile::copy(db, copy));
    QVERIFY(QFile::copy(db + u"-wal"_s, copy + u"-wal"_s));
    QVERIFY(
        QFile::copy(lanterne::LocalStore::outboxMarkPath(db), lanterne::LocalStore::outboxMarkPath(copy)));
    holder.close();
    {
        QFile wal(copy + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::ReadWrite));
        QVERIFY(wal.seek(32)); // after the journal's header: the first frame's header and page
        QVERIFY(wal.write(QByteArray(4096, '\xAA')) == 4096);
    }
    // The copy opens (what it holds is readable), and the loss is said, with how many edits.
    Run r = run({u"ticket"_s, u"show"_s, ref, u"--json"_s, u"--db"_s, copy});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(says(r.err, {"3 modifications", "3 edits"}), qPrintable(r.describe()));
    QVERIFY2(says(r.err, {"perdu", "lost"}), qPrintable(r.describe()));
    for (const QJsonValue &c : r.json().value("comments"_L1).toArray())
        QVERIFY(!c.toObject().value("text"_L1).toString().startsWith("Note "_L1));
    // Said once.
    r = run({u"tickets"_s, u"list"_s, u"--limit"_s, u"1"_s, u"--db"_s, copy});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(!says(r.err, {"perdu", "lost"}), qPrintable(r.describe()));
    // The store that was not damaged says nothing.
    r = run({u"tickets"_s, u"list"_s, u"--limit"_s, u"1"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0 && r.err.isEmpty(), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestLanternectl)

void TestLanternectl::districtsOfSeveralCommunes()
{
    // With the whole inter-municipal body, "Nord" is a district of several communes: a script
    // must name which one, and a district code filters only that commune's tickets.
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ee.db"_s);
    Run r = run({u"demo"_s, u"--tickets"_s, u"900"_s, u"--communes"_s, u"all"_s, u"--until"_s,
                 u"2026-06-30"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    r = run({u"tickets"_s, u"list"_s, u"--district"_s, u"Nord"_s, u"--db"_s, db});
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY(r.err.contains("93048-nord"));
    r = run({u"tickets"_s, u"list"_s, u"--district"_s, u"93048-nord"_s, u"--limit"_s, u"1000"_s, u"--json"_s,
             u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonArray tickets = r.json().value("tickets"_L1).toArray();
    QVERIFY(!tickets.isEmpty());
    for (const QJsonValue &t : tickets) {
        QCOMPARE(t[u"municipality"_s].toString(), u"93048"_s);
        QCOMPARE(t[u"district"_s].toString(), u"Nord"_s);
    }
    // Pantin's named districts stay unambiguous.
    r = run({u"tickets"_s, u"list"_s, u"--district"_s, u"Hoche"_s, u"--db"_s, db});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
}

#include "tst_lanternectl.moc"
