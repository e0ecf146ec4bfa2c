// SPDX-License-Identifier: GPL-3.0-or-later
#include "localstore.h"

#include "stats/sqlfunctions.h"
#include "util/migrations.h"

#include <cerrno>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "lanterne.db")

namespace lanterne {
namespace {

constexpr qint64 kApplicationId = 0x4C414E54; // "LANT"

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
};

} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , m_connection(u"lanterne-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

LocalStore::~LocalStore()
{
    close();
}

int LocalStore::latestSchemaVersion()
{
    const QStringList files = migrationScripts(u":/lanterne/sql/local"_s);
    return files.isEmpty() ? 0 : migrationVersion(files.last());
}

QString LocalStore::defaultPath()
{
    const QString env = qEnvironmentVariable("LANTERNE_DB");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    return dir + u"/lanterne/lanterne.db"_s;
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

sqlite3 *LocalStore::handle() const
{
    const QVariant v = database().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

LocalStore::ErrorKind LocalStore::classify(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return ErrorKind::Io;
    switch (code) {
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_CORRUPT:
        return ErrorKind::Corrupt;
    case SQLITE_NOTADB:
        return ErrorKind::NotAStore;
    case SQLITE_READONLY:
        return ErrorKind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Busy;
    case SQLITE_CANTOPEN:
        return ErrorKind::NotFound;
    default:
        return ErrorKind::Io;
    }
}

LocalStore::ErrorKind LocalStore::openErrorKind(const QSqlError &error) const
{
    const ErrorKind kind = classify(error);
    if (kind != ErrorKind::Io && kind != ErrorKind::NotFound && kind != ErrorKind::ReadOnly)
        return kind;
    // The primary code says "I/O error" or "unable to open" for a full disk (the -shm file cannot
    // grow) and a read-only file system (the -shm file cannot be made): the system's error tells.
    if (sqlite3 *h = isOpen() ? handle() : nullptr) {
        switch (sqlite3_system_errno(h)) {
        case ENOSPC:
        case EDQUOT:
            return ErrorKind::DiskFull;
        case EROFS:
        case EACCES:
        case EPERM:
            return ErrorKind::ReadOnly;
        default:
            break;
        }
        if ((sqlite3_extended_errcode(h) & 0xff) == SQLITE_READONLY)
            return ErrorKind::ReadOnly;
    }
    if (kind == ErrorKind::NotFound && QFileInfo::exists(m_path))
        return ErrorKind::Io; // "unable to open" a file that is there: not a missing store
    return kind;
}

LocalStore::Result LocalStore::failure(const QSqlError &error, const QString &what) const
{
    Result r;
    r.ok = false;
    r.kind = openErrorKind(error);
    switch (r.kind) {
    case ErrorKind::DiskFull:
        r.message =
            Tr::tr("%1 : le disque est plein (%2). Rien n'a été enregistré ; libérez de la place puis "
                   "réessayez.")
                .arg(what, m_path);
        break;
    case ErrorKind::Corrupt:
    case ErrorKind::NotAStore:
        r.message = Tr::tr("%1 : le magasin local %2 est endommagé ou n'est pas un magasin Lanterne (%3).")
                        .arg(what, m_path, error.databaseText());
        break;
    case ErrorKind::ReadOnly:
        r.message = Tr::tr("%1 : le magasin local %2 est en lecture seule (fichier, dossier ou support "
                           "protégé en écriture) ; rien n'a été modifié.")
                        .arg(what, m_path);
        break;
    case ErrorKind::Busy:
        r.message =
            Tr::tr("%1 : le magasin local %2 est occupé par un autre programme ; réessayez dans un instant.")
                .arg(what, m_path);
        break;
    default:
        r.message = Tr::tr("%1 : erreur du magasin local %2 : %3").arg(what, m_path, error.text());
        break;
    }
    return r;
}

LocalStore::Result LocalStore::open(const QString &path, OpenMode mode, bool create)
{
    close();
    m_path = path;
    m_readOnly = mode == OpenMode::ReadOnly;
    m_readOnlyReason.clear();
    m_create = create;
    m_immutable = false;
    m_markSeq = -1;
    m_lostEdits = 0;
    auto fail = [this](ErrorKind kind, const QString &message) {
        close();
        Result r;
        r.ok = false;
        r.kind = kind;
        r.message = message;
        qCWarning(lcDb) << message;
        return r;
    };

    if (path.isEmpty())
        return fail(ErrorKind::NotFound, Tr::tr("Aucun chemin de magasin local n'a été donné."));
    const QFileInfo info(path);
    const bool created = !info.exists();
    if (info.isDir())
        return fail(
            ErrorKind::Io,
            Tr::tr("%1 est un dossier, pas un magasin Lanterne : donnez le chemin d'un fichier.").arg(path));
    if (!info.exists()) {
        if (!create || m_readOnly)
            return fail(ErrorKind::NotFound, Tr::tr("Aucun magasin local à %1.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(ErrorKind::Io, Tr::tr("Impossible de créer le dossier %1.").arg(info.absolutePath()));
    } else {
        if (info.size() == 0 && !create)
            return fail(ErrorKind::NotAStore,
                        Tr::tr("%1 est un fichier vide (0 octet), pas un magasin Lanterne ; il n'a pas été "
                               "modifié.")
                            .arg(path));
        // A WAL store is written through files made beside it (-wal, -shm): its folder counts too.
        if (!m_readOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
            m_readOnly = true;
            m_readOnlyReason = Tr::tr("le fichier ou son dossier est protégé en écriture");
        }
    }

    // The checks run in a function of their own: its connection handles are gone before close().
    Result r = connectAndCheck();
    if (!r && !m_readOnly && !created && (r.kind == ErrorKind::ReadOnly || r.kind == ErrorKind::DiskFull)) {
        // It cannot be written (a read-only file system, a full disk): read what can be read.
        close();
        m_readOnly = true;
        m_readOnlyReason = r.kind == ErrorKind::DiskFull
                               ? Tr::tr("le disque est plein")
                               : Tr::tr("le fichier, son dossier ou son support est protégé en écriture");
        if (Result ro = connectAndCheck(); ro.ok || ro.kind != ErrorKind::ReadOnly)
            r = ro;
    }
    if (!r) {
        close();
        qCWarning(lcDb) << r.message;
        return r;
    }
    if (created) // a mark left by an earlier store at this path says nothing about this one
        QFile::remove(outboxMarkPath(path));
    checkOutboxMark(created);
    qCInfo(lcDb) << "opened" << path << (m_readOnly ? "read-only" : "read-write") << m_readOnlyReason
                 << "schema" << schemaVersion();
    return r;
}

LocalStore::Result LocalStore::connectAndCheck()
{
    const QString &path = m_path;
    auto fail = [](ErrorKind kind, const QString &message) {
        Result r;
        r.ok = false;
        r.kind = kind;
        r.message = message;
        return r;
    };
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(m_readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                    : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const ErrorKind kind = openErrorKind(db.lastError());
        return fail(kind == ErrorKind::NotFound ? ErrorKind::Io : kind,
                    failure(db.lastError(), Tr::tr("Ouverture")).message);
    }

    QSqlQuery q(db);
    bool readable = q.exec(u"PRAGMA application_id"_s) && q.next();
    if (!readable && m_readOnly) {
        // On a read-only medium (or a full disk) SQLite cannot make the shared-memory file (-shm)
        // it needs to read a WAL store. With no journal (-wal) to read, the file alone is the whole
        // store: read it as an immutable file.
        const ErrorKind kind = openErrorKind(q.lastError());
        const QFileInfo wal(path + u"-wal"_s);
        if ((kind == ErrorKind::ReadOnly || kind == ErrorKind::DiskFull || kind == ErrorKind::Io) &&
            (!wal.exists() || wal.size() == 0)) {
            q = QSqlQuery();
            db.close();
            db.setDatabaseName(u"file:"_s + QString::fromUtf8(QUrl::toPercentEncoding(path, "/")) +
                               u"?immutable=1"_s);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
            if (db.open()) {
                q = QSqlQuery(db);
                readable = q.exec(u"PRAGMA application_id"_s) && q.next();
                m_immutable = readable;
            }
        }
    }
    if (!readable) {
        const QSqlError error = q.lastError().isValid() ? q.lastError() : db.lastError();
        const ErrorKind kind = openErrorKind(error);
        if (kind != ErrorKind::Corrupt && kind != ErrorKind::NotAStore) // the file is not in question
            return fail(kind == ErrorKind::NotFound ? ErrorKind::Io : kind,
                        failure(error, Tr::tr("Lecture")).message);
        return fail(ErrorKind::NotAStore,
                    Tr::tr("%1 n'est pas un magasin Lanterne lisible : le fichier est endommagé "
                           "ou n'est pas une base SQLite (%2).")
                        .arg(path, error.databaseText()));
    }
    const qint64 appId = q.value(0).toLongLong();
    const int version = schemaVersion();
    q.exec(u"SELECT count(*) FROM sqlite_master"_s);
    if (q.lastError().isValid() || !q.next()) {
        const Result r = failure(q.lastError(), Tr::tr("Lecture"));
        return fail(r.kind, r.message);
    }
    const int objects = q.value(0).toInt();
    if ((version > 0 || objects > 0) && appId != kApplicationId)
        return fail(ErrorKind::NotAStore,
                    Tr::tr("%1 est une base SQLite, mais pas un magasin Lanterne.").arg(path));
    if (version == 0 && objects == 0 && !m_create) // a command that reads does not make a store
        return fail(ErrorKind::NotAStore,
                    Tr::tr("%1 est une base SQLite vide, pas un magasin Lanterne ; elle n'a pas été "
                           "modifiée.")
                        .arg(path));
    if (version > latestSchemaVersion())
        return fail(ErrorKind::TooNew,
                    Tr::tr("Le magasin local %1 a été créé par une version plus récente de Lanterne "
                           "(schéma %2, cette version connaît jusqu'au schéma %3). Mettez Lanterne "
                           "à jour ; le magasin n'a pas été modifié.")
                        .arg(path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    if (!sqlfunctions::install(handle()))
        return fail(ErrorKind::Io,
                    Tr::tr("Le magasin local %1 refuse les fonctions de statistiques.").arg(path));
    if (!m_readOnly) {
        if (!q.exec(u"PRAGMA journal_mode = WAL"_s)) {
            const Result r = failure(q.lastError(), Tr::tr("Ouverture"));
            return fail(r.kind, r.message);
        }
        q.exec(u"PRAGMA synchronous = FULL"_s);
        if (version < latestSchemaVersion()) {
            const Result r = migrate();
            if (!r)
                return fail(r.kind, r.message);
        }
    } else if (version < latestSchemaVersion()) {
        return fail(ErrorKind::ReadOnly,
                    Tr::tr("Le magasin local %1 doit être mis à jour (schéma %2 vers %3), ce qui "
                           "est impossible en lecture seule.")
                        .arg(path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    }
    m_dataVersion = -1;
    pollExternalChanges();
    return {};
}

void LocalStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int LocalStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

LocalStore::Result LocalStore::runScript(const QString &sql)
{
    sqlite3 *h = handle();
    char *err = nullptr;
    const int rc = sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    return failure(QSqlError(text, text, QSqlError::StatementError, QString::number(rc)),
                   Tr::tr("Mise à jour du schéma"));
}

LocalStore::Result LocalStore::migrate()
{
    const int from = schemaVersion();
    for (const QString &file : migrationScripts(u":/lanterne/sql/local"_s)) {
        const int v = migrationVersion(file);
        if (v <= from)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {false, ErrorKind::Io, Tr::tr("Migration %1 illisible.").arg(file)};
        // One transaction per migration, version included: never half-migrated.
        Result r = runScript(
            u"BEGIN IMMEDIATE;\n"_s + QString::fromUtf8(f.readAll()) +
            u"\nPRAGMA application_id = %1;\nPRAGMA user_version = %2;\nCOMMIT;"_s.arg(kApplicationId)
                .arg(v));
        if (!r) {
            runScript(u"ROLLBACK"_s);
            return r;
        }
        qCInfo(lcDb) << "migrated" << m_path << "to schema" << v;
    }
    return {};
}

LocalStore::Result LocalStore::beginWrite()
{
    if (m_readOnly)
        return {false, ErrorKind::ReadOnly,
                m_readOnlyReason.isEmpty()
                    ? Tr::tr("Le magasin local %1 est ouvert en lecture seule ; rien n'a été modifié.")
                          .arg(m_path)
                    : Tr::tr("Le magasin local %1 est en lecture seule (%2) ; rien n'a été modifié.")
                          .arg(m_path, m_readOnlyReason)};
    QSqlQuery q(database());
    // Inside a write already: a savepoint, so that an edit made of several (an intervention's
    // result and the ticket's status) is kept or undone whole.
    if (!q.exec(m_writeDepth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT w%1"_s.arg(m_writeDepth)))
        return failure(q.lastError(), Tr::tr("Début de l'enregistrement"));
    ++m_writeDepth;
    return {};
}

LocalStore::Result LocalStore::commit()
{
    QSqlQuery q(database());
    if (m_writeDepth > 1) {
        --m_writeDepth;
        if (!q.exec(u"RELEASE w%1"_s.arg(m_writeDepth)))
            return failure(q.lastError(), Tr::tr("Enregistrement"));
        return {};
    }
    m_writeDepth = 0;
    if (!q.exec(u"COMMIT"_s)) {
        const Result r = failure(q.lastError(), Tr::tr("Enregistrement"));
        rollback();
        return r;
    }
    // Edits queued: the mark beside the store follows, so that losing them later is noticed.
    if (const qint64 seq = outboxHighWater(); seq > std::max<qint64>(m_markSeq, 0))
        writeOutboxMark(seq);
    return {};
}

QString LocalStore::outboxMarkPath(const QString &storePath)
{
    return storePath + u".outbox-mark"_s;
}

qint64 LocalStore::outboxHighWater() const
{
    // AUTOINCREMENT: the highest sequence number ever given, even once its rows are gone.
    QSqlQuery q(database());
    if (q.exec(u"SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

void LocalStore::checkOutboxMark(bool created)
{
    const qint64 seq = outboxHighWater();
    qint64 mark = -1;
    QFile f(outboxMarkPath(m_path));
    if (!created && f.open(QIODevice::ReadOnly)) {
        bool ok = false;
        mark = f.readAll().trimmed().toLongLong(&ok);
        if (!ok)
            mark = -1;
        f.close();
    }
    m_markSeq = mark;
    if (mark > seq) {
        m_lostEdits = mark - seq;
        qCWarning(lcDb) << "lost edits:" << m_path << "holds outbox seq" << seq << "the mark says" << mark;
    }
    if (mark != seq && (mark >= 0 || seq > 0))
        writeOutboxMark(seq); // said once
}

void LocalStore::writeOutboxMark(qint64 seq)
{
    if (m_readOnly)
        return;
    // Written in place at a fixed width (one write within one disk sector: never torn) and synced:
    // this is on the path of every edit, where a new file renamed over the old one cost a
    // millisecond more (bench_sync, the edit's share of a change's way to another workstation).
    QFile f(outboxMarkPath(m_path));
    const QByteArray line = QByteArray::number(seq).rightJustified(20, ' ') + '\n';
    if (!f.open(QIODevice::ReadWrite) || f.write(line) != line.size() || !f.flush() ||
        ::fdatasync(f.handle()) != 0) {
        qCWarning(lcDb) << "cannot write the outbox mark" << f.fileName() << f.errorString();
        return;
    }
    m_markSeq = seq;
}

QString LocalStore::lostEditsMessage() const
{
    if (m_lostEdits <= 0)
        return {};
    return Tr::tr("%n modification(s) faite(s) sur ce poste perdue(s) : le journal du magasin local %1 "
                  "(fichier -wal) a été endommagé ou perdu, sans doute lors d'un arrêt brutal. Vérifiez "
                  "les derniers signalements modifiés et refaites ces modifications.",
                  nullptr, int(m_lostEdits))
        .arg(m_path);
}

void LocalStore::rollback()
{
    QSqlQuery q(database());
    if (m_writeDepth > 1) {
        --m_writeDepth;
        q.exec(u"ROLLBACK TO w%1"_s.arg(m_writeDepth));
        q.exec(u"RELEASE w%1"_s.arg(m_writeDepth));
        return;
    }
    m_writeDepth = 0;
    q.exec(u"ROLLBACK"_s);
}

QString LocalStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM setting WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

LocalStore::Result LocalStore::setSetting(const QString &key, const QString &value)
{
    if (Result r = beginWrite(); !r)
        return r;
    QSqlQuery q(database());
    q.prepare(
        u"INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        const Result r = failure(q.lastError(), Tr::tr("Réglage %1").arg(key));
        rollback();
        return r;
    }
    return commit();
}

LocalStore::Result LocalStore::clearDemoCity()
{
    if (!holdsDemoCity())
        return {};
    if (Result r = beginWrite(); !r)
        return r;
    // Children first (faster than cascading row by row), then the full-text index in one go.
    static const char *const statements[] = {"DELETE FROM intervention",
                                             "DELETE FROM photo",
                                             "DELETE FROM history",
                                             "DELETE FROM comment",
                                             "DELETE FROM ticket_synced",
                                             "DELETE FROM outbox",
                                             "DELETE FROM ticket",
                                             "DELETE FROM reporter",
                                             "DELETE FROM reference_counter",
                                             "DELETE FROM sync_state",
                                             "DELETE FROM setting WHERE key = 'demo'",
                                             "INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild')"};
    QSqlQuery q(database());
    for (const char *sql : statements) {
        if (!q.exec(QString::fromLatin1(sql))) {
            const Result r = failure(q.lastError(), Tr::tr("Suppression de la ville de démonstration"));
            rollback();
            return r;
        }
    }
    if (Result r = commit(); !r)
        return r;
    notifyTicketsChanged({});
    return {};
}

void LocalStore::notifyTicketsChanged(const QStringList &ids)
{
    if (m_batchDepth > 0) {
        if (ids.isEmpty())
            m_batchedAll = true;
        m_batched.append(ids);
        return;
    }
    Q_EMIT ticketsChanged(ids);
}

void LocalStore::beginChangeBatch()
{
    ++m_batchDepth;
}

void LocalStore::endChangeBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return;
    QStringList ids = m_batchedAll ? QStringList() : m_batched;
    const bool any = m_batchedAll || !m_batched.isEmpty();
    m_batched.clear();
    m_batchedAll = false;
    ids.removeDuplicates();
    if (any)
        Q_EMIT ticketsChanged(ids);
}

bool LocalStore::pollExternalChanges()
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return false;
    const qint64 v = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && v != m_dataVersion;
    m_dataVersion = v;
    if (changed)
        Q_EMIT externallyChanged();
    return changed;
}

} // namespace lanterne
