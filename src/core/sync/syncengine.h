// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/localstore.h"
#include "sync/centraldatabase.h"

#include <functional>
#include <QString>
#include <QStringList>

namespace lanterne {

/** What one sync did. */
struct SyncReport
{
    int pushed = 0;
    int applied = 0;
    int conflicts = 0;
    int rejected = 0;
    int pulledTickets = 0;
    int pulledRows = 0; ///< comments, history, photos, reporters
    qint64 cursor = 0;
    int leftScope = 0;          ///< tickets removed because they left the user's scope
    bool scopeVerified = false; ///< the per-scope checksum was compared
    bool drift = false;         ///< it differed: the workstation resynchronised
};

/**
 * Push the outbox in order, in batches, and record each receipt; then pull what changed on the
 * server since the cursor, in revision windows, each applied with its new cursor in one SQLite
 * transaction. Pending local edits stay on top of pulled data until their receipts come back:
 * the server's row then goes to ticket_synced and the working row keeps the user's version.
 * Synchronous: the sync thread (or lanternectl) owns both connections.
 */
class SyncEngine
{
public:
    struct Result
    {
        bool ok = true;
        int exitCode = 0;
        QString message;
        SyncReport report;
        bool busy = false; ///< another process was syncing this store: nothing was done
        explicit operator bool() const { return ok; }
    };

    /** A push chunk's size: operations go together up to this many bytes of JSON. */
    static constexpr qsizetype kPushChunkBytes = 8 * 1024 * 1024;

    SyncEngine(LocalStore &store, CentralDatabase &central);

    Result push(int batch = 200);
    Result pull(int batch = 5000);
    /**
     * Push, pull, then compare the per-scope checksum. One process at a time per store (the app
     * and `lanternectl sync --watch` may share one): the others wait up to setLockWait(), then
     * give up with `busy` set.
     */
    Result syncOnce();
    void setLockWait(int milliseconds) { m_lockWaitMs = milliseconds; }
    /**
     * Keeps in the store who this workstation acts as for the server (login, role, team,
     * municipality): its edits, offline too, are made with that login's rights. Asked once per
     * connection. Nothing when the server does not answer (timedOut() then says so). When the
     * identity differs from the one recorded (another login, or another municipality, role or
     * team), the store is first purged to the new scope (ScopePurge); if that fails, the old
     * identity stays and identityError() says why.
     */
    std::optional<CentralDatabase::Identity> recordIdentity();
    [[nodiscard]] QString identityError() const { return m_identityError; }
    /**
     * Compares the count and digest of (id, revision) of the tickets the user sees on the server
     * with the workstation's; on drift, drops what the server no longer shows and pulls again.
     */
    Result verifyScope();

    /**
     * Fetches the pictures of photos known here by their metadata only (a pull brings metadata;
     * the bytes come when a photo is first shown) and keeps them in the local store, with a
     * thumbnail made here when the server has none. Photos already here are not fetched again.
     */
    Result fetchPhotos(const QStringList &photoIds);

    /** Told after each pulled window: tickets received so far, and how many the pull brings. */
    void setProgress(std::function<void(qint64 received, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }

    [[nodiscard]] qint64 cursor() const;

private:
    Result fail(const QString &message, int exitCode = 1);
    [[nodiscard]] QString noAnswer() const;
    bool pullWindow(qint64 from, qint64 *to, int batch, SyncReport *report, QString *error);

    LocalStore &m_store;
    CentralDatabase &m_central;
    SyncReport m_report;
    QString m_identityError;
    std::function<void(qint64, qint64)> m_progress;
    int m_lockWaitMs = 0;
};

} // namespace lanterne
