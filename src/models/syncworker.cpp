// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "storage/localstore.h"
#include "sync/centraldatabase.h"
#include "sync/centralurl.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncWorker)
};

/** What the user must act on (a password, a certificate, rights), as opposed to being offline. */
bool needsAction(const QString &message)
{
    static const char *const markers[] = {"password",  "authentication",    "certificate",
                                          "SSL",       "permission denied", "does not exist",
                                          "no pg_hba", "mot de passe",      "démonstration"};
    for (const char *m : markers)
        if (message.contains(QLatin1String(m), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

SyncWorker::SyncWorker()
    : m_timer(this) // children: they move to the sync thread with the worker
    , m_debounce(this)
    , m_photoBatch(this)
{
    m_photoBatch.setSingleShot(true);
    m_photoBatch.setInterval(50); // the photos of one ticket come together
    connect(&m_photoBatch, &QTimer::timeout, this, &SyncWorker::fetchWantedPhotos);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &SyncWorker::syncNow);
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::configure(const QString &storePath, const QString &url, const QString &password)
{
    if (storePath != m_storePath)
        m_store.reset();
    m_storePath = storePath;
    m_url = url;
    m_password = password;
    m_central.reset();
    m_listener.reset();
    m_failures = 0;
    if (m_url.isEmpty()) {
        m_timer.stop();
        Q_EMIT stateChanged(LocalOnly, {});
        return;
    }
    syncNow();
}

bool SyncWorker::connectIfNeeded(QString *error)
{
    if (!m_store) {
        m_store = std::make_unique<LocalStore>();
        if (const auto r = m_store->open(m_storePath); !r) {
            *error = r.message;
            m_store.reset();
            return false;
        }
    }
    if (!m_store->setting(u"demo"_s).isEmpty()) {
        *error = Tr::tr(
            "Ce magasin contient la ville de démonstration : il ne se synchronise pas. Ouvrez un magasin "
            "à part (--db) pour la base centrale.");
        return false;
    }
    if (m_central && m_central->database().isOpen() && !m_central->timedOut())
        return true;
    const auto url = CentralUrl::parse(m_url, error);
    if (!url)
        return false;
    Q_EMIT stateChanged(Connecting, {});
    m_central = std::make_unique<CentralDatabase>();
    if (const auto r = m_central->open(*url, m_password); !r) {
        *error = r.message;
        m_central.reset();
        return false;
    }
    // Who we are for the server: the window shows it, and edits are made with its rights.
    if (const auto me = SyncEngine(*m_store, *m_central).recordIdentity())
        Q_EMIT identity(me->login, me->role, me->team, me->municipality);
    // Changes made elsewhere are announced: pull them at once. A connection of its own listens,
    // so that an announcement made while this one is busy is not held back until it is idle.
    m_listener = std::make_unique<CentralDatabase>();
    CentralDatabase *listening = m_listener->open(*url, m_password) ? m_listener.get() : m_central.get();
    if (listening != m_listener.get())
        m_listener.reset();
    QSqlDriver *driver = listening->database().driver();
    driver->subscribeToNotification(u"lanterne_changes"_s);
    connect(driver, &QSqlDriver::notification, this, [this] {
        if (m_running)
            m_again = true; // pulled right after the sync under way
        else
            m_debounce.start();
    });
    return true;
}

void SyncWorker::syncNow()
{
    if (m_url.isEmpty() || m_running)
        return;
    m_running = true;
    QString error;
    if (!connectIfNeeded(&error)) {
        m_running = false;
        Q_EMIT stateChanged(needsAction(error) ? Error : Offline, error);
        schedule(true);
        return;
    }
    Q_EMIT stateChanged(Syncing, {});
    SyncEngine engine(*m_store, *m_central);
    const bool first = engine.cursor() == 0;
    engine.setProgress(
        [this, first](qint64 received, qint64 total) { Q_EMIT progress(received, total, first); });
    const auto r = engine.syncOnce();
    m_running = false;
    if (r.busy) {
        // lanternectl sync --watch (or another window) is syncing this store: it pushes our
        // edits; look again shortly.
        Q_EMIT stateChanged(Synced, r.message);
        m_timer.start(5000);
        return;
    }
    if (!r) {
        m_central.reset(); // reconnect next time (the connection may be closed or half-used)
        m_listener.reset();
        Q_EMIT stateChanged(needsAction(r.message) ? Error : Offline, r.message);
        schedule(true);
        return;
    }
    QString note;
    if (r.report.conflicts + r.report.rejected > 0)
        note = Tr::tr("%n modification(s) refusée(s) ou en conflit", nullptr,
                      r.report.conflicts + r.report.rejected);
    Q_EMIT stateChanged(Synced, note);
    schedule(false);
    if (m_again) {
        m_again = false;
        m_debounce.start();
    }
    if (!m_wantedPhotos.isEmpty())
        m_photoBatch.start(); // those that could not be fetched while offline
}

void SyncWorker::fetchPhoto(const QString &photoId)
{
    // Kept even before the connection is configured: fetched after the next successful sync.
    m_wantedPhotos.insert(photoId);
    if (!m_url.isEmpty())
        m_photoBatch.start();
}

void SyncWorker::fetchWantedPhotos()
{
    if (m_url.isEmpty() || m_running || m_wantedPhotos.isEmpty())
        return;
    QString error;
    if (!connectIfNeeded(&error))
        return; // kept: fetched after the next successful sync
    m_running = true;
    SyncEngine engine(*m_store, *m_central);
    const auto r = engine.fetchPhotos(m_wantedPhotos.values());
    m_running = false;
    if (!r) {
        m_central.reset();
        m_listener.reset();
        Q_EMIT stateChanged(needsAction(r.message) ? Error : Offline, r.message);
        schedule(true);
        return;
    }
    m_wantedPhotos.clear();
}

void SyncWorker::schedule(bool failed)
{
    if (failed)
        ++m_failures;
    else
        m_failures = 0;
    // Every minute when all is well (NOTIFY brings changes sooner); after failures, back off:
    // 5 s, 10 s, 20 s... up to 5 minutes.
    const int delay = failed ? std::min(300000, 5000 << std::min(m_failures - 1, 6)) : 60000;
    m_timer.start(delay);
}

} // namespace lanterne
