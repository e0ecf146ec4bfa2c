// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <memory>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "lanterne.auth")

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};
const QString kService = u"lanterne"_s;
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

bool SecretStore::sessionBusAvailable()
{
#ifdef Q_OS_LINUX
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

void SecretStore::read(const QString &key, Callback done)
{
    run(Kind::Read, key, {}, std::move(done));
}
void SecretStore::write(const QString &key, const QString &secret, Callback done)
{
    run(Kind::Write, key, secret, std::move(done));
}
void SecretStore::remove(const QString &key, Callback done)
{
    run(Kind::Remove, key, {}, std::move(done));
}

void SecretStore::run(Kind kind, const QString &key, const QString &secret, Callback done)
{
    if (!sessionBusAvailable()) {
        // Never try: without a session bus QtKeychain fails slowly or hangs.
        QTimer::singleShot(0, this, [done] {
            done(
                {Status::Unavailable,
                 {},
                 Tr::tr("Aucun trousseau de clés ici (pas de session D-Bus) : le mot de passe sera demandé à "
                        "chaque session.")});
        });
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(kService);
        break;
    case Kind::Write: {
        auto *w = new QKeychain::WritePasswordJob(kService);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(kService);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never in plain text
    job->setKey(key);
    // One answer only: the job's, or the timeout's.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [done, answered, job, timer] {
        if (*answered)
            return;
        *answered = true;
        timer->deleteLater();
        QObject::disconnect(job, nullptr, nullptr, nullptr);
        job->deleteLater();
        qCWarning(lcAuth) << "keychain: no answer in time";
        done({Status::TimedOut,
              {},
              Tr::tr("Le trousseau de clés ne répond pas (verrouillé ?) : le mot de passe sera demandé.")});
    });
    connect(job, &QKeychain::Job::finished, this, [done, answered, timer, kind](QKeychain::Job *j) {
        if (*answered)
            return;
        *answered = true;
        timer->stop();
        timer->deleteLater();
        Result r;
        switch (j->error()) {
        case QKeychain::NoError:
            r.status = Status::Ok;
            if (kind == Kind::Read)
                r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            break;
        case QKeychain::EntryNotFound:
            r.status = Status::NotFound;
            r.message = Tr::tr("Aucun mot de passe enregistré dans le trousseau.");
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            r.status = Status::Denied;
            r.message = Tr::tr("Le trousseau de clés a refusé l'accès (verrouillé ?).");
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            r.status = Status::Unavailable;
            r.message =
                Tr::tr("Aucun trousseau de clés disponible : le mot de passe sera demandé à chaque session.");
            break;
        default:
            r.status = kind == Kind::Write ? Status::Denied : Status::Failed;
            r.message = Tr::tr("Le trousseau de clés a échoué : %1").arg(j->errorString());
            break;
        }
        j->deleteLater();
        done(r);
    });
    timer->start(m_timeoutMs);
    job->start();
}

SecretStore::Result SecretStore::wait(Kind kind, const QString &key, const QString &secret)
{
    Result result;
    QEventLoop loop;
    run(kind, key, secret, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

SecretStore::Result SecretStore::readNow(const QString &key)
{
    return wait(Kind::Read, key, {});
}
SecretStore::Result SecretStore::writeNow(const QString &key, const QString &secret)
{
    return wait(Kind::Write, key, secret);
}
SecretStore::Result SecretStore::removeNow(const QString &key)
{
    return wait(Kind::Remove, key, {});
}

} // namespace lanterne
