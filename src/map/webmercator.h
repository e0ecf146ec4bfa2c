// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace lanterne::map {

/**
 * Spherical (Web) Mercator, the projection of every web map: longitude and latitude to "world"
 * coordinates in [0, 1] (x eastwards from the antimeridian, y southwards from 85.0511° N), and
 * tile arithmetic on 256-pixel tiles. Pure functions, no Qt Quick.
 */
namespace mercator {

inline constexpr double kMaxLatitude = 85.05112877980659; ///< where y reaches 0 and 1
inline constexpr int kTileSize = 256;
inline constexpr int kMaxZoom = 22;

/** The same formulas as supercluster (lngX, latY), so that both cluster the same points alike. */
[[nodiscard]] inline double x(double longitude)
{
    return longitude / 360 + 0.5;
}
[[nodiscard]] inline double y(double latitude)
{
    const double s = std::sin(latitude * M_PI / 180);
    const double v = 0.5 - 0.25 * std::log((1 + s) / (1 - s)) / M_PI;
    return v < 0 ? 0 : v > 1 ? 1 : v;
}
[[nodiscard]] inline double longitude(double x)
{
    return (x - 0.5) * 360;
}
[[nodiscard]] inline double latitude(double y)
{
    const double y2 = (180 - y * 360) * M_PI / 180;
    return 360 * std::atan(std::exp(y2)) / M_PI - 90;
}
[[nodiscard]] inline QPointF world(double lon, double lat)
{
    return {x(lon), y(lat)};
}
/** A longitude brought into [-180, 180) (maps wrap around the antimeridian). */
[[nodiscard]] inline double wrapLongitude(double lon)
{
    double w = std::fmod(lon + 180, 360);
    if (w < 0)
        w += 360;
    return w - 180;
}
/** The size of the world in pixels at a (fractional) zoom. */
[[nodiscard]] inline double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}
/** Metres per pixel at a latitude and zoom (for the scale bar). */
[[nodiscard]] inline double metresPerPixel(double latitude, double zoom)
{
    return std::cos(latitude * M_PI / 180) * 2 * M_PI * 6378137.0 / worldSize(zoom);
}

} // namespace mercator

/** One tile of the pyramid: x eastwards, y southwards from the top-left (XYZ / "slippy map"). */
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    [[nodiscard]] bool valid() const
    {
        return z >= 0 && z <= mercator::kMaxZoom && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z);
    }
    /** The row in TMS order (MBTiles stores tiles with y northwards from the bottom). */
    [[nodiscard]] int tmsRow() const { return (1 << z) - 1 - y; }
    [[nodiscard]] static TileId fromTms(int z, int x, int tmsRow) { return {z, x, (1 << z) - 1 - tmsRow}; }
    [[nodiscard]] TileId parent() const { return z > 0 ? TileId{z - 1, x >> 1, y >> 1} : *this; }
    /** The part of the world it covers, in world coordinates [0, 1]. */
    [[nodiscard]] QRectF worldRect() const
    {
        const double n = double(1 << z);
        return {x / n, y / n, 1 / n, 1 / n};
    }
    /** A tile x outside [0, 2^z) wrapped around the antimeridian. */
    [[nodiscard]] TileId wrapped() const
    {
        const int n = 1 << z;
        return {z, ((x % n) + n) % n, y};
    }
    [[nodiscard]] quint64 key() const
    {
        return (quint64(z) << 58) | (quint64(uint32_t(x)) << 29) | uint32_t(y);
    }
    friend bool operator==(const TileId &, const TileId &) = default;
    [[nodiscard]] QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }
};

inline size_t qHash(const TileId &t, size_t seed = 0)
{
    return ::qHash(t.key(), seed);
}

/**
 * The tiles that cover a viewport given in world coordinates (x may run past 0 or 1: the world
 * repeats east and west), at integer zoom @p z, grown by @p ring tiles on each side (prefetch).
 * Tiles keep their unwrapped x (for placing them); TileId::wrapped() names the tile to load.
 */
struct TileRange
{
    int z = 0;
    int x0 = 0, x1 = -1; ///< inclusive; may lie outside [0, 2^z)
    int y0 = 0, y1 = -1; ///< inclusive, clamped to [0, 2^z)

    [[nodiscard]] static TileRange covering(const QRectF &world, int z, int ring = 0)
    {
        TileRange r;
        r.z = z;
        const double n = double(1 << z);
        r.x0 = int(std::floor(world.left() * n)) - ring;
        r.x1 = int(std::ceil(world.right() * n)) - 1 + ring;
        r.y0 = std::max(0, int(std::floor(world.top() * n)) - ring);
        r.y1 = std::min((1 << z) - 1, int(std::ceil(world.bottom() * n)) - 1 + ring);
        return r;
    }
    [[nodiscard]] int count() const { return std::max(0, x1 - x0 + 1) * std::max(0, y1 - y0 + 1); }
    [[nodiscard]] bool contains(const TileId &t) const
    {
        return t.z == z && t.x >= x0 && t.x <= x1 && t.y >= y0 && t.y <= y1;
    }
};

} // namespace lanterne::map
