// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QTimer>

namespace lanterne {

class SyncWorker;
class SecretStore;

/**
 * The app's side of sync: a worker thread with its own SQLite and PostgreSQL connections runs
 * the sync engine (on start, on the server's announcements, every minute, and with backoff after
 * a failure); the window hears from it through queued signals only. Publishes its state for the
 * tool bar: local only, connecting, syncing, synced, offline since..., error with what to do.
 */
class SyncService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(QDateTime offlineSince READ offlineSince NOTIFY changed)
    Q_PROPERTY(QString url READ url NOTIFY settingsChanged)
    Q_PROPERTY(QString caFile READ caFile NOTIFY settingsChanged)
    Q_PROPERTY(bool needsPassword READ needsPassword NOTIFY changed)
    /** During a pull: tickets received and expected (0 when unknown); the first sync of a workstation. */
    Q_PROPERTY(qint64 received READ received NOTIFY progressChanged)
    Q_PROPERTY(qint64 expected READ expected NOTIFY progressChanged)
    Q_PROPERTY(bool firstSync READ firstSync NOTIFY progressChanged)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable CONSTANT)
    Q_PROPERTY(QString testResult READ testResult NOTIFY testFinished)
    Q_PROPERTY(bool testing READ testing NOTIFY testFinished)

public:
    enum class State
    {
        LocalOnly,
        Connecting,
        Syncing,
        Synced,
        Offline,
        Error
    };
    Q_ENUM(State)

    // Not default-constructible: Qt 6.4 would build its own instance instead of calling create().
    explicit SyncService(class Session *session, QObject *parent = nullptr);
    ~SyncService() override;

    static SyncService *create(QQmlEngine *, QJSEngine *);
    [[nodiscard]] static SyncService *instance();
    static void setInstance(SyncService *service);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QDateTime lastSync() const { return m_lastSync; }
    [[nodiscard]] QDateTime offlineSince() const { return m_offlineSince; }
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] QString caFile() const { return m_caFile; }
    [[nodiscard]] bool needsPassword() const { return m_needsPassword; }
    [[nodiscard]] qint64 received() const { return m_received; }
    [[nodiscard]] qint64 expected() const { return m_expected; }
    [[nodiscard]] bool firstSync() const { return m_firstSync; }
    [[nodiscard]] bool keychainAvailable() const;
    [[nodiscard]] QString testResult() const { return m_testResult; }
    [[nodiscard]] bool testing() const { return m_testing; }

    /** Starts syncing if a central database is configured (password from the keychain). */
    void start();
    Q_INVOKABLE void syncNow();
    /** Asks the sync thread for a photo known here by its metadata only. Any thread. */
    void requestPhoto(const QString &photoId);
    /** The password for this session; remembered in the keychain when @p remember. */
    Q_INVOKABLE void providePassword(const QString &password, bool remember);
    /** Checks a URL, a CA file and a password without saving anything (off the GUI thread). */
    Q_INVOKABLE void testConnection(const QString &url, const QString &caFile, const QString &password);
    /** Saves the connection (URL, CA file; password in the keychain when @p remember) and restarts sync. */
    Q_INVOKABLE bool saveSettings(const QString &url, const QString &caFile, const QString &password,
                                  bool remember);
    /** Back to local-only: this workstation stops syncing (what is queued stays queued). */
    Q_INVOKABLE void disconnectCentral();
    /** The login in a central database URL (empty when it has none). */
    Q_INVOKABLE static QString userOf(const QString &url);
    /** The URL without its login (shown apart, in the Identifiant field). */
    Q_INVOKABLE static QString withoutUser(const QString &url);
    /** The URL with its login replaced by @p user (unchanged when @p user is empty). */
    Q_INVOKABLE static QString withUser(const QString &url, const QString &user);
    /** The URL with the CA file added as sslrootcert; empty with @p error set when invalid. */
    [[nodiscard]] static QString effectiveUrl(const QString &url, const QString &caFile, QString *error);

Q_SIGNALS:
    void changed();
    void progressChanged();
    void settingsChanged();
    void testFinished();
    void requestSync();
    void photoWanted(const QString &photoId);
    void configure(const QString &storePath, const QString &url, const QString &password);

private:
    void onWorkerState(int state, const QString &message);
    void setState(State state, const QString &message);

    void loadSettings();
    void applyPassword(const QString &password);

    class Session *m_session = nullptr;
    QString m_url;
    QString m_caFile;
    QString m_password;
    State m_state = State::LocalOnly;
    QString m_message;
    QDateTime m_lastSync;
    QDateTime m_offlineSince;
    bool m_needsPassword = false;
    qint64 m_received = 0;
    qint64 m_expected = 0;
    bool m_firstSync = false;
    QString m_testResult;
    bool m_testing = false;
    QThread m_thread;
    QTimer m_pushSoon;
    SyncWorker *m_worker = nullptr;
    SecretStore *m_keychain = nullptr;
};

} // namespace lanterne
