// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QMap>
#include <QString>

namespace lanterne {

/**
 * A libpq URL (`postgresql://user@host:port/db?sslmode=verify-full&sslrootcert=FILE`) split for
 * QPSQL, with Lanterne's defaults: TLS `verify-full` for any host other than loopback, a connect
 * timeout, the application's name. A password in the URL is kept apart and never printed.
 */
struct CentralUrl
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< only when the URL carries one
    QMap<QString, QString> options;

    /** Parses @p url; on bad input returns nullopt and says what is wrong in @p error. */
    [[nodiscard]] static std::optional<CentralUrl> parse(const QString &url, QString *error);
    [[nodiscard]] bool isLoopback() const;
    /** libpq keywords for QSqlDatabase::setConnectOptions ("k=v;k=v"). */
    [[nodiscard]] QString connectOptions() const;
    /** The URL without its password, for messages and settings. */
    [[nodiscard]] QString display() const;
};

} // namespace lanterne
