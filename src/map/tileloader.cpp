// SPDX-License-Identifier: GPL-3.0-or-later
#include "tileloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lanterne::map {

TileLoader::TileLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TileId>();
}

TileLoader::~TileLoader()
{
    for (QNetworkReply *r : std::as_const(m_inFlight)) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    if (!m_mbtilesConnection.isEmpty()) {
        QSqlDatabase::database(m_mbtilesConnection, false).close();
        QSqlDatabase::removeDatabase(m_mbtilesConnection);
    }
}

QByteArray TileLoader::userAgent()
{
    // OpenStreetMap's tile usage policy asks for an application's own User-Agent.
    return "Lanterne/" + QByteArray(LANTERNE_VERSION) +
           " (back-office des signalements des communes; GPL-3.0)";
}

void TileLoader::setCache(const QString &directory, qint64 maximumBytes)
{
    if (!m_cache) {
        m_cache = new QNetworkDiskCache(this);
        m_net.setCache(m_cache); // the manager does not take it over: this object owns it
    }
    m_cache->setCacheDirectory(directory);
    m_cache->setMaximumCacheSize(maximumBytes);
}

qint64 TileLoader::cacheSize() const
{
    return m_cache ? m_cache->cacheSize() : 0;
}

void TileLoader::setSource(const TileSource &source)
{
    if (source == m_source)
        return;
    m_queue.clear();
    for (QNetworkReply *r : std::as_const(m_inFlight)) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    m_inFlight.clear();
    if (!m_mbtilesConnection.isEmpty()) {
        QSqlDatabase::database(m_mbtilesConnection, false).close();
        QSqlDatabase::removeDatabase(m_mbtilesConnection);
        m_mbtilesConnection.clear();
    }
    m_source = source;
    if (m_source.kind == TileSource::Kind::Http && !m_cache)
        setCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/tiles"_s, 256LL << 20);
    if (m_source.kind == TileSource::Kind::MBTiles) {
        m_mbtilesConnection = u"mbtiles-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_mbtilesConnection);
        db.setDatabaseName(m_source.path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.open(); // a failure shows on each tile
    }
}

void TileLoader::request(const TileId &tile)
{
    if (m_source.isNone() || !tile.valid() || tile.z < m_source.minZoom || tile.z > m_source.maxZoom) {
        const TileId t = tile;
        QTimer::singleShot(0, this, [this, t] {
            Q_EMIT tileFailed(t,
                              QCoreApplication::translate("TileLoader", "hors des niveaux du fond de carte"));
        });
        return;
    }
    if (m_source.kind == TileSource::Kind::MBTiles) {
        const TileId t = tile;
        QTimer::singleShot(0, this, [this, t] { loadFromMBTiles(t); });
        return;
    }
    if (m_inFlight.contains(tile.key()) || m_queue.contains(tile))
        return;
    m_queue.append(tile);
    pump();
}

void TileLoader::keepOnly(const QList<TileId> &wanted)
{
    m_queue.removeIf([&](const TileId &t) { return !wanted.contains(t); });
}

void TileLoader::pump()
{
    while (m_inFlight.size() < kMaxInFlight && !m_queue.isEmpty()) {
        const TileId tile = m_queue.takeLast(); // the newest first: what the agent looks at now
        QNetworkRequest req(m_source.tileUrl(tile));
        req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        req.setTransferTimeout(20000);
        QNetworkReply *reply = m_net.get(req);
        m_inFlight.insert(tile.key(), reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, tile] { finished(reply, tile); });
    }
}

void TileLoader::finished(QNetworkReply *reply, const TileId &tile)
{
    reply->deleteLater();
    m_inFlight.remove(tile.key());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT tileFailed(
            tile,
            status ? QCoreApplication::translate("TileLoader", "réponse %1 du serveur de tuiles").arg(status)
                   : reply->errorString());
    } else {
        const QByteArray data = reply->readAll();
        const QImage image = QImage::fromData(data);
        if (image.isNull() || image.width() < 16 || image.height() < 16) {
            // Not a picture: forget it, so that it is asked for again later, not served from the cache.
            if (m_cache)
                m_cache->remove(reply->url());
            Q_EMIT tileFailed(
                tile, QCoreApplication::translate("TileLoader", "la tuile reçue n'est pas une image"));
        } else {
            if (m_cache && m_source.minimumCacheSeconds > 0 &&
                !reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool()) {
                // Kept at least as long as the source's policy asks, whatever the server said.
                QNetworkCacheMetaData md = m_cache->metaData(reply->url());
                const QDateTime keep = QDateTime::currentDateTimeUtc().addSecs(m_source.minimumCacheSeconds);
                if (md.isValid() && (!md.expirationDate().isValid() || md.expirationDate() < keep)) {
                    md.setExpirationDate(keep);
                    m_cache->updateMetaData(md);
                }
            }
            Q_EMIT tileLoaded(tile, image);
        }
    }
    pump();
}

void TileLoader::loadFromMBTiles(const TileId &tile)
{
    QSqlDatabase db = QSqlDatabase::database(m_mbtilesConnection, false);
    if (!db.isOpen()) {
        Q_EMIT tileFailed(
            tile,
            QCoreApplication::translate("TileLoader", "fichier MBTiles illisible : %1").arg(m_source.path));
        return;
    }
    QSqlQuery q(db);
    q.prepare(u"SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"_s);
    q.addBindValue(tile.z);
    q.addBindValue(tile.x);
    q.addBindValue(tile.tmsRow()); // MBTiles rows count from the south
    if (!q.exec()) {
        Q_EMIT tileFailed(tile, q.lastError().text());
        return;
    }
    if (!q.next()) {
        Q_EMIT tileFailed(tile,
                          QCoreApplication::translate("TileLoader", "tuile absente du fichier MBTiles"));
        return;
    }
    const QImage image = QImage::fromData(q.value(0).toByteArray());
    if (image.isNull())
        Q_EMIT tileFailed(tile,
                          QCoreApplication::translate("TileLoader", "la tuile reçue n'est pas une image"));
    else
        Q_EMIT tileLoaded(tile, image);
}

} // namespace lanterne::map
