// SPDX-License-Identifier: GPL-3.0-or-later
// libpq URLs of the central database: what is accepted, the secure defaults, nothing leaked.
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
};

QTEST_GUILESS_MAIN(TestCentralUrl)
#include "tst_centralurl.moc"
