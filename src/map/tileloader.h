// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/tilesource.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSqlDatabase>

class QNetworkDiskCache;
class QNetworkReply;

Q_DECLARE_METATYPE(lanterne::map::TileId)

namespace lanterne::map {

/**
 * Fetches the tiles of a source: over HTTP (at most 6 at a time, newest requests first, the
 * app's own User-Agent, a disk cache with a size limit that honours expiry, and never less
 * than the source's minimum) or from an MBTiles file. Every request is answered once, by
 * tileLoaded or tileFailed; a tile that is missing or is not an image fails, nothing else breaks.
 * Lives on the GUI thread; nothing it does blocks for long.
 */
class TileLoader : public QObject
{
    Q_OBJECT
public:
    explicit TileLoader(QObject *parent = nullptr);
    ~TileLoader() override;

    void setSource(const TileSource &source);
    [[nodiscard]] const TileSource &source() const { return m_source; }
    /** The disk cache (created on first use in the user's cache folder when never set). */
    void setCache(const QString &directory, qint64 maximumBytes);
    [[nodiscard]] qint64 cacheSize() const;

    void request(const TileId &tile);
    /** Forgets queued requests that are no longer wanted (those under way finish). */
    void keepOnly(const QList<TileId> &wanted);
    [[nodiscard]] int pending() const { return int(m_queue.size() + m_inFlight.size()); }

    [[nodiscard]] static QByteArray userAgent();

Q_SIGNALS:
    void tileLoaded(const lanterne::map::TileId &tile, const QImage &image);
    void tileFailed(const lanterne::map::TileId &tile, const QString &reason);

private:
    void pump();
    void finished(QNetworkReply *reply, const TileId &tile);
    void loadFromMBTiles(const TileId &tile);

    TileSource m_source;
    QNetworkAccessManager m_net;
    QNetworkDiskCache *m_cache = nullptr;
    QList<TileId> m_queue;
    QHash<quint64, QNetworkReply *> m_inFlight;
    QString m_mbtilesConnection;
    static constexpr int kMaxInFlight = 6;
};

} // namespace lanterne::map
