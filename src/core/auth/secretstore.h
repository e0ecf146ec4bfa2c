// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QObject>
#include <QPointer>
#include <QString>

namespace lanterne {

/**
 * The user's password for the central database, kept in the desktop's keychain (Secret Service,
 * through QtKeychain) and nowhere else: never in a file, never in a log. Asynchronous with a
 * timeout, because a keychain can hang (no Secret Service, a locked keyring waiting for a prompt
 * that never comes). Where there is no session bus it is not even tried.
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,    ///< nothing stored under that key (a locked keyring also answers this)
        Unavailable, ///< no keychain here (no session bus, no Secret Service)
        Denied,      ///< the keychain refused (locked, or access denied)
        TimedOut,    ///< no answer in time
        Failed,
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString secret; ///< for reads
        QString message;
        [[nodiscard]] bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr int kDefaultTimeoutMs = 5000;

    explicit SecretStore(QObject *parent = nullptr);

    /** Whether a keychain can be tried at all: a D-Bus session bus is there. */
    [[nodiscard]] static bool sessionBusAvailable();
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void read(const QString &key, Callback done);
    void write(const QString &key, const QString &secret, Callback done);
    void remove(const QString &key, Callback done);

    /**
     * For lanternectl only: waits for the answer in a local event loop (the command line has no
     * window to re-enter; the app uses the asynchronous calls).
     */
    Result readNow(const QString &key);
    Result writeNow(const QString &key, const QString &secret);
    Result removeNow(const QString &key);

private:
    enum class Kind
    {
        Read,
        Write,
        Remove
    };
    void run(Kind kind, const QString &key, const QString &secret, Callback done);
    Result wait(Kind kind, const QString &key, const QString &secret);

    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace lanterne
