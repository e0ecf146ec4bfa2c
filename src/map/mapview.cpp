// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "map/webmercator.h"

#include <cmath>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QLoggingCategory>
#include <QPainter>
#include <QPainterPath>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGRectangleNode>
#include <QSGTransformNode>
#include <QSvgRenderer>

Q_LOGGING_CATEGORY(lcMap, "lanterne.map")

using namespace Qt::StringLiterals;

namespace lanterne::map {
namespace {

/** The scene graph side: owns the marker textures (deleted with the node, on the render thread). */
class MapRootNode : public QSGNode
{
public:
    ~MapRootNode() override
    {
        if (outline && !outline->parent())
            delete outline; // not in the tree: not deleted with it
        if (overlay && !overlay->parent())
            delete overlay;
        if (heat && !heat->parent())
            delete heat;
        delete heatTexture;
        qDeleteAll(textures);
        qDeleteAll(tileTextures);
        delete outlineTexture;
        delete overlayTexture;
    }
    QHash<QString, QSGTexture *> textures;
    QSGTexture *outlineTexture = nullptr;
    QSGRectangleNode *background = nullptr;
    QSGTransformNode *transform = nullptr;
    QSGNode *outlineHolder = nullptr;
    QSGImageNode *outline = nullptr;
    QSGNode *tiles = nullptr;
    QSGNode *overlayHolder = nullptr;
    QSGImageNode *overlay = nullptr;
    QSGTexture *overlayTexture = nullptr;
    QSGNode *markers = nullptr;
    QSGNode *heatHolder = nullptr;
    QSGImageNode *heat = nullptr;
    QSGTexture *heatTexture = nullptr;
    QHash<quint64, QSGImageNode *> tileNodes;  ///< by place on the map
    QHash<quint64, QSGTexture *> tileTextures; ///< by tile picture
    QSGRectangleNode *rubber = nullptr;
    QSGRectangleNode *rubberEdges[4] = {};
};

constexpr double kMargin = 0.5; ///< laid out beyond the view: half a screen on each side

QColor statusColour(uint8_t statusClass)
{
    switch (statusClass) {
    case MapMarkers::Fixed:
        return QColor(0x2e, 0x7d, 0x32);
    case MapMarkers::Closed:
        return QColor(0x6b, 0x73, 0x80);
    case MapMarkers::OpenOverdue:
        return QColor(0xc6, 0x28, 0x28);
    case MapMarkers::OpenDueSoon:
        return QColor(0xe6, 0x51, 0x00);
    default:
        return QColor(0x15, 0x65, 0xc0);
    }
}

QString abbreviated(uint32_t count)
{
    if (count >= 10000)
        return QString::number(qRound(count / 1000.0)) + u'k';
    if (count >= 1000)
        return QString::number(qRound(count / 100.0) / 10.0, 'f', 1) + u'k';
    return QString::number(count);
}

} // namespace

MapView::MapView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setActiveFocusOnTab(true);
    setClip(true);
    m_clock.start();
    m_kinetic.setInterval(16);
    connect(&m_kinetic, &QTimer::timeout, this, &MapView::kineticStep);
    connect(&m_loader, &TileLoader::tileLoaded, this, &MapView::onTileLoaded);
    connect(&m_loader, &TileLoader::tileFailed, this, &MapView::onTileFailed);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        layoutTiles();
        update();
    });
}

MapView::~MapView() = default;

void MapView::setSource(MapSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &MapSource::markersChanged, this, &MapView::onMarkersChanged);
        connect(m_source, &MapSource::outlinesChanged, this, [this] {
            m_outlines = m_source->outlines();
            m_outlinesStale = true;
            m_layoutZoom = -1;
            polish();
        });
        m_outlines = m_source->outlines();
    }
    Q_EMIT sourceChanged();
    onMarkersChanged();
}

void MapView::onMarkersChanged()
{
    const auto markers = m_source ? m_source->markers() : nullptr;
    if (markers == m_markers)
        return;
    m_markers = markers;
    m_layoutZoom = -1; // lay out again
    polish();
}

double MapView::worldSize() const
{
    return mercator::worldSize(m_zoom);
}

QGeoCoordinate MapView::center() const
{
    return {mercator::latitude(m_center.y()), mercator::longitude(m_center.x())};
}

void MapView::setCenter(const QGeoCoordinate &c)
{
    if (!c.isValid())
        return;
    setWorldCenter(mercator::world(mercator::wrapLongitude(c.longitude()), c.latitude()));
}

void MapView::setWorldCenter(QPointF world)
{
    // x wraps around the antimeridian; y stays on the map.
    world.setX(world.x() - std::floor(world.x()));
    world.setY(std::clamp(world.y(), 0.0, 1.0));
    if (world == m_center)
        return;
    m_center = world;
    const QPointF o = offset();
    if (std::abs(o.x()) > width() * kMargin * 0.8 || std::abs(o.y()) > height() * kMargin * 0.8)
        m_layoutZoom = -1;
    polish();
    update();
    Q_EMIT viewChanged();
}

void MapView::setZoomLevel(double zoom)
{
    zoom = std::clamp(zoom, minimumZoomLevel(), maximumZoomLevel());
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    m_layoutZoom = -1;
    polish();
    update();
    Q_EMIT viewChanged();
}

double MapView::metresPerPixel() const
{
    return mercator::metresPerPixel(mercator::latitude(m_center.y()), m_zoom);
}

void MapView::setSelectedTicket(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    m_layoutZoom = -1; // its marker changes
    polish();
    Q_EMIT selectedTicketChanged();
}

void MapView::setShowDistricts(bool show)
{
    if (show == m_showDistricts)
        return;
    m_showDistricts = show;
    m_outlinesStale = true;
    m_layoutZoom = -1;
    polish();
    Q_EMIT showDistrictsChanged();
}

QPointF MapView::worldAt(const QPointF &position) const
{
    const double ws = worldSize();
    return {m_center.x() + (position.x() - width() / 2) / ws,
            m_center.y() + (position.y() - height() / 2) / ws};
}

QPointF MapView::nearestCopy(QPointF world) const
{
    // The world repeats east and west: the copy of a place nearest to the view's centre.
    if (world.x() - m_center.x() > 0.5)
        world.rx() -= 1;
    else if (m_center.x() - world.x() > 0.5)
        world.rx() += 1;
    return world;
}

QPointF MapView::fromCoordinate(const QGeoCoordinate &c) const
{
    const QPointF w = nearestCopy(mercator::world(mercator::wrapLongitude(c.longitude()), c.latitude()));
    return (w - m_center) * worldSize() + QPointF(width(), height()) / 2;
}

QGeoCoordinate MapView::toCoordinate(const QPointF &position) const
{
    const QPointF w = worldAt(position);
    return {mercator::latitude(std::clamp(w.y(), 0.0, 1.0)),
            mercator::wrapLongitude(mercator::longitude(w.x()))};
}

QPointF MapView::offset() const
{
    if (m_layoutZoom < 0)
        return {};
    const double ws = mercator::worldSize(m_layoutZoom);
    QPointF d = m_layoutCenter - m_center;
    d.setX(d.x() - std::round(d.x())); // across the antimeridian, the short way
    return d * ws + QPointF(width() - m_layoutSize.width(), height() - m_layoutSize.height()) / 2;
}

void MapView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        m_layoutZoom = -1;
        polish();
        if (m_fitPending && !newGeometry.isEmpty())
            fitToMarkers();
    }
}

void MapView::updatePolish()
{
    if (m_layoutZoom < 0 || !qFuzzyCompare(m_layoutZoom, m_zoom))
        relayout();
    updateVisibleCount();
}

QString MapView::imageFor(uint32_t count, uint8_t statusClass, const QString &category, bool selected,
                          bool large)
{
    const QString key =
        count > 1
            ? u"c/"_s + abbreviated(count)
            : u"p/%1/%2/%3/%4"_s.arg(statusClass).arg(large ? category : QString()).arg(selected).arg(large);
    if (m_images.contains(key))
        return key;
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    QImage img;
    if (count > 1) {
        const int d = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 44 : 52;
        img = QImage(QSize(d, d) * dpr, QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        // Blues, darker as they hold more: a count, not an alarm.
        const QColor fill = count < 10     ? QColor(0x4a, 0x78, 0xb0)
                            : count < 100  ? QColor(0x2f, 0x56, 0x88)
                            : count < 1000 ? QColor(0x1f, 0x3a, 0x5f)
                                           : QColor(0x14, 0x26, 0x3f);
        QColor halo = fill;
        halo.setAlpha(70);
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawEllipse(QRectF(0, 0, d, d));
        p.setBrush(fill);
        p.setPen(QPen(Qt::white, 2));
        p.drawEllipse(QRectF(4, 4, d - 8, d - 8));
        QFont f;
        f.setBold(true);
        f.setPixelSize(count < 1000 ? 12 : 11);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, d, d), Qt::AlignCenter, abbreviated(count));
    } else {
        const int d = large ? 28 : 14;
        const int ring = selected ? 5 : 0;
        const int full = d + 2 * ring;
        img = QImage(QSize(full, full) * dpr, QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        if (selected) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xf6, 0xb6, 0x0d));
            p.drawEllipse(QRectF(0, 0, full, full));
        }
        const QColor fill =
            large && m_source ? m_source->categoryColour(category) : statusColour(statusClass);
        p.setBrush(fill);
        p.setPen(QPen(large ? statusColour(statusClass) : Qt::white, large ? 3 : 2));
        p.drawEllipse(QRectF(ring + 1, ring + 1, d - 2, d - 2));
        if (large && m_source) {
            QString icon = m_source->categoryIcon(category);
            if (icon.startsWith("qrc:"_L1))
                icon = icon.mid(3);
            QSvgRenderer svg(icon);
            if (svg.isValid()) {
                // The category's symbol, white on its colour.
                QImage glyph(QSize(d - 12, d - 12) * dpr, QImage::Format_ARGB32_Premultiplied);
                glyph.fill(Qt::transparent);
                {
                    QPainter g(&glyph);
                    svg.render(&g);
                    g.setCompositionMode(QPainter::CompositionMode_SourceIn);
                    g.fillRect(glyph.rect(), Qt::white);
                }
                glyph.setDevicePixelRatio(dpr);
                p.drawImage(QPointF(ring + 6, ring + 6), glyph);
            }
        }
    }
    m_images.insert(key, img);
    return key;
}

void MapView::relayout()
{

    m_layoutCenter = m_center;
    m_layoutZoom = m_zoom;
    m_layoutSize = size();
    m_items.clear();
    m_itemsDirty = true;
    if (!m_heatImage.isNull()) {
        m_heatImage = {};
        m_heatDirty = true;
    }
    // The outlines are painted again only when the view needs it (another zoom or size, a pan
    // beyond the painted margin), not when the tickets or the selection change: painting them
    // takes tens of milliseconds on the GUI thread.
    const double ws = worldSize();
    QPointF moved = (m_center - m_outlineCenter);
    moved.setX(moved.x() - std::round(moved.x()));
    moved *= ws;
    if (m_outlinesStale || !qFuzzyCompare(m_outlineZoom, m_zoom) || m_outlineSize != size() ||
        std::abs(moved.x()) > width() * kMargin * 0.8 || std::abs(moved.y()) > height() * kMargin * 0.8) {
        renderOutlines();
        moved = {};
    }
    m_outlineRect = m_outlineImageRect.translated(-moved);
    layoutTiles();
    if (!m_markers || m_markers->size() == 0 || width() <= 0 || height() <= 0) {
        Q_EMIT layoutChanged();
        update();
        return;
    }
    const double mx = width() * (0.5 + kMargin) / ws, my = height() * (0.5 + kMargin) / ws;
    const QRectF area(m_center.x() - mx, m_center.y() - my, 2 * mx, 2 * my);
    const double west = mercator::longitude(area.left()), east = mercator::longitude(area.right());
    const double north = mercator::latitude(std::max(0.0, area.top()));
    const double south = mercator::latitude(std::min(1.0, area.bottom()));
    if (m_heatMap) {
        renderHeat();
        Q_EMIT layoutChanged();
        update();
        return;
    }
    const auto found = m_markers->index.clusters(west, south, east, north, std::floor(m_zoom));
    const bool large = m_zoom >= 16;
    const uint32_t selected = m_markers->indexOf.value(m_selected, UINT32_MAX);
    m_items.reserve(found.size());
    const Placed *selectedItem = nullptr;
    for (const auto &c : found) {
        QPointF w = mercator::world(c.longitude, c.latitude);
        w = nearestCopy(w);
        Placed p;
        p.position = (w - m_center) * ws + QPointF(width(), height()) / 2;
        p.id = c.id;
        p.count = c.count;
        const bool isSelected = !c.cluster() && c.id == selected;
        p.image = c.cluster()
                      ? imageFor(c.count, 0, {}, false, false)
                      : imageFor(1, m_markers->statusClass[c.id],
                                 m_markers->categories.value(m_markers->category[c.id]), isSelected, large);
        const QImage &img = m_images[p.image];
        p.radius = float(img.width() / img.devicePixelRatio() / 2);
        m_items.push_back(p);
        if (isSelected)
            selectedItem = &m_items.back();
    }
    // The selected ticket on top of its neighbours; inside a cluster, drawn over it as well, so
    // that it is always where the agent can see it.
    if (selectedItem) {
        const Placed s = *selectedItem;
        m_items.erase(m_items.begin() + (selectedItem - m_items.data()));
        m_items.push_back(s);
    } else if (selected != UINT32_MAX) {
        const auto [x, y] = m_markers->index.world(selected);
        QPointF w(x, y);
        w = nearestCopy(w);
        Placed p;
        p.position = (w - m_center) * ws + QPointF(width(), height()) / 2;
        p.id = selected;
        p.count = 1;
        p.extra = true;
        p.image = imageFor(1, m_markers->statusClass[selected],
                           m_markers->categories.value(m_markers->category[selected]), true, large);
        const QImage &img = m_images[p.image];
        p.radius = float(img.width() / img.devicePixelRatio() / 2);
        m_items.push_back(p);
    }
    Q_EMIT layoutChanged();
    update();
}

void MapView::renderOutlines()
{
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSizeF area = size() * (1 + 2 * kMargin);
    m_outlineImageRect = QRectF(QPointF(-width() * kMargin, -height() * kMargin), area);
    m_outlineCenter = m_center;
    m_outlineZoom = m_zoom;
    m_outlineSize = size();
    m_outlinesStale = false;
    m_outlineDirty = true;
    m_outlineImage = {};
    m_overlayImage = {};
    if (area.isEmpty())
        return;
    const double ws = worldSize();
    const QPointF origin = m_outlineImageRect.topLeft();
    auto toImage = [&](const QPointF &lonLat) {
        QPointF w = mercator::world(lonLat.x(), lonLat.y());
        w = nearestCopy(w);
        return (w - m_center) * ws + QPointF(width(), height()) / 2 - origin;
    };
    const QRectF visible(QPointF(0, 0), area);
    // Under the tiles: the communes filled, districts, borders, names (all there is offline).
    // Over the tiles (when there are some): the borders and names again, without the fill.
    const bool tiles = !m_loader.source().isNone();
    for (int layer = 0; layer < (tiles ? 2 : 1); ++layer) {
        QImage image((area * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        for (int pass = layer == 0 ? 0 : 1; pass < 3; ++pass) {
            for (const MapOutline &o : std::as_const(m_outlines)) {
                if (o.commune != (pass != 1) || (pass == 1 && !m_showDistricts))
                    continue;
                QPolygonF poly;
                poly.reserve(o.ring.size());
                for (const QPointF &pt : o.ring)
                    poly.append(toImage(pt));
                if (!poly.boundingRect().intersects(visible))
                    continue;
                if (pass == 0) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(QColor(0xfb, 0xfb, 0xf8));
                } else if (pass == 1) {
                    p.setPen(QPen(layer == 0 ? QColor(0x9a, 0xa6, 0xb4) : QColor(0x1f, 0x3a, 0x5f, 150), 1,
                                  Qt::DashLine));
                    p.setBrush(Qt::NoBrush);
                } else {
                    p.setPen(QPen(layer == 0 ? QColor(0x5d, 0x68, 0x78) : QColor(0x1f, 0x3a, 0x5f, 200), 2));
                    p.setBrush(Qt::NoBrush);
                }
                p.drawPolygon(poly);
            }
        }
        // Names: communes from zoom 11, districts from zoom 13.
        QFont f;
        for (const MapOutline &o : std::as_const(m_outlines)) {
            if ((o.commune && m_zoom < 11) || (!o.commune && (m_zoom < 13 || !m_showDistricts)))
                continue;
            const QPointF at = toImage(o.label);
            if (!visible.contains(at))
                continue;
            f.setPixelSize(o.commune ? 15 : 12);
            f.setBold(o.commune);
            f.setItalic(!o.commune);
            QPainterPath text;
            text.addText(0, 0, f, o.name);
            const QRectF bounds = text.boundingRect();
            text.translate(at.x() - bounds.center().x(), at.y() - bounds.center().y());
            p.setPen(QPen(QColor(255, 255, 255, 220), 3));
            p.setBrush(Qt::NoBrush);
            p.drawPath(text);
            p.setPen(Qt::NoPen);
            p.setBrush(o.commune ? QColor(0x3a, 0x44, 0x52) : QColor(0x6b, 0x73, 0x80));
            p.drawPath(text);
        }
        p.end();
        (layer == 0 ? m_outlineImage : m_overlayImage) = image;
    }
}

void MapView::setHeatMap(bool on)
{
    if (on == m_heatMap)
        return;
    m_heatMap = on;
    m_layoutZoom = -1;
    polish();
    Q_EMIT heatMapChanged();
}

void MapView::renderHeat()
{
    // The tickets of the area, grouped finely (two zooms deeper than the markers), splashed at a
    // quarter of the resolution, added up, then coloured: blue where there are few, red where many.
    m_heatDirty = true;
    m_heatImage = {};
    if (!m_markers || width() <= 0 || height() <= 0)
        return;
    const double ws = worldSize();
    const double mx = width() * (0.5 + kMargin) / ws, my = height() * (0.5 + kMargin) / ws;
    const QRectF area(m_center.x() - mx, m_center.y() - my, 2 * mx, 2 * my);
    const auto found = m_markers->index.clusters(
        mercator::longitude(area.left()), mercator::latitude(std::min(1.0, area.bottom())),
        mercator::longitude(area.right()), mercator::latitude(std::max(0.0, area.top())),
        std::floor(m_zoom) + 2);
    constexpr int kScaleDown = 4;
    m_heatRect =
        QRectF(QPointF(-width() * kMargin, -height() * kMargin), QSizeF(this->size()) * (1 + 2 * kMargin));
    const QSize size = (m_heatRect.size() / kScaleDown).toSize();
    if (size.isEmpty())
        return;
    std::vector<float> density(size_t(size.width()) * size_t(size.height()), 0.f);
    const double radius = 28.0 / kScaleDown; // a ticket spreads over about 28 pixels
    const int r = int(std::ceil(radius));
    const QPointF origin = m_heatRect.topLeft();
    for (const auto &c : found) {
        QPointF w = mercator::world(c.longitude, c.latitude);
        w = nearestCopy(w);
        const QPointF p = ((w - m_center) * ws + QPointF(width(), height()) / 2 - origin) / kScaleDown;
        const int px = int(p.x()), py = int(p.y());
        for (int dy = -r; dy <= r; ++dy) {
            const int y = py + dy;
            if (y < 0 || y >= size.height())
                continue;
            for (int dx = -r; dx <= r; ++dx) {
                const int x = px + dx;
                if (x < 0 || x >= size.width())
                    continue;
                const double d2 = (dx * dx + dy * dy) / (radius * radius);
                if (d2 < 1)
                    density[size_t(y) * size_t(size.width()) + size_t(x)] +=
                        float(c.count * (1 - d2) * (1 - d2));
            }
        }
    }
    const float top = *std::max_element(density.begin(), density.end());
    if (top <= 0)
        return;
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    const float scale = 1.0f / std::log1p(top);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const float v = density[size_t(y) * size_t(size.width()) + size_t(x)];
            if (v <= 0) {
                line[x] = 0;
                continue;
            }
            const float t = std::clamp(std::log1p(v) * scale, 0.0f, 1.0f);
            // Blue, cyan, yellow, red; more opaque where denser.
            QColor c = t < 0.33f   ? QColor::fromRgbF(0.1f, 0.4f + t * 1.5f, 1.0f)
                       : t < 0.66f ? QColor::fromRgbF((t - 0.33f) * 3.0f, 0.9f, 1.0f - (t - 0.33f) * 3.0f)
                                   : QColor::fromRgbF(1.0f, 0.9f - (t - 0.66f) * 2.6f, 0.0f);
            c.setAlphaF(0.25f + 0.6f * t);
            line[x] = qPremultiply(c.rgba());
        }
    }
    m_heatImage = img;
}

void MapView::setTileSource(const QVariantMap &map)
{
    QString error;
    const TileSource source = TileSource::fromMap(map, &error);
    if (source == m_loader.source() && error.isEmpty())
        return;
    m_loader.setSource(source);
    m_tileImages.clear();
    m_tileFailures.clear();
    m_tileSuccesses = 0;
    m_problemSaid = false;
    if (error != m_tileProblem) {
        m_tileProblem = error;
        Q_EMIT tileProblemChanged();
    }
    m_outlinesStale = true; // borders and names over the tiles, or not
    m_layoutZoom = -1;
    polish();
    update();
    Q_EMIT tileSourceChanged();
}

void MapView::setTileCache(const QString &directory, qint64 maximumBytes)
{
    m_loader.setCache(directory, maximumBytes);
}

void MapView::layoutTiles()
{
    m_tileDraws.clear();
    m_tilesDirty = true;
    const TileSource &src = m_loader.source();
    int shown = 0;
    if (!src.isNone() && width() > 0 && height() > 0 && m_layoutZoom >= 0) {
        const int tz = std::clamp(int(std::lround(m_layoutZoom)), src.minZoom, src.maxZoom);
        m_tileZoom = tz;
        const double ws = mercator::worldSize(m_layoutZoom);
        const double mx = m_layoutSize.width() * (0.5 + kMargin) / ws;
        const double my = m_layoutSize.height() * (0.5 + kMargin) / ws;
        const QRectF area(m_layoutCenter.x() - mx, m_layoutCenter.y() - my, 2 * mx, 2 * my);
        const TileRange range = TileRange::covering(area, tz);
        const qint64 now = m_clock.elapsed();
        QList<TileId> missing;
        // Nearest to the centre first: those are asked for first (the loader takes the newest).
        std::vector<TileId> order;
        for (int y = range.y0; y <= range.y1; ++y)
            for (int x = range.x0; x <= range.x1; ++x)
                order.push_back({tz, x, y});
        const QPointF c(m_layoutCenter.x() * (1 << tz), m_layoutCenter.y() * (1 << tz));
        std::sort(order.begin(), order.end(), [&](const TileId &a, const TileId &b) {
            return std::hypot(a.x + 0.5 - c.x(), a.y + 0.5 - c.y()) >
                   std::hypot(b.x + 0.5 - c.x(), b.y + 0.5 - c.y());
        });
        for (const TileId &t : order) {
            const TileId w = t.wrapped();
            const QRectF wr = t.worldRect();
            const QRectF rect(QPointF((wr.left() - m_layoutCenter.x()) * ws + m_layoutSize.width() / 2,
                                      (wr.top() - m_layoutCenter.y()) * ws + m_layoutSize.height() / 2),
                              QSizeF(wr.width() * ws, wr.height() * ws));
            if (const QImage *img = m_tileImages.object(w.key())) {
                m_tileDraws.push_back({t.key(), w.key(), rect, QRectF(QPointF(0, 0), img->size())});
                ++shown;
                continue;
            }
            const TileFailure f = m_tileFailures.value(w.key());
            if (f.retryAt <= now)
                missing.append(w);
            // Meanwhile, the part of a loaded ancestor (up to 5 levels up), enlarged.
            TileId a = w;
            for (int d = 1; d <= 5 && a.z > 0; ++d) {
                a = a.parent();
                if (const QImage *img = m_tileImages.object(a.key())) {
                    const double part = double(img->width()) / double(1 << d);
                    const int mask = (1 << d) - 1;
                    m_tileDraws.push_back({t.key(), a.key(), rect,
                                           QRectF((w.x & mask) * part, (w.y & mask) * part, part, part)});
                    break;
                }
            }
        }
        m_loader.keepOnly(missing);
        for (const TileId &t : std::as_const(missing))
            m_loader.request(t);
    }
    if (shown != m_tilesShown) {
        m_tilesShown = shown;
        Q_EMIT tilesChanged();
    }
}

void MapView::onTileLoaded(const TileId &tile, const QImage &image)
{
    m_tileImages.insert(tile.key(), new QImage(image.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
    m_tileFailures.remove(tile.key());
    ++m_tileSuccesses;
    if (!m_tileProblem.isEmpty() && m_problemSaid) {
        m_tileProblem.clear();
        Q_EMIT tileProblemChanged();
    }
    if (tile.z == m_tileZoom) {
        layoutTiles();
        update();
    }
}

void MapView::onTileFailed(const TileId &tile, const QString &reason)
{
    TileFailure &f = m_tileFailures[tile.key()];
    ++f.failures;
    // Tried again later, less and less often: 2 s, 4 s, 8 s... up to 5 minutes.
    const qint64 delay = std::min<qint64>(300000, 2000LL << std::min(f.failures - 1, 8));
    f.retryAt = m_clock.elapsed() + delay;
    if (!m_retry.isActive() || m_retry.remainingTime() > delay)
        m_retry.start(int(delay));
    // Said once, discreetly, when no tile could be had at all.
    if (m_tileSuccesses == 0 && !m_problemSaid && m_tileFailures.size() >= 4) {
        m_problemSaid = true;
        m_tileProblem =
            QCoreApplication::translate("MapView", "Fond de carte indisponible (%1) : la carte montre "
                                                   "les contours des communes.")
                .arg(reason);
        Q_EMIT tileProblemChanged();
    }
}

void MapView::updateVisibleCount()
{
    const QPointF o = offset();
    const QRectF view(0, 0, width(), height());
    int n = 0;
    for (const Placed &p : m_items)
        if (!p.extra && view.contains(p.position + o))
            n += int(p.count);
    if (n != m_visibleTickets) {
        m_visibleTickets = n;
        Q_EMIT visibleTicketsChanged();
    }
}

QSGNode *MapView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *root = static_cast<MapRootNode *>(old);
    QQuickWindow *w = window();
    if (!root) {
        root = new MapRootNode;
        root->background = w->createRectangleNode();
        root->background->setColor(QColor(0xe4, 0xe8, 0xed));
        root->appendChildNode(root->background);
        root->transform = new QSGTransformNode;
        root->appendChildNode(root->transform);
        // Bottom to top: outlines, tiles, borders and names again, markers. An image node enters
        // the tree only with its texture (the software renderer reads it at once).
        root->outlineHolder = new QSGNode;
        root->transform->appendChildNode(root->outlineHolder);
        root->tiles = new QSGNode;
        root->transform->appendChildNode(root->tiles);
        root->overlayHolder = new QSGNode;
        root->transform->appendChildNode(root->overlayHolder);
        root->outline = w->createImageNode();
        root->outline->setFiltering(QSGTexture::Linear);
        root->overlay = w->createImageNode();
        root->overlay->setFiltering(QSGTexture::Linear);
        root->heatHolder = new QSGNode;
        root->transform->appendChildNode(root->heatHolder);
        root->heat = w->createImageNode();
        root->heat->setFiltering(QSGTexture::Linear);
        root->markers = new QSGNode;
        root->transform->appendChildNode(root->markers);
        root->rubber = w->createRectangleNode();
        root->appendChildNode(root->rubber);
        for (auto &edge : root->rubberEdges) {
            edge = w->createRectangleNode();
            edge->setColor(QColor(0x1f, 0x3a, 0x5f));
            root->appendChildNode(edge);
        }
        // A new scene graph: everything is drawn again.
        m_outlineDirty = true;
        m_itemsDirty = true;
        m_tilesDirty = true;
        m_heatDirty = true;
    }
    root->background->setRect(boundingRect());

    if (m_outlineDirty) {
        m_outlineDirty = false;
        auto place = [&](QSGNode *holder, QSGImageNode *node, QSGTexture *&texture, const QImage &image) {
            QSGTexture *previous = texture;
            if (!image.isNull()) {
                texture = w->createTextureFromImage(image, QQuickWindow::TextureHasAlphaChannel);
                node->setTexture(texture);
                node->setRect(m_outlineRect);
                if (!node->parent())
                    holder->appendChildNode(node);
            } else {
                if (node->parent())
                    holder->removeChildNode(node);
                texture = nullptr;
            }
            delete previous;
        };
        place(root->outlineHolder, root->outline, root->outlineTexture, m_outlineImage);
        place(root->overlayHolder, root->overlay, root->overlayTexture, m_overlayImage);
    }
    // Where the painted outlines lie relative to this layout (they may have been painted for an
    // earlier one).
    root->outline->setRect(m_outlineRect);
    root->overlay->setRect(m_outlineRect);

    if (m_heatDirty) {
        m_heatDirty = false;
        QSGTexture *previous = root->heatTexture;
        if (!m_heatImage.isNull()) {
            root->heatTexture = w->createTextureFromImage(m_heatImage, QQuickWindow::TextureHasAlphaChannel);
            root->heat->setTexture(root->heatTexture);
            root->heat->setRect(m_heatRect);
            if (!root->heat->parent())
                root->heatHolder->appendChildNode(root->heat);
        } else {
            if (root->heat->parent())
                root->heatHolder->removeChildNode(root->heat);
            root->heatTexture = nullptr;
        }
        delete previous;
    }

    if (m_tilesDirty) {
        m_tilesDirty = false;
        // Set difference: nodes for the places no longer drawn go, new places get one.
        QSet<quint64> wanted;
        QSet<quint64> pictures;
        for (const TileDraw &d : m_tileDraws) {
            QSGTexture *t = root->tileTextures.value(d.image);
            if (!t) {
                const QImage *img = m_tileImages.object(d.image);
                if (!img)
                    continue; // evicted meanwhile: asked for again at the next layout
                t = w->createTextureFromImage(*img);
                t->setFiltering(QSGTexture::Linear);
                root->tileTextures.insert(d.image, t);
            }
            wanted.insert(d.slot);
            pictures.insert(d.image);
            QSGImageNode *node = root->tileNodes.value(d.slot);
            const bool fresh = !node;
            if (fresh) {
                node = w->createImageNode();
                node->setOwnsTexture(false);
                node->setFiltering(QSGTexture::Linear);
            }
            node->setTexture(t);
            node->setSourceRect(d.sourceRect);
            node->setRect(d.rect);
            if (fresh) {
                root->tiles->appendChildNode(node);
                root->tileNodes.insert(d.slot, node);
            }
        }
        for (auto it = root->tileNodes.begin(); it != root->tileNodes.end();) {
            if (!wanted.contains(it.key())) {
                root->tiles->removeChildNode(it.value());
                delete it.value();
                it = root->tileNodes.erase(it);
            } else {
                ++it;
            }
        }
        for (auto it = root->tileTextures.begin(); it != root->tileTextures.end();) {
            if (!pictures.contains(it.key())) {
                delete it.value();
                it = root->tileTextures.erase(it);
            } else {
                ++it;
            }
        }
    }

    if (m_itemsDirty) {
        m_itemsDirty = false;
        QSGNode *markers = root->markers;
        int n = markers->childCount();
        while (n > int(m_items.size())) {
            QSGNode *last = markers->lastChild();
            markers->removeChildNode(last);
            delete last;
            --n;
        }
        QSGNode *child = markers->firstChild();
        for (const Placed &p : m_items) {
            QSGImageNode *node = nullptr;
            const bool fresh = !child;
            if (child) {
                node = static_cast<QSGImageNode *>(child);
                child = child->nextSibling();
            } else {
                node = w->createImageNode();
                node->setOwnsTexture(false);
                node->setFiltering(QSGTexture::Linear);
            }
            // One texture per kind of picture, made the first time it is drawn (a key's picture
            // never changes).
            QSGTexture *t = root->textures.value(p.image);
            if (!t) {
                t = w->createTextureFromImage(m_images[p.image], QQuickWindow::TextureHasAlphaChannel);
                t->setFiltering(QSGTexture::Linear);
                root->textures.insert(p.image, t);
            }
            node->setTexture(t);
            const QImage &img = m_images[p.image];
            const QSizeF s = img.deviceIndependentSize();
            node->setRect(QRectF(p.position - QPointF(s.width(), s.height()) / 2, s));
            // Into the tree only with its texture: the software renderer reads it at once.
            if (fresh)
                markers->appendChildNode(node);
        }
    }

    QMatrix4x4 m;
    const QPointF o = offset();
    m.translate(float(o.x()), float(o.y()));
    root->transform->setMatrix(m);

    // The rectangle of a Shift+drag selection.
    const QRectF r = m_rubberBand ? m_rubber.normalized() : QRectF();
    root->rubber->setColor(QColor(0x2f, 0x56, 0x88, 50));
    root->rubber->setRect(r);
    const qreal t = r.isEmpty() ? 0 : 1.5;
    root->rubberEdges[0]->setRect(QRectF(r.left(), r.top(), r.width(), t));
    root->rubberEdges[1]->setRect(QRectF(r.left(), r.bottom() - t, r.width(), t));
    root->rubberEdges[2]->setRect(QRectF(r.left(), r.top(), t, r.height()));
    root->rubberEdges[3]->setRect(QRectF(r.right() - t, r.top(), t, r.height()));
    return root;
}

void MapView::releaseResources()
{
    // The nodes (and their textures) go with the scene graph; everything is drawn again next time.
    m_outlineDirty = true;
    m_itemsDirty = true;
    m_tilesDirty = true;
}

const MapView::Placed *MapView::hit(const QPointF &position) const
{
    const QPointF o = offset();
    const Placed *best = nullptr;
    double bestDistance = 0;
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
        const QPointF d = it->position + o - position;
        const double dist = std::hypot(d.x(), d.y());
        if (dist <= it->radius + 2 && (!best || dist < bestDistance)) {
            best = &*it;
            bestDistance = dist;
        }
    }
    return best;
}

QVariantList MapView::visibleItems() const
{
    QVariantList out;
    if (!m_markers)
        return out;
    const QPointF o = offset();
    const QRectF view(0, 0, width(), height());
    for (const Placed &p : m_items) {
        const QPointF at = p.position + o;
        if (p.extra || !view.contains(at))
            continue;
        out.append(QVariantMap{{u"x"_s, at.x()},
                               {u"y"_s, at.y()},
                               {u"count"_s, int(p.count)},
                               {u"ticket"_s, p.count > 1 ? QString() : m_markers->ids[p.id]}});
    }
    return out;
}

QVariantMap MapView::itemAt(const QPointF &position) const
{
    const Placed *p = hit(position);
    if (!p || !m_markers)
        return {};
    const bool cluster = p->count > 1;
    return {{u"cluster"_s, cluster},
            {u"count"_s, int(p->count)},
            {u"ticket"_s, cluster ? QString() : m_markers->ids[p->id]}};
}

void MapView::fitToMarkers()
{
    if (width() <= 0 || height() <= 0) {
        m_fitPending = true; // once the map has a size
        return;
    }
    m_fitPending = false;
    onMarkersChanged(); // the source's newest (its signal may reach QML handlers before this item)
    if (!m_markers || m_markers->worldBounds.isNull())
        return;
    const QRectF b = m_markers->worldBounds;
    const double span = std::max(b.width() / (width() * 0.85), b.height() / (height() * 0.85));
    const double zoom = span > 0 ? std::log2(1.0 / (span * mercator::kTileSize)) : maximumZoomLevel() - 2;
    setZoomLevel(std::min(zoom, 17.0));
    setWorldCenter(b.center());
}

void MapView::zoomIn()
{
    setZoomLevel(std::floor(m_zoom + 1e-9) + 1);
}

void MapView::zoomOut()
{
    setZoomLevel(std::ceil(m_zoom - 1e-9) - 1);
}

void MapView::panBy(double dx, double dy)
{
    const double ws = worldSize();
    setWorldCenter(m_center + QPointF(dx, dy) / ws);
}

bool MapView::centerOnTicket(const QString &id)
{
    if (m_source && m_source->markers() != m_markers)
        onMarkersChanged(); // the source's newest (its signal may reach QML handlers first)
    if (!m_markers)
        return false;
    const auto it = m_markers->indexOf.constFind(id);
    if (it == m_markers->indexOf.cend())
        return false;
    const auto [x, y] = m_markers->index.world(*it);
    if (m_zoom < 15)
        setZoomLevel(16);
    setWorldCenter(QPointF(x, y));
    return true;
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    m_kinetic.stop();
    m_pressPos = m_lastPos = event->position();
    m_dragging = false;
    m_rubberBand = event->modifiers() & Qt::ShiftModifier;
    m_rubber = QRectF(m_pressPos, QSizeF());
    m_samples.clear();
    m_samples.append({m_clock.elapsed(), m_pressPos});
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4)
        m_dragging = true;
    if (m_dragging) {
        if (m_rubberBand) {
            m_rubber = QRectF(m_pressPos, pos);
            update();
        } else {
            panBy(m_lastPos.x() - pos.x(), m_lastPos.y() - pos.y());
            m_samples.append({m_clock.elapsed(), pos});
            while (m_samples.size() > 2 && m_clock.elapsed() - m_samples.first().first > 100)
                m_samples.removeFirst();
        }
    }
    m_lastPos = pos;
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_rubberBand && m_dragging) {
        // The tickets in the rectangle, every one (not the clusters').
        QStringList ids;
        if (m_markers) {
            const QRectF r = QRectF(m_pressPos, pos).normalized();
            const QGeoCoordinate a = toCoordinate(r.topLeft()), b = toCoordinate(r.bottomRight());
            for (const auto &c :
                 m_markers->index.clusters(a.longitude(), b.latitude(), b.longitude(), a.latitude(),
                                           m_markers->index.options().maxZoom + 1))
                ids.append(m_markers->ids[c.id]);
        }
        m_rubberBand = false;
        m_rubber = {};
        update();
        Q_EMIT rectangleSelected(ids);
    } else if (!m_dragging) {
        if (const Placed *p = hit(pos)) {
            if (p->count > 1) {
                // A cluster: zoom in until it splits, centred on it.
                const int z = m_markers->index.expansionZoom(p->id);
                const QPointF w = worldAt(p->position + offset());
                setZoomLevel(std::max(double(z), m_zoom + 1));
                setWorldCenter(w);
            } else {
                const QString id = m_markers->ids[p->id];
                setSelectedTicket(id);
                Q_EMIT ticketClicked(id);
            }
        } else {
            Q_EMIT mapClicked(toCoordinate(pos));
        }
    } else if (m_samples.size() >= 2) {
        // Let the map glide on.
        const auto &first = m_samples.first();
        const double dt = double(m_clock.elapsed() - first.first) / 1000.0;
        if (dt > 0 && dt < 0.2) {
            m_velocity = (pos - first.second) / dt;
            if (std::hypot(m_velocity.x(), m_velocity.y()) > 150)
                m_kinetic.start();
        }
    }
    m_dragging = false;
    event->accept();
}

void MapView::kineticStep()
{
    m_velocity *= 0.9;
    panBy(-m_velocity.x() * 0.016, -m_velocity.y() * 0.016);
    if (std::hypot(m_velocity.x(), m_velocity.y()) < 20)
        m_kinetic.stop();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    // Around the cursor: the place under it stays under it.
    const QPointF pos = event->position();
    const QPointF under = worldAt(pos);
    setZoomLevel(m_zoom + steps * 0.5);
    const double ws = worldSize();
    setWorldCenter(under - (pos - QPointF(width(), height()) / 2) / ws);
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(-width() / 4, 0);
        break;
    case Qt::Key_Right:
        panBy(width() / 4, 0);
        break;
    case Qt::Key_Up:
        panBy(0, -height() / 4);
        break;
    case Qt::Key_Down:
        panBy(0, height() / 4);
        break;
    default:
        QQuickItem::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::hoverMoveEvent(QHoverEvent *event)
{
    m_cursor = toCoordinate(event->position());
    Q_EMIT cursorCoordinateChanged();
}

void MapView::hoverLeaveEvent(QHoverEvent *)
{
    m_cursor = QGeoCoordinate();
    Q_EMIT cursorCoordinateChanged();
}

} // namespace lanterne::map
