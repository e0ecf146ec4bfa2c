// SPDX-License-Identifier: GPL-3.0-or-later
#include "centraldatabase.h"

#include "util/migrations.h"

#include <libpq-fe.h>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCentral, "lanterne.sync")

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CentralDatabase)
};

QString readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

CentralDatabase::CentralDatabase()
    : m_connection(u"central-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("LANTERNE_SYNC_TIMEOUT_MS", &ok);
    if (ok && ms > 0)
        m_timeout = std::chrono::milliseconds(ms);
}

namespace {
/** libpq's connection behind a QPSQL connection, or null. */
PGconn *pgConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.isValid() && db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL names the type after the struct behind libpq's typedef: "pg_conn*".
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}
} // namespace

int CentralDatabase::socket() const
{
    PGconn *conn = pgConnection(database());
    return conn ? PQsocket(conn) : -1;
}

CentralDatabase::~CentralDatabase()
{
    close();
}

QSqlDatabase CentralDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void CentralDatabase::close()
{
    m_identity.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

CentralDatabase::Result CentralDatabase::fail(const QString &what, const QSqlError &error, int exitCode) const
{
    Result r;
    r.ok = false;
    r.exitCode = exitCode;
    // The server's own words, without the driver's prefix; never the password (it is not in them).
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    detail = detail.section(u'\n', 0, 0); // the message, not the PL/pgSQL context
    static const QRegularExpression severity(u"^(ERROR|FATAL|ERREUR|FATAL):\\s*"_s);
    detail.remove(severity);
    r.message = Tr::tr("%1 (%2) : %3").arg(what, m_display, detail);
    if (const QString todo = advice(detail); !todo.isEmpty())
        r.message += u' ' + todo;
    qCWarning(lcCentral) << r.message;
    return r;
}

QString CentralDatabase::advice(const QString &serverText)
{
    // What the user can do, for the failures a workstation meets (libpq's words, in English).
    struct Hint
    {
        const char *marker;
        const char *text;
    };
    static const Hint hints[] = {
        {"password authentication failed",
         QT_TRANSLATE_NOOP("CentralDatabase", "Vérifiez l'identifiant et le mot de passe (page Réglages).")},
        {"no password supplied",
         QT_TRANSLATE_NOOP("CentralDatabase", "Donnez le mot de passe (page Réglages).")},
        {"does not match host name",
         QT_TRANSLATE_NOOP("CentralDatabase",
                           "Le nom du serveur ne correspond pas à son certificat : utilisez dans "
                           "l'adresse le nom exact du serveur.")},
        {"certificate", QT_TRANSLATE_NOOP("CentralDatabase",
                                          "Le serveur n'a pas pu être vérifié : indiquez le certificat de "
                                          "l'autorité de la ville (page Réglages).")},
        {"no pg_hba.conf entry",
         QT_TRANSLATE_NOOP("CentralDatabase", "Le serveur refuse ce poste ou cette connexion non chiffrée : "
                                              "demandez à l'administrateur de la base.")},
        {"does not exist",
         QT_TRANSLATE_NOOP("CentralDatabase", "Vérifiez l'identifiant et le nom de la base dans l'adresse.")},
        {"permission denied",
         QT_TRANSLATE_NOOP("CentralDatabase",
                           "Droits insuffisants : demandez à l'administrateur de la base.")},
        {"Connection refused",
         QT_TRANSLATE_NOOP("CentralDatabase",
                           "Le serveur est injoignable : les modifications restent sur ce poste "
                           "et partiront d'elles-mêmes.")},
        {"could not translate host name",
         QT_TRANSLATE_NOOP("CentralDatabase", "Serveur inconnu : vérifiez l'adresse et le réseau ; les "
                                              "modifications restent sur ce poste.")},
        {"timeout expired",
         QT_TRANSLATE_NOOP("CentralDatabase",
                           "Le serveur ne répond pas : les modifications restent sur ce poste "
                           "et partiront d'elles-mêmes.")},
        {"server closed the connection",
         QT_TRANSLATE_NOOP("CentralDatabase", "La connexion a été coupée : la synchronisation reprendra "
                                              "d'elle-même.")},
    };
    for (const Hint &h : hints)
        if (serverText.contains(QLatin1String(h.marker), Qt::CaseInsensitive))
            return QCoreApplication::translate("CentralDatabase", h.text);
    return {};
}

CentralDatabase::Result CentralDatabase::exec(const QString &sql, const QString &what) const
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return fail(what, q.lastError());
    return {};
}

CentralDatabase::Result CentralDatabase::open(const CentralUrl &url, const QString &password)
{
    close();
    m_display = url.display();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
        if (!db.isValid()) {
            Result r;
            r.ok = false;
            r.exitCode = 1;
            r.message = Tr::tr("Le pilote PostgreSQL de Qt (QPSQL) est absent : installez libqt6sql6-psql.");
            return r;
        }
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setConnectOptions(url.connectOptions());
        if (!db.open(url.user, password.isEmpty() ? url.password : password)) {
            const Result r = fail(Tr::tr("Connexion à la base centrale impossible"), db.lastError());
            db = QSqlDatabase();
            close();
            return r;
        }
    }
    // A receipt promises the operation is stored: commits are durable for this session even
    // where the server's default is synchronous_commit = off (lost on a server crash otherwise).
    return exec(u"SET search_path = lanterne, pg_catalog; SET synchronous_commit = on"_s,
                Tr::tr("Réglage de la session"));
}

int CentralDatabase::latestSchemaVersion()
{
    const QStringList files = migrationScripts(u":/lanterne/sql/central"_s);
    return files.isEmpty() ? 0 : migrationVersion(files.last());
}

int CentralDatabase::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT to_regclass('lanterne.schema_migration') IS NOT NULL"_s) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(u"SELECT coalesce(max(version), 0) FROM lanterne.schema_migration"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

CentralDatabase::Result CentralDatabase::checkSchema() const
{
    const int version = schemaVersion();
    Result r;
    r.ok = false;
    r.exitCode = 1;
    if (version < 0)
        return fail(Tr::tr("Lecture de la version du schéma"), database().lastError());
    if (version == 0)
        r.message = Tr::tr("La base %1 n'a pas le schéma de Lanterne : l'administrateur doit d'abord lancer "
                           "« lanternectl central init ».")
                        .arg(m_display);
    else if (version < latestSchemaVersion())
        r.message = Tr::tr("La base centrale %1 n'est pas à jour pour ce poste (schéma %2, attendu %3) : "
                           "demandez à l'administrateur de lancer « lanternectl central migrate ».")
                        .arg(m_display)
                        .arg(version)
                        .arg(latestSchemaVersion());
    else if (version > latestSchemaVersion())
        r.message = Tr::tr("La base centrale %1 a le schéma %2, plus récent que cette version de Lanterne "
                           "(%3) : mettez Lanterne à jour.")
                        .arg(m_display)
                        .arg(version)
                        .arg(latestSchemaVersion());
    else
        return {};
    return r;
}

CentralDatabase::Result CentralDatabase::init(const ReferenceData &reference)
{
    // A schema "lanterne" that Lanterne did not create (another application's, or one made by
    // hand) is not taken over: said plainly, nothing changed.
    {
        QSqlQuery q(database());
        if (!q.exec(
                u"SELECT pg_get_userbyid(n.nspowner), to_regclass('lanterne.schema_migration') IS NOT NULL, "
                "(SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid) FROM pg_namespace n "
                "WHERE n.nspname = 'lanterne'"_s))
            return fail(Tr::tr("Lecture du schéma"), q.lastError());
        if (q.next() && (q.value(0).toString() != "lanterne_owner"_L1 ||
                         (!q.value(1).toBool() && q.value(2).toLongLong() > 0))) {
            Result r;
            r.ok = false;
            r.exitCode = 1;
            r.message =
                Tr::tr("La base %1 contient déjà un schéma « lanterne » qui n'a pas été créé par "
                       "Lanterne (propriétaire : %2) : rien n'a été modifié ; choisissez une base vide "
                       "ou dédiée à Lanterne.")
                    .arg(m_display, q.value(0).toString());
            return r;
        }
    }
    if (Result r = exec(readResource(u":/lanterne/sql/central/bootstrap.sql"_s), Tr::tr("Rôles et schéma"));
        !r)
        return r;
    // The version table belongs to the owner too; "IF NOT EXISTS": a second run changes nothing.
    if (Result r = exec(u"SET ROLE lanterne_owner; "
                        "SET client_min_messages = warning; "
                        "CREATE TABLE IF NOT EXISTS lanterne.schema_migration (version integer PRIMARY KEY, "
                        "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()); "
                        "RESET client_min_messages; RESET ROLE"_s,
                        Tr::tr("Table des versions"));
        !r)
        return r;
    if (Result r = migrate(); !r)
        return r;
    QSqlQuery q(database());
    if (!q.exec(u"SET ROLE lanterne_owner"_s))
        return fail(Tr::tr("Communes"), q.lastError());
    for (const Municipality &m : reference.municipalities()) {
        q.prepare(
            u"INSERT INTO lanterne.municipality (code, name, prefix) VALUES (?, ?, ?) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, prefix = excluded.prefix "
            "WHERE (municipality.name, municipality.prefix) IS DISTINCT FROM (excluded.name, excluded.prefix)"_s);
        q.addBindValue(m.code);
        q.addBindValue(m.name);
        q.addBindValue(m.prefix);
        if (!q.exec()) {
            const Result r = fail(Tr::tr("Communes"), q.lastError());
            QSqlQuery(database()).exec(u"RESET ROLE"_s);
            return r;
        }
    }
    return exec(u"RESET ROLE"_s, Tr::tr("Communes"));
}

CentralDatabase::Result CentralDatabase::migrate(int *applied)
{
    if (applied)
        *applied = 0;
    const int from = schemaVersion();
    if (from < 0)
        return fail(Tr::tr("Lecture de la version du schéma"), database().lastError());
    QSqlQuery check(database());
    if (!check.exec(u"SELECT to_regclass('lanterne.schema_migration') IS NOT NULL"_s) || !check.next() ||
        !check.value(0).toBool()) {
        Result r;
        r.ok = false;
        r.exitCode = 1;
        r.message = Tr::tr("La base %1 n'est pas initialisée : lancez d'abord « lanternectl central init ».")
                        .arg(m_display);
        return r;
    }
    if (from > latestSchemaVersion()) {
        Result r;
        r.ok = false;
        r.exitCode = 1;
        r.message =
            Tr::tr("La base centrale %1 a le schéma %2, plus récent que cette version de Lanterne (%3) : "
                   "mettez Lanterne à jour.")
                .arg(m_display)
                .arg(from)
                .arg(latestSchemaVersion());
        return r;
    }
    // Roles and the owner's rights first (idempotent; needs the cluster's administrator, who
    // migrates): a migration may rely on them, and logins made before get the app's timeouts.
    if (Result r = exec(readResource(u":/lanterne/sql/central/bootstrap.sql"_s), Tr::tr("Rôles et schéma"));
        !r)
        return r;
    for (const QString &file : migrationScripts(u":/lanterne/sql/central"_s)) {
        const int version = migrationVersion(file);
        if (version <= from)
            continue;
        // One transaction per migration, as the owner, version row included.
        QSqlDatabase db = database();
        if (!db.transaction())
            return fail(Tr::tr("Migration %1").arg(version), db.lastError());
        QSqlQuery q(db);
        bool ok = q.exec(u"SET LOCAL ROLE lanterne_owner"_s) && q.exec(readResource(file));
        if (ok) {
            q.prepare(u"INSERT INTO lanterne.schema_migration (version, name) VALUES (?, ?)"_s);
            q.addBindValue(version);
            q.addBindValue(file.section(u'/', -1));
            ok = q.exec();
        }
        if (!ok) {
            const QSqlError e = q.lastError();
            db.rollback();
            return fail(Tr::tr("Migration %1").arg(file.section(u'/', -1)), e);
        }
        if (!db.commit())
            return fail(Tr::tr("Migration %1").arg(version), db.lastError());
        if (applied)
            ++*applied;
        qCInfo(lcCentral) << "central schema migrated to" << version;
    }
    return {};
}

CentralDatabase::Result CentralDatabase::addUser(const QString &login, const QString &role,
                                                 const QString &municipality, const QString &service,
                                                 const QString &team, const QString &password)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT lanterne.add_user(?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(login);
    q.addBindValue(role);
    q.addBindValue(municipality);
    q.addBindValue(service);
    q.addBindValue(team);
    // Only a SCRAM-SHA-256 verifier goes to the server, never the password itself (which the
    // server's statement log could otherwise keep).
    QString verifier;
    if (!password.isEmpty()) {
        PGconn *conn = pgConnection(database());
        char *encrypted = conn ? PQencryptPasswordConn(conn, password.toUtf8().constData(),
                                                       login.toUtf8().constData(), "scram-sha-256")
                               : nullptr;
        if (!encrypted)
            return {false, 1,
                    Tr::tr("Création de l'utilisateur %1 : le mot de passe n'a pas pu être chiffré (%2)")
                        .arg(login, conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : u"QPSQL"_s)};
        verifier = QString::fromLatin1(encrypted);
        PQfreemem(encrypted);
    }
    q.addBindValue(verifier.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(verifier));
    if (!q.exec()) {
        const bool badInput = q.lastError().nativeErrorCode() == "22023"_L1;
        return fail(Tr::tr("Création de l'utilisateur %1").arg(login), q.lastError(), badInput ? 2 : 1);
    }
    return {};
}

std::optional<CentralDatabase::Identity> CentralDatabase::identity()
{
    if (m_identity)
        return m_identity;
    const auto guard = watch();
    QSqlQuery me(database());
    if (!me.exec(
            u"SELECT session_user, (lanterne.me()).role, (lanterne.me()).team, (lanterne.me()).municipality"_s) ||
        !me.next())
        return std::nullopt;
    m_identity = me.value(1).isNull() ? Identity{}
                                      : Identity{me.value(0).toString(), me.value(1).toString(),
                                                 me.value(2).toString(), me.value(3).toString()};
    return m_identity;
}

} // namespace lanterne
