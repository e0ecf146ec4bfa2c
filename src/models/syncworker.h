// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace lanterne {

class LocalStore;
class CentralDatabase;

/**
 * Lives on the sync thread: its own connections to the local store and the central database,
 * the sync engine, the schedule (every minute, on the server's NOTIFY, backoff after failures).
 * Talks to SyncService through queued signals only.
 */
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    /** Mirrors SyncService::State. */
    enum State
    {
        LocalOnly,
        Connecting,
        Syncing,
        Synced,
        Offline,
        Error
    };

    SyncWorker();
    ~SyncWorker() override;

public Q_SLOTS:
    void configure(const QString &storePath, const QString &url, const QString &password);
    void syncNow();
    /** A photo to fetch (batched; retried after the next successful sync if it fails). */
    void fetchPhoto(const QString &photoId);

Q_SIGNALS:
    void stateChanged(int state, const QString &message);
    /** During a pull: tickets received, how many it brings, and whether this is the first sync. */
    void progress(qint64 received, qint64 total, bool firstSync);
    /** Who the server says the login is (empty login: no mapping). */
    void identity(const QString &login, const QString &role, const QString &team,
                  const QString &municipality);

private:
    void schedule(bool failed);
    void fetchWantedPhotos();
    bool connectIfNeeded(QString *error);

    QString m_storePath;
    QString m_url;
    QString m_password;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<CentralDatabase> m_central;
    /** Only listens: idle all the time, so the server's announcements arrive even mid-sync. */
    std::unique_ptr<CentralDatabase> m_listener;
    QTimer m_timer;
    QTimer m_debounce;
    QTimer m_photoBatch;
    QSet<QString> m_wantedPhotos;
    int m_failures = 0;
    bool m_running = false;
    bool m_again = false; ///< an announcement came during a sync
};

} // namespace lanterne
