// SPDX-License-Identifier: GPL-3.0-or-later
// The password's keychain in the three situations a workstation meets: an unlocked Secret
// Service, a keyring that stays locked, no session bus at all. Run by keychain_session.sh.
#include "auth/secretstore.h"
#include "sync/centraldatabase.h"
#include "sync/centralurl.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <QElapsedTimer>
#include <QtTest>

using namespace lanterne;
using namespace Qt::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_mode = qEnvironmentVariable("LANTERNE_KEYCHAIN_MODE");
        if (m_mode.isEmpty())
            QSKIP("run through keychain_session.sh (ctest does)");
        m_store.setTimeout(4000);
    }

    void storeReadDelete()
    {
        if (m_mode != "unlocked"_L1)
            QSKIP("needs an unlocked keyring");
        const QString key = u"postgresql://agent@mairie.example.org:5432/lanterne"_s;
        QVERIFY(m_store.writeNow(key, u"pâté-secret"_s).ok());
        const auto read = m_store.readNow(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, u"pâté-secret"_s);
        QVERIFY(m_store.writeNow(key, u"changed"_s).ok());
        QCOMPARE(m_store.readNow(key).secret, u"changed"_s);
        QVERIFY(m_store.removeNow(key).ok());
        QCOMPARE(m_store.readNow(key).status, SecretStore::Status::NotFound);
    }

    void asynchronousCallsDoNotBlock()
    {
        if (m_mode != "unlocked"_L1)
            QSKIP("needs an unlocked keyring");
        bool done = false;
        SecretStore::Result result;
        m_store.read(u"missing-key"_s, [&](const SecretStore::Result &r) {
            done = true;
            result = r;
        });
        QVERIFY(!done); // answered later, through the event loop
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(result.status, SecretStore::Status::NotFound);
    }

    void lockedKeyringFailsInTime()
    {
        if (m_mode != "locked"_L1)
            QSKIP("needs a locked keyring");
        QElapsedTimer timer;
        timer.start();
        const auto w = m_store.writeNow(u"k"_s, u"secret"_s);
        QVERIFY(!w.ok());
        QVERIFY(!w.message.isEmpty());
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        const auto r = m_store.readNow(u"k"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.secret.isEmpty());
    }

    void noSessionBusIsNotTried()
    {
        if (m_mode != "none"_L1)
            QSKIP("needs no session bus");
        QVERIFY(!SecretStore::sessionBusAvailable());
        QElapsedTimer timer;
        timer.start();
        const auto r = m_store.readNow(u"k"_s);
        QCOMPARE(r.status, SecretStore::Status::Unavailable);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(timer.elapsed() < 500);
        QCOMPARE(m_store.writeNow(u"k"_s, u"secret"_s).status, SecretStore::Status::Unavailable);
    }

    void syncTakesThePasswordFromTheKeychain()
    {
        if (m_mode != "unlocked"_L1)
            QSKIP("needs an unlocked keyring");
        QFile env(qEnvironmentVariable("LANTERNE_PG_STATE") + u"/env"_s);
        if (!env.open(QIODevice::ReadOnly))
            QSKIP("no PostgreSQL test cluster");
        int port = 0;
        QString superpass;
        for (const QByteArray &line : env.readAll().split('\n')) {
            if (line.startsWith("LANTERNE_PG_PORT="))
                port = line.mid(17).toInt();
            if (line.startsWith("LANTERNE_PG_SUPERPASS_FILE=")) {
                QFile pw(QString::fromUtf8(line.mid(27)));
                if (pw.open(QIODevice::ReadOnly))
                    superpass = QString::fromUtf8(pw.readAll()).trimmed();
            }
        }
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString db = u"keychain_"_s + suffix, login = u"kc."_s + suffix;
        QString error;
        CentralUrl admin =
            *CentralUrl::parse(u"postgresql://postgres@127.0.0.1:%1/postgres"_s.arg(port), &error);
        {
            CentralDatabase c;
            QVERIFY(c.open(admin, superpass));
            QVERIFY(QSqlQuery(c.database()).exec(u"CREATE DATABASE "_s + db));
        }
        admin.database = db;
        {
            CentralDatabase c;
            QVERIFY(c.open(admin, superpass));
            QVERIFY(c.init(ReferenceData::builtin()));
            QVERIFY(c.addUser(login, u"agent"_s, u"93055"_s, {}, {}, u"from-the-keychain"_s));
        }
        const CentralUrl url =
            *CentralUrl::parse(u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(login).arg(port).arg(db), &error);
        QTemporaryDir dir;
        auto sync = [&] {
            QProcess p;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.remove(u"PGPASSWORD"_s);
            e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            p.setProcessEnvironment(e);
            p.start(QStringLiteral(LANTERNECTL_PATH),
                    {u"--db"_s, dir.filePath(u"ws.db"_s), u"sync"_s, u"--once"_s, u"--url"_s, url.display()});
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), p.readAllStandardError()};
        };
        // Nothing in the keychain, no PGPASSWORD: refused by the server, said, exit 1.
        auto [code, err] = sync();
        QCOMPARE(code, 1);
        QVERIFY(!err.isEmpty());
        // With the password in the keychain under the database's address: it goes through.
        QVERIFY(m_store.writeNow(url.display(), u"from-the-keychain"_s).ok());
        std::tie(code, err) = sync();
        QVERIFY2(code == 0, err.constData());
        QVERIFY(!err.contains("from-the-keychain"));
        m_store.removeNow(url.display());
        CentralDatabase c;
        admin.database = u"postgres"_s;
        if (c.open(admin, superpass))
            QSqlQuery(c.database()).exec(u"DROP DATABASE IF EXISTS "_s + db + u" WITH (FORCE)"_s);
    }

private:
    QString m_mode;
    SecretStore m_store;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
