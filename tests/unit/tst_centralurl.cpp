// SPDX-License-Identifier: GPL-3.0-or-later
// libpq URLs of the central database: what is accepted, the secure defaults, nothing leaked.
#include "sync/centraldatabase.h"
#include "sync/centralurl.h"

#include <QtTest>

using namespace lanterne;
using namespace Qt::StringLiterals;

class TestCentralUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheParts()
    {
        QString error;
        const auto u = CentralUrl::parse(
            u"postgresql://c.moreau:s3cret@base.mairie-pantin.fr:6432/signalements?sslrootcert=/etc/ca.crt"_s,
            &error);
        QVERIFY2(u, qPrintable(error));
        QCOMPARE(u->host, u"base.mairie-pantin.fr"_s);
        QCOMPARE(u->port, 6432);
        QCOMPARE(u->database, u"signalements"_s);
        QCOMPARE(u->user, u"c.moreau"_s);
        QCOMPARE(u->password, u"s3cret"_s);
        QCOMPARE(u->options.value(u"sslrootcert"_s), u"/etc/ca.crt"_s);
        // Never the password in what is shown or saved.
        QVERIFY(!u->display().contains(u"s3cret"_s));
        QVERIFY(!u->connectOptions().contains(u"s3cret"_s));
    }

    void tlsIsVerifiedBeyondLoopback()
    {
        QString error;
        QCOMPARE(CentralUrl::parse(u"postgresql://a@base.example.org/lanterne"_s, &error)
                     ->options.value(u"sslmode"_s),
                 u"verify-full"_s);
        for (const QString &host : {u"127.0.0.1"_s, u"localhost"_s, u"[::1]"_s}) {
            const auto u = CentralUrl::parse(u"postgresql://a@%1/lanterne"_s.arg(host), &error);
            QVERIFY2(u, qPrintable(error));
            QVERIFY(u->isLoopback());
            QCOMPARE(u->options.value(u"sslmode"_s), u"prefer"_s);
        }
        // What the URL says wins.
        QCOMPARE(CentralUrl::parse(u"postgresql://a@base.example.org/l?sslmode=require"_s, &error)
                     ->options.value(u"sslmode"_s),
                 u"require"_s);
        const auto u = CentralUrl::parse(u"postgres://a@base.example.org"_s, &error);
        QCOMPARE(u->database, u"lanterne"_s);
        QCOMPARE(u->port, 5432);
        QVERIFY(u->connectOptions().contains(u"connect_timeout="_s));
    }

    void badUrlsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("scheme") << u"http://base.example.org/lanterne"_s << u"postgresql://"_s;
        QTest::newRow("no host") << u"postgresql:///lanterne"_s << u"hôte"_s;
        QTest::newRow("unknown parameter") << u"postgresql://a@b/c?sslmod=verify-full"_s << u"sslmod"_s;
        QTest::newRow("garbage") << u"::::"_s << QString();
    }
    void badUrlsAreRefusedWithAReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!CentralUrl::parse(url, &error));
        QVERIFY(!error.isEmpty());
        if (!says.isEmpty())
            QVERIFY2(error.contains(says), qPrintable(error));
    }

    void failuresSayWhatToDo_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << u"password authentication failed for user \"c.moreau\""_s
                                  << u"mot de passe"_s;
        QTest::newRow("no password") << u"fe_sendauth: no password supplied"_s << u"mot de passe"_s;
        QTest::newRow("host name") << u"server certificate for \"db\" does not match host name \"x\""_s
                                   << u"nom exact"_s;
        QTest::newRow("unknown CA") << u"SSL error: certificate verify failed"_s << u"certificat"_s;
        QTest::newRow("refused")
            << u"connection to server at \"10.0.0.1\", port 5432 failed: Connection refused"_s
            << u"partiront d'elles-mêmes"_s;
        QTest::newRow("unknown host")
            << u"could not translate host name \"base\" to address"_s << u"réseau"_s;
        QTest::newRow("hba") << u"no pg_hba.conf entry for host \"10.0.0.2\""_s << u"administrateur"_s;
        QTest::newRow("database") << u"database \"lanterne\" does not exist"_s << u"nom de la base"_s;
    }
    void failuresSayWhatToDo()
    {
        QFETCH(QString, server);
        QFETCH(QString, says);
        const QString advice = CentralDatabase::advice(server);
        QVERIFY2(advice.contains(says), qPrintable(advice));
        QVERIFY(CentralDatabase::advice(u"something else entirely"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCentralUrl)
#include "tst_centralurl.moc"
