// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "sync/centralurl.h"
#include "sync/querywatchdog.h"

#include <optional>
#include <QSqlDatabase>
#include <QString>

namespace lanterne {

/**
 * A connection to the city's central PostgreSQL database (QPSQL), and its administration: the
 * schema's bootstrap and migrations (SQL in :/lanterne/sql/central), municipalities, logins.
 */
class CentralDatabase
{
public:
    struct Result
    {
        bool ok = true;
        int exitCode = 0; ///< lanternectl's: 1 failure, 2 bad usage
        QString message;
        explicit operator bool() const { return ok; }
    };

    CentralDatabase();
    ~CentralDatabase();
    CentralDatabase(const CentralDatabase &) = delete;
    CentralDatabase &operator=(const CentralDatabase &) = delete;

    /** Connects; the password is given to open() and not kept in the connection's settings. */
    Result open(const CentralUrl &url, const QString &password);
    void close();
    [[nodiscard]] QSqlDatabase database() const;

    /**
     * Arms the watchdog for the scope of the returned guard: a query still waiting for the server
     * when the timeout passes fails instead of blocking forever (the connection is then closed).
     * The timeout: 30 s, or LANTERNE_SYNC_TIMEOUT_MS.
     */
    [[nodiscard]] QueryWatchdog::Guard watch()
    {
        return QueryWatchdog::Guard(m_watchdog, socket(), m_timeout);
    }
    /** The same, for a span that is not a scope. */
    void armWatchdog() { m_watchdog.arm(socket(), m_timeout); }
    void disarmWatchdog() { m_watchdog.disarm(); }
    [[nodiscard]] bool timedOut() const { return m_watchdog.fired(); }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    [[nodiscard]] static int latestSchemaVersion();
    /** The applied schema version, 0 for a database Lanterne never initialised, -1 on error. */
    [[nodiscard]] int schemaVersion() const;
    /**
     * Whether this database holds Lanterne's schema at the version this build speaks; else what
     * to do about it (central init, central migrate, update Lanterne), in words.
     */
    [[nodiscard]] Result checkSchema() const;
    /**
     * Roles, schema, pending migrations, municipalities. Idempotent: a second run changes nothing.
     * A schema "lanterne" that Lanterne did not create is refused, untouched.
     */
    Result init(const ReferenceData &reference);
    /** Applies the pending migrations of an initialised database. */
    Result migrate(int *applied = nullptr);
    /**
     * Who the server says the caller is; an empty login when it has no mapping (sees nothing).
     * Asked once per connection, then remembered.
     */
    struct Identity
    {
        QString login, role, team, municipality;
    };
    [[nodiscard]] std::optional<Identity> identity();
    /** What the user can do about a server's error message, in words; empty when nothing applies. */
    [[nodiscard]] static QString advice(const QString &serverText);

    /** Creates or updates a login mapped to a municipality and a service or team. */
    Result addUser(const QString &login, const QString &role, const QString &municipality,
                   const QString &service, const QString &team, const QString &password);

private:
    Result fail(const QString &what, const class QSqlError &error, int exitCode = 1) const;
    Result exec(const QString &sql, const QString &what) const;
    [[nodiscard]] int socket() const;

    QString m_connection;
    QString m_display;
    QueryWatchdog m_watchdog;
    std::chrono::milliseconds m_timeout{30000};
    std::optional<Identity> m_identity;
};

} // namespace lanterne
