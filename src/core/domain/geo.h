// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace lanterne {

/** A simple polygon in longitude (x) / latitude (y), WGS 84; the ring is not closed explicitly. */
class GeoPolygon
{
public:
    GeoPolygon() = default;
    explicit GeoPolygon(QList<QPointF> ring);

    [[nodiscard]] const QList<QPointF> &ring() const { return m_ring; }
    [[nodiscard]] bool isEmpty() const { return m_ring.size() < 3; }
    [[nodiscard]] bool contains(QPointF lonLat) const;
    [[nodiscard]] QRectF bounds() const { return m_bounds; }
    /** Area-weighted centroid. */
    [[nodiscard]] QPointF centroid() const;
    /** Keeps the part of this polygon on the side of the line through @p a with normal @p n where (p-a).n <=
     * 0. */
    [[nodiscard]] GeoPolygon clippedToHalfPlane(QPointF a, QPointF n) const;
    /**
     * Splits the polygon into Voronoi cells of @p seeds (each cell clipped to the polygon), in
     * the order of the seeds. Distances are measured in a local metric frame.
     */
    [[nodiscard]] QList<GeoPolygon> voronoiSplit(const QList<QPointF> &seeds) const;

private:
    QList<QPointF> m_ring;
    QRectF m_bounds;
};

/** Distance in metres between two longitude/latitude points (haversine). */
[[nodiscard]] double distanceMetres(QPointF a, QPointF b);

} // namespace lanterne
