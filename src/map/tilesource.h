// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/webmercator.h"

#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace lanterne::map {

/**
 * Where the map's background comes from: Plan IGN (the default for French cities: Géoplateforme
 * WMTS, no key, Licence Ouverte), OpenStreetMap's standard tiles (with its usage policy), any XYZ
 * or WMTS URL template, an MBTiles file (offline), or none (outlines only).
 */
struct TileSource
{
    enum class Kind
    {
        None,
        Http,
        MBTiles
    };
    Kind kind = Kind::None;
    QString id; ///< "ign", "osm", "custom", "mbtiles", "none"
    QString name;
    QString url;         ///< template with {z}, {x}, {y} (or {-y}: rows from the south)
    QString path;        ///< MBTiles file
    QString attribution; ///< always shown on the map
    int minZoom = 0;
    int maxZoom = 19;
    /** Tiles are kept at least this long before they are asked for again (OSM: 7 days). */
    qint64 minimumCacheSeconds = 0;

    [[nodiscard]] bool isNone() const { return kind == Kind::None; }
    /** The address of a tile (HTTP sources). */
    [[nodiscard]] QUrl tileUrl(const TileId &tile) const;

    [[nodiscard]] static TileSource planIgn();
    [[nodiscard]] static TileSource openStreetMap();
    [[nodiscard]] static TileSource none();
    [[nodiscard]] static TileSource custom(const QString &urlTemplate, const QString &attribution = {});
    [[nodiscard]] static TileSource mbtiles(const QString &path);
    /** From the settings' description ({id, url, path, attribution}); Plan IGN when empty. */
    [[nodiscard]] static TileSource fromMap(const QVariantMap &m, QString *error = nullptr);
    [[nodiscard]] QVariantMap toMap() const;
    bool operator==(const TileSource &o) const = default;
};

} // namespace lanterne::map
