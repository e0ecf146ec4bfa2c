// SPDX-License-Identifier: GPL-3.0-or-later
// TLS with the city's CA: verify-full accepts the right server, refuses a wrong host name, an
// unknown CA and a plain-text connection. Certificates made by the test with openssl, on a
// cluster of its own that only accepts encrypted connections.
#include "sync/centraldatabase.h"
#include "sync/centralurl.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace lanterne;
using namespace Qt::StringLiterals;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verifyFullAcceptsTheCityServer();
    void wrongHostNameIsRefused();
    void unknownAuthorityIsRefused();
    void plainTextIsRefused();

private:
    bool openssl(const QStringList &args);
    CentralDatabase::Result connect(const QString &host, const QString &options);

    QTemporaryDir m_dir;
    QString m_state;
    int m_port = 0;
    QString m_superpass;
};

bool TestTls::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(u"openssl"_s, args);
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        qWarning() << "openssl" << args << p.readAllStandardError();
    return p.exitCode() == 0;
}

void TestTls::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("LANTERNE_PG_STATE"))
        QSKIP("run through ctest");
    const QString dir = m_dir.path();
    QVERIFY(
        openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s,
                 u"-out"_s, u"ca.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Ville de test CA"_s}));
    QVERIFY(
        openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"other.key"_s,
                 u"-out"_s, u"other.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Autre CA"_s}));
    QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"server.key"_s,
                     u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=localhost"_s}));
    QFile ext(dir + u"/ext.cnf"_s);
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=DNS:localhost\n");
    ext.close();
    QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
                     u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s, u"-days"_s, u"2"_s,
                     u"-extfile"_s, u"ext.cnf"_s}));
    m_state = dir + u"/cluster"_s;
    QProcess start;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANTERNE_PG_SSL_DIR"_s, dir);
    env.insert(u"LANTERNE_PG_SSL_ONLY"_s, u"1"_s);
    start.setProcessEnvironment(env);
    start.start(QStringLiteral(PG_CLUSTER_SCRIPT), {u"start"_s, m_state});
    QVERIFY(start.waitForFinished(120000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    QFile envFile(m_state + u"/env"_s);
    QVERIFY(envFile.open(QIODevice::ReadOnly));
    for (const QByteArray &line : envFile.readAll().split('\n'))
        if (line.startsWith("LANTERNE_PG_PORT="))
            m_port = line.mid(17).toInt();
    QFile pw(m_state + u"/superuser.pw"_s);
    QVERIFY(pw.open(QIODevice::ReadOnly));
    m_superpass = QString::fromUtf8(pw.readAll()).trimmed();
}

void TestTls::cleanupTestCase()
{
    if (m_state.isEmpty())
        return;
    QProcess stop;
    stop.start(QStringLiteral(PG_CLUSTER_SCRIPT), {u"stop"_s, m_state});
    stop.waitForFinished(60000);
}

CentralDatabase::Result TestTls::connect(const QString &host, const QString &options)
{
    QString error;
    const auto url = CentralUrl::parse(
        u"postgresql://postgres@%1:%2/postgres?%3"_s.arg(host).arg(m_port).arg(options), &error);
    if (!url)
        return {false, 2, error};
    CentralDatabase db;
    return db.open(*url, m_superpass);
}

void TestTls::verifyFullAcceptsTheCityServer()
{
    const auto r = connect(u"localhost"_s, u"sslmode=verify-full&sslrootcert=%1/ca.crt"_s.arg(m_dir.path()));
    QVERIFY2(r.ok, qPrintable(r.message));
}

void TestTls::wrongHostNameIsRefused()
{
    // The certificate is for "localhost"; the same server reached as 127.0.0.1 is not it.
    const auto r = connect(u"127.0.0.1"_s, u"sslmode=verify-full&sslrootcert=%1/ca.crt"_s.arg(m_dir.path()));
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"does not match"_s) || r.message.contains(u"certificate"_s),
             qPrintable(r.message));
}

void TestTls::unknownAuthorityIsRefused()
{
    const auto r =
        connect(u"localhost"_s, u"sslmode=verify-full&sslrootcert=%1/other.crt"_s.arg(m_dir.path()));
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"certificate"_s), qPrintable(r.message));
}

void TestTls::plainTextIsRefused()
{
    const auto r = connect(u"localhost"_s, u"sslmode=disable"_s);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"no encryption"_s) || r.message.contains(u"pg_hba"_s),
             qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
