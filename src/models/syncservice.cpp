// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"

#include "auth/secretstore.h"
#include "session.h"
#include "sync/centraldatabase.h"
#include "sync/centralurl.h"
#include "syncworker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
SyncService *g_instance = nullptr;
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
};
} // namespace

SyncService::SyncService(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_keychain(new SecretStore(this))
{
    m_thread.setObjectName(u"lanterne-sync"_s);
    m_worker = new SyncWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncService::requestSync, m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
    connect(this, &SyncService::photoWanted, m_worker, &SyncWorker::fetchPhoto, Qt::QueuedConnection);
    connect(
        m_worker, &SyncWorker::identity, this,
        [this](const QString &login, const QString &role, const QString &team, const QString &municipality) {
            if (!m_url.isEmpty())
                m_session->setCentralIdentity(login, role, team, municipality);
        },
        Qt::QueuedConnection);
    connect(
        m_worker, &SyncWorker::progress, this,
        [this](qint64 received, qint64 total, bool first) {
            m_received = received;
            m_expected = total;
            m_firstSync = first;
            Q_EMIT progressChanged();
        },
        Qt::QueuedConnection);
    connect(this, &SyncService::configure, m_worker, &SyncWorker::configure, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::stateChanged, this, &SyncService::onWorkerState, Qt::QueuedConnection);
    m_thread.start();
    connect(session, &Session::stateChanged, this, [this] {
        if (m_session->state() == Session::State::Ready)
            start();
    });
    // A change made here goes out at once (a little later if several follow each other).
    m_pushSoon.setSingleShot(true);
    m_pushSoon.setInterval(300);
    connect(&m_pushSoon, &QTimer::timeout, this, &SyncService::syncNow);
    connect(&session->store(), &LocalStore::ticketsChanged, this, [this] {
        if (m_state != State::LocalOnly)
            m_pushSoon.start();
    });
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
    if (g_instance == this)
        g_instance = nullptr;
}

SyncService *SyncService::instance()
{
    return g_instance;
}

void SyncService::requestPhoto(const QString &photoId)
{
    Q_EMIT photoWanted(photoId); // queued: the worker lives on the sync thread
}

SyncService *SyncService::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void SyncService::setInstance(SyncService *service)
{
    g_instance = service;
}

bool SyncService::keychainAvailable() const
{
    return SecretStore::sessionBusAvailable();
}

void SyncService::loadSettings()
{
    m_url = m_session->store().setting(u"central_url"_s);
    m_caFile = m_session->store().setting(u"central_ca"_s);
    Q_EMIT settingsChanged();
}

QString SyncService::userOf(const QString &url)
{
    return QUrl(url.trimmed()).userName();
}

QString SyncService::withoutUser(const QString &url)
{
    QUrl u(url.trimmed());
    if (!u.isValid() || u.host().isEmpty())
        return url.trimmed();
    u.setUserName({});
    return u.toString();
}

QString SyncService::withUser(const QString &url, const QString &user)
{
    QUrl u(url.trimmed());
    if (user.trimmed().isEmpty() || !u.isValid() || u.host().isEmpty())
        return url.trimmed();
    u.setUserName(user.trimmed());
    return u.toString();
}

QString SyncService::effectiveUrl(const QString &url, const QString &caFile, QString *error)
{
    if (!CentralUrl::parse(url, error))
        return {};
    if (caFile.isEmpty())
        return url;
    QUrl u(url);
    QUrlQuery q(u);
    q.removeAllQueryItems(u"sslrootcert"_s);
    q.addQueryItem(u"sslrootcert"_s, caFile);
    u.setQuery(q);
    return u.toString();
}

void SyncService::start()
{
    loadSettings();
    if (m_url.isEmpty()) {
        setState(State::LocalOnly, {});
        return;
    }
    // The password: this session's, else the keychain's, else ask.
    if (!m_password.isEmpty()) {
        applyPassword(m_password);
        return;
    }
    QString error;
    const auto parsed = CentralUrl::parse(m_url, &error);
    const QString key = parsed ? parsed->display() : m_url;
    QPointer<SyncService> self(this);
    m_keychain->read(key, [self](const SecretStore::Result &r) {
        if (!self)
            return;
        if (r.ok()) {
            self->applyPassword(r.secret);
        } else {
            // Trust or certificate authentication need none: try without; the server says if not.
            self->applyPassword(QString());
        }
    });
}

void SyncService::applyPassword(const QString &password)
{
    m_password = password;
    QString error;
    const QString url = effectiveUrl(m_url, m_caFile, &error);
    if (url.isEmpty()) {
        setState(State::Error, error);
        return;
    }
    Q_EMIT configure(m_session->storePath(), url, password);
}

void SyncService::syncNow()
{
    if (m_state != State::LocalOnly)
        Q_EMIT requestSync();
}

void SyncService::providePassword(const QString &password, bool remember)
{
    m_needsPassword = false;
    if (remember && keychainAvailable()) {
        QString error;
        const auto parsed = CentralUrl::parse(m_url, &error);
        if (parsed)
            m_keychain->write(parsed->display(), password, [this](const SecretStore::Result &r) {
                if (!r.ok())
                    Q_EMIT m_session->notice(r.message);
            });
    }
    applyPassword(password);
}

void SyncService::testConnection(const QString &url, const QString &caFile, const QString &password)
{
    QString error;
    const QString effective = effectiveUrl(url.trimmed(), caFile.trimmed(), &error);
    m_testing = true;
    if (effective.isEmpty()) {
        m_testing = false;
        m_testResult = error;
        Q_EMIT testFinished();
        return;
    }
    m_testResult.clear();
    Q_EMIT testFinished();
    QPointer<SyncService> self(this);
    // Off the GUI thread: a connection can take up to its connect_timeout.
    (void)QtConcurrent::run([self, effective, password] {
        QString e;
        const auto parsed = CentralUrl::parse(effective, &e);
        QString result;
        if (parsed) {
            CentralDatabase db;
            const auto r = db.open(*parsed, password);
            if (!r) {
                result = r.message;
            } else {
                const int version = db.schemaVersion();
                result = version <= 0
                             ? Tr::tr("Connexion réussie, mais la base n'est pas initialisée "
                                      "(lanternectl central init).")
                             : Tr::tr("Connexion réussie : base centrale au schéma %1.").arg(version);
            }
        } else {
            result = e;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (!self)
                    return;
                self->m_testing = false;
                self->m_testResult = result;
                Q_EMIT self->testFinished();
            },
            Qt::QueuedConnection);
    });
}

bool SyncService::saveSettings(const QString &url, const QString &caFile, const QString &password,
                               bool remember)
{
    QString error;
    const auto parsed = CentralUrl::parse(url.trimmed(), &error);
    if (!parsed) {
        Q_EMIT m_session->notice(error);
        return false;
    }
    // A workstation that explored the demo city gets the city's real data instead.
    if (const auto r = m_session->store().clearDemoCity(); !r) {
        Q_EMIT m_session->notice(r.message);
        return false;
    }
    if (const auto r = m_session->store().setSetting(u"central_url"_s, url.trimmed()); !r) {
        Q_EMIT m_session->notice(r.message);
        return false;
    }
    if (const auto r = m_session->store().setSetting(u"central_ca"_s, caFile.trimmed()); !r) {
        Q_EMIT m_session->notice(r.message);
        return false;
    }
    loadSettings();
    m_password.clear();
    if (!password.isEmpty()) {
        providePassword(password, remember);
        return true;
    }
    start();
    return true;
}

void SyncService::disconnectCentral()
{
    m_session->store().setSetting(u"central_url"_s, QString());
    m_session->setCentralIdentity({}, {}, {}, {});
    m_password.clear();
    loadSettings();
    Q_EMIT configure(m_session->storePath(), QString(), QString());
}

void SyncService::onWorkerState(int state, const QString &message)
{
    const auto s = static_cast<State>(state);
    if (s == State::Synced)
        m_lastSync = QDateTime::currentDateTime();
    if (s == State::Offline && !m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTime();
    if (s == State::Synced || s == State::LocalOnly)
        m_offlineSince = QDateTime();
    m_needsPassword = s == State::Error && (message.contains("password"_L1, Qt::CaseInsensitive) ||
                                            message.contains("authentication"_L1, Qt::CaseInsensitive));
    if (s != State::Syncing && (m_received || m_expected || m_firstSync)) {
        m_received = m_expected = 0;
        m_firstSync = false;
        Q_EMIT progressChanged();
    }
    setState(s, message);
    if (s == State::Synced)
        m_session->store().pollExternalChanges(); // show what was pulled now, not within a second
}

void SyncService::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

} // namespace lanterne
