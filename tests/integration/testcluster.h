// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/centraldatabase.h"
#include "sync/centralurl.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>

/** The PostgreSQL cluster that ctest started for the run (pg_cluster.sh writes its env file). */
struct TestCluster
{
    QString host;
    int port = 0;
    QString superuser;
    QString superpass;

    /** Read from $LANTERNE_PG_STATE/env, or from @p stateDir; port 0 when there is none. */
    static TestCluster load(const QString &stateDir = qEnvironmentVariable("LANTERNE_PG_STATE"))
    {
        TestCluster c;
        QFile env(stateDir + QStringLiteral("/env"));
        if (!env.open(QIODevice::ReadOnly))
            return c;
        for (const QByteArray &line : env.readAll().split('\n')) {
            const QString l = QString::fromUtf8(line);
            const QString key = l.section(QLatin1Char('='), 0, 0), value = l.section(QLatin1Char('='), 1);
            if (key == QLatin1String("LANTERNE_PG_HOST")) {
                c.host = value;
            } else if (key == QLatin1String("LANTERNE_PG_PORT")) {
                c.port = value.toInt();
            } else if (key == QLatin1String("LANTERNE_PG_SUPERUSER")) {
                c.superuser = value;
            } else if (key == QLatin1String("LANTERNE_PG_SUPERPASS_FILE")) {
                QFile pw(value);
                if (pw.open(QIODevice::ReadOnly))
                    c.superpass = QString::fromUtf8(pw.readAll()).trimmed();
            }
        }
        return c;
    }

    /** The URL of @p database on this cluster for @p user. */
    [[nodiscard]] lanterne::CentralUrl url(const QString &user, const QString &database) const
    {
        QString error;
        return *lanterne::CentralUrl::parse(
            QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database), &error);
    }

    /** A database of a test's own on the shared cluster. */
    [[nodiscard]] bool createDatabase(const QString &name) const
    {
        return admin(QStringLiteral("CREATE DATABASE ") + name);
    }
    void dropDatabase(const QString &name) const
    {
        admin(QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"));
    }

private:
    bool admin(const QString &sql) const
    {
        lanterne::CentralDatabase db;
        return db.open(url(superuser, QStringLiteral("postgres")), superpass) &&
               QSqlQuery(db.database()).exec(sql);
    }
};
