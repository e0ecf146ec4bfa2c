// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo.h"

#include <cmath>

namespace lanterne {

GeoPolygon::GeoPolygon(QList<QPointF> ring)
    : m_ring(std::move(ring))
{
    if (m_ring.size() > 1 && m_ring.first() == m_ring.last())
        m_ring.removeLast();
    if (m_ring.isEmpty())
        return;
    double x0 = m_ring[0].x(), x1 = x0, y0 = m_ring[0].y(), y1 = y0;
    for (const QPointF &p : std::as_const(m_ring)) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    m_bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

bool GeoPolygon::contains(QPointF p) const
{
    if (isEmpty() || p.x() < m_bounds.left() || p.x() > m_bounds.right() || p.y() < m_bounds.top() ||
        p.y() > m_bounds.bottom())
        return false;
    bool inside = false;
    const qsizetype n = m_ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = m_ring[i];
        const QPointF &b = m_ring[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

QPointF GeoPolygon::centroid() const
{
    double area = 0, cx = 0, cy = 0;
    const qsizetype n = m_ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const double cross = m_ring[j].x() * m_ring[i].y() - m_ring[i].x() * m_ring[j].y();
        area += cross;
        cx += (m_ring[j].x() + m_ring[i].x()) * cross;
        cy += (m_ring[j].y() + m_ring[i].y()) * cross;
    }
    if (std::abs(area) < 1e-15)
        return m_bounds.center();
    return {cx / (3 * area), cy / (3 * area)};
}

GeoPolygon GeoPolygon::clippedToHalfPlane(QPointF a, QPointF n) const
{
    // Sutherland-Hodgman against one half-plane.
    auto side = [&](QPointF p) { return (p.x() - a.x()) * n.x() + (p.y() - a.y()) * n.y(); };
    QList<QPointF> out;
    const qsizetype count = m_ring.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QPointF cur = m_ring[i];
        const QPointF prev = m_ring[(i + count - 1) % count];
        const double sc = side(cur), sp = side(prev);
        if (sc <= 0) {
            if (sp > 0)
                out.append(prev + (cur - prev) * (sp / (sp - sc)));
            out.append(cur);
        } else if (sp <= 0) {
            out.append(prev + (cur - prev) * (sp / (sp - sc)));
        }
    }
    return GeoPolygon(out);
}

QList<GeoPolygon> GeoPolygon::voronoiSplit(const QList<QPointF> &seeds) const
{
    // Work in a frame where one unit is the same distance along x and y.
    const double kx = std::cos(m_bounds.center().y() * M_PI / 180.0);
    QList<GeoPolygon> cells;
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        GeoPolygon cell = *this;
        for (qsizetype j = 0; j < seeds.size() && !cell.isEmpty(); ++j) {
            if (i == j)
                continue;
            const QPointF si = seeds[i], sj = seeds[j];
            const QPointF mid = (si + sj) / 2;
            // Normal pointing towards sj in the scaled frame, expressed back in degrees.
            const QPointF n((sj.x() - si.x()) * kx * kx, sj.y() - si.y());
            cell = cell.clippedToHalfPlane(mid, n);
        }
        cells.append(cell);
    }
    return cells;
}

double distanceMetres(QPointF a, QPointF b)
{
    constexpr double R = 6371008.8;
    const double lat1 = a.y() * M_PI / 180, lat2 = b.y() * M_PI / 180;
    const double dlat = lat2 - lat1, dlon = (b.x() - a.x()) * M_PI / 180;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * R * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace lanterne
