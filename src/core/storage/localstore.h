// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace lanterne {

/**
 * The workstation's SQLite store: opening with checks (corrupt, newer, read-only, full), versioned
 * migrations from resources, pragmas (WAL, synchronous=FULL, foreign keys, busy timeout), write
 * transactions and change notification between the views of one process and other processes
 * sharing the file (the app and lanternectl).
 */
class LocalStore : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode
    {
        ReadWrite,
        ReadOnly
    };
    enum class ErrorKind
    {
        None,
        NotFound,
        NotAStore,
        Corrupt,
        TooNew,
        ReadOnly,
        DiskFull,
        Busy,
        Io
    };
    Q_ENUM(ErrorKind)

    struct Result
    {
        bool ok = true;
        ErrorKind kind = ErrorKind::None;
        QString message; ///< translated, says what and where
        explicit operator bool() const { return ok; }
    };

    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    /**
     * Opens (and with @p create, creates) the store at @p path and migrates it to the latest schema.
     * A store that cannot be written (read-only file, folder or file system, full disk) opens
     * read-only when it can be read: isReadOnly() and readOnlyReason() say so, writes are refused.
     * Without @p create, a file that is not a store yet (empty) is refused, never turned into one.
     */
    Result open(const QString &path, OpenMode mode = OpenMode::ReadWrite, bool create = false);
    void close();

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /** Why the store is read-only (translated; empty when it was asked for or it is writable). */
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    /**
     * Edits made on this workstation that the store no longer holds, found at open: the outbox's
     * highest sequence number is lower than the mark kept beside the store (STORE.outbox-mark,
     * written after each commit that queued edits). It happens when the store's journal (the -wal
     * file) was damaged or lost after a crash. Said once: the mark is then brought down.
     */
    [[nodiscard]] qint64 lostEdits() const { return m_lostEdits; }
    /** What to tell the user about lostEdits() (translated), or empty. */
    [[nodiscard]] QString lostEditsMessage() const;
    /** The file beside a store that keeps its outbox mark. */
    [[nodiscard]] static QString outboxMarkPath(const QString &storePath);
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] sqlite3 *handle() const;
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();
    /** The user's default store: $LANTERNE_DB, else lanterne.db in the user's data directory. */
    [[nodiscard]] static QString defaultPath();

    /** BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy timeout). Inside a write
     *  already, a savepoint: commit() and rollback() then end that part only, and the outer write
     *  decides for the whole. */
    Result beginWrite();
    Result commit();
    void rollback();

    /** Classifies a database error and words it for the user. */
    [[nodiscard]] Result failure(const QSqlError &error, const QString &what) const;
    [[nodiscard]] static ErrorKind classify(const QSqlError &error);

    [[nodiscard]] QString setting(const QString &key, const QString &fallback = {}) const;
    Result setSetting(const QString &key, const QString &value);

    /** Whether the store holds the demo city (which never syncs). */
    [[nodiscard]] bool holdsDemoCity() const { return !setting(QStringLiteral("demo")).isEmpty(); }
    /**
     * Empties a store that holds the demo city (tickets, reporters, edits made on it, sync state),
     * in one transaction, so that the workstation can receive the city's real data.
     */
    Result clearDemoCity();

    /** Tells every view of this process that these tickets changed (after a commit). */
    void notifyTicketsChanged(const QStringList &ids);
    /**
     * Between these, changes are told once, at the end (a bulk action on 300 tickets is one
     * reload of each view, not 300 updates). Batches nest.
     */
    void beginChangeBatch();
    void endChangeBatch();
    /** True once if another connection (another process) committed since the last call. */
    bool pollExternalChanges();

Q_SIGNALS:
    void ticketsChanged(const QStringList &ids);
    /** Another process changed the store: views reload what they show. */
    void externallyChanged();

private:
    Result connectAndCheck();
    [[nodiscard]] ErrorKind openErrorKind(const QSqlError &error) const;
    [[nodiscard]] qint64 outboxHighWater() const;
    void checkOutboxMark(bool created);
    void writeOutboxMark(qint64 seq);
    Result migrate();
    Result runScript(const QString &sql);

    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_create = false;
    bool m_immutable = false; ///< opened as an immutable file (read-only medium, no journal to read)
    qint64 m_markSeq = -1;    ///< the outbox mark last written or read
    qint64 m_lostEdits = 0;
    qint64 m_dataVersion = -1;
    int m_batchDepth = 0;
    QStringList m_batched;
    bool m_batchedAll = false;
    int m_writeDepth = 0; ///< writes begun and not ended (more than one: savepoints)
};

} // namespace lanterne
