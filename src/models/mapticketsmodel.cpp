// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapticketsmodel.h"

#include "domain/deadlines.h"
#include "domain/referencedata.h"
#include "map/webmercator.h"
#include "session.h"
#include "storage/localstore.h"
#include "storage/ticketfilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace lanterne {

MapTicketsModel::MapTicketsModel(QObject *parent)
    : map::MapSource(parent)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(300); // edits in a row, or a sync's windows: one rebuild
    connect(&m_soon, &QTimer::timeout, this, &MapTicketsModel::reload);
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, [this] {
        const Built b = m_watcher.result();
        if (b.generation == m_generation) {
            m_error = b.error;
            if (b.error.isEmpty()) {
                m_markers = b.markers;
                Q_EMIT markersChanged();
            }
        }
        if (m_again) {
            m_again = false;
            // Still busy: the next build starts once the watcher has finished telling of this one
            // (a new future is not set on it from inside its own finished signal).
            QTimer::singleShot(0, this, [this] {
                reload();
                if (!m_watcher.isRunning() && m_busy) {
                    m_busy = false;
                    Q_EMIT busyChanged();
                }
            });
            return;
        }
        m_busy = false;
        Q_EMIT busyChanged();
    });
    if (Session *s = Session::instance()) {
        connect(&s->store(), &LocalStore::ticketsChanged, this, [this] { m_soon.start(); });
        connect(&s->store(), &LocalStore::externallyChanged, this, [this] { m_soon.start(); });
        connect(s, &Session::stateChanged, this, [this, s] {
            if (s->state() == Session::State::Ready)
                reload();
        });
    }
    // Once QML has set the filter and whether tickets are shown at all.
    QTimer::singleShot(0, this, &MapTicketsModel::reload);
}

MapTicketsModel::~MapTicketsModel()
{
    m_watcher.waitForFinished();
}

void MapTicketsModel::setFilter(const QVariantMap &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    reload();
}

void MapTicketsModel::setShowTickets(bool show)
{
    if (show == m_showTickets)
        return;
    m_showTickets = show;
    Q_EMIT filterChanged();
    if (!show) {
        ++m_generation; // a build under way is for nothing now
        m_markers.reset();
        Q_EMIT markersChanged();
        return;
    }
    reload();
}

void MapTicketsModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_stale)
        reload();
}

void MapTicketsModel::reload()
{
    Session *s = Session::instance();
    if (!s || s->state() != Session::State::Ready || !m_showTickets)
        return;
    if (!m_active) {
        m_stale = true; // read and clustered when the map is shown again, not for nothing now
        return;
    }
    m_stale = false;
    ++m_generation;
    if (m_watcher.isRunning()) {
        m_again = true; // the one under way is stale: build again when it ends
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    m_watcher.setFuture(QtConcurrent::run(&MapTicketsModel::build, s->storePath(), m_filter, m_generation));
}

MapTicketsModel::Built MapTicketsModel::build(const QString &path, const QVariantMap &filterMap,
                                              int generation)
{
    Built b;
    b.generation = generation;
    LocalStore store; // a connection of this thread's own
    if (const auto r = store.open(path, LocalStore::OpenMode::ReadOnly); !r) {
        b.error = r.message;
        return b;
    }
    const TicketFilter filter = TicketFilter::fromJson(QJsonObject::fromVariantMap(filterMap));
    QVariantList binds;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT id, longitude, latitude, status_class, category, due_at, paused_at IS NOT NULL FROM ticket"_s +
        filter.whereClause(&binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        b.error =
            store.failure(q.lastError(), QCoreApplication::translate("MapTicketsModel", "Carte")).message;
        return b;
    }
    auto m = std::make_shared<map::MapMarkers>();
    // Open tickets show where they stand against their deadline (red: late, orange: due soon).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 soon =
        Deadlines::dueSoonLimit(QDateTime::currentDateTimeUtc(), ReferenceData::builtin().workingHours())
            .toMSecsSinceEpoch();
    std::vector<double> lonLat;
    QHash<QString, uint16_t> categoryIndex;
    double x0 = 1, y0 = 1, x1 = 0, y1 = 0;
    while (q.next()) {
        const double lon = q.value(1).toDouble(), lat = q.value(2).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat))
            continue;
        const uint32_t i = uint32_t(m->ids.size());
        m->ids.push_back(q.value(0).toString());
        m->indexOf.insert(m->ids.back(), i);
        lonLat.push_back(lon);
        lonLat.push_back(lat);
        const QString cls = q.value(3).toString();
        const bool running = !q.value(5).isNull() && !q.value(6).toBool();
        const qint64 due = q.value(5).toLongLong();
        m->statusClass.push_back(cls == "fixed"_L1        ? map::MapMarkers::Fixed
                                 : cls == "closed"_L1     ? map::MapMarkers::Closed
                                 : running && due < now   ? map::MapMarkers::OpenOverdue
                                 : running && due <= soon ? map::MapMarkers::OpenDueSoon
                                                          : map::MapMarkers::Open);
        const QString category = q.value(4).toString();
        auto c = categoryIndex.constFind(category);
        if (c == categoryIndex.cend()) {
            c = categoryIndex.insert(category, uint16_t(m->categories.size()));
            m->categories.append(category);
        }
        m->category.push_back(*c);
        const double x = map::mercator::x(lon), y = map::mercator::y(lat);
        x0 = std::min(x0, x);
        y0 = std::min(y0, y);
        x1 = std::max(x1, x);
        y1 = std::max(y1, y);
    }
    if (!m->ids.empty())
        m->worldBounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    map::ClusterOptions options;
    options.radius = 60;
    options.maxZoom = 18; // the map's last zoom shows every ticket on its own
    m->index = map::ClusterIndex(options);
    m->index.load(lonLat);
    b.markers = std::move(m);
    return b;
}

QList<map::MapOutline> MapTicketsModel::outlines() const
{
    QList<map::MapOutline> out;
    Session *s = Session::instance();
    if (!s)
        return out;
    for (const Municipality &m : s->reference().municipalities()) {
        if (m.outline.isEmpty())
            continue;
        out.append({m.name, m.outline.ring(), true, m.outline.centroid()});
        for (const District &d : m.districts)
            if (!d.polygon.isEmpty())
                out.append({d.name, d.polygon.ring(), false, d.polygon.centroid()});
    }
    return out;
}

QColor MapTicketsModel::categoryColour(const QString &category) const
{
    Session *s = Session::instance();
    return s ? QColor(s->categoryColour(category)) : map::MapSource::categoryColour(category);
}

QString MapTicketsModel::categoryIcon(const QString &category) const
{
    Session *s = Session::instance();
    return s ? s->categoryIcon(category) : QString();
}

} // namespace lanterne
