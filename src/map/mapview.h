// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/mapsource.h"
#include "map/tileloader.h"

#include <QCache>

#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QSet>
#include <QTimer>

namespace lanterne::map {

/**
 * The map: our own Qt Quick item on Qt Positioning types (Qt Location does not exist for Qt 6.4),
 * in Web Mercator. Draws, bottom to top, the commune and district outlines (always: the map is
 * useful with no network) and the tickets of its source, clustered for the zoom. Only image and
 * rectangle nodes, so the OpenGL and the software scene graphs draw the same.
 *
 * Moving the map within half a screen only moves a transform; beyond, or at another zoom, the
 * visible part is laid out again (a query of the cluster index).
 */
class MapView : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(lanterne::map::MapSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(double minimumZoomLevel READ minimumZoomLevel CONSTANT)
    Q_PROPERTY(double maximumZoomLevel READ maximumZoomLevel CONSTANT)
    Q_PROPERTY(double metresPerPixel READ metresPerPixel NOTIFY viewChanged)
    Q_PROPERTY(
        QString selectedTicket READ selectedTicket WRITE setSelectedTicket NOTIFY selectedTicketChanged)
    Q_PROPERTY(bool showDistricts READ showDistricts WRITE setShowDistricts NOTIFY showDistrictsChanged)
    Q_PROPERTY(QGeoCoordinate cursorCoordinate READ cursorCoordinate NOTIFY cursorCoordinateChanged)
    Q_PROPERTY(int visibleTickets READ visibleTickets NOTIFY visibleTicketsChanged)
    Q_PROPERTY(int markerCount READ markerCount NOTIFY layoutChanged)
    /** The background: {id: ign|osm|custom|mbtiles|none, url, attribution, path}. */
    Q_PROPERTY(QVariantMap tileSource READ tileSource WRITE setTileSource NOTIFY tileSourceChanged)
    Q_PROPERTY(QString attribution READ attribution NOTIFY tileSourceChanged)
    /** Why tiles cannot be shown (said once, discreetly), empty when they can. */
    Q_PROPERTY(QString tileProblem READ tileProblem NOTIFY tileProblemChanged)
    Q_PROPERTY(int tilesShown READ tilesShown NOTIFY tilesChanged)
    /** Density instead of markers: where the tickets are many (the dashboards use it too). */
    Q_PROPERTY(bool heatMap READ heatMap WRITE setHeatMap NOTIFY heatMapChanged)

public:
    explicit MapView(QQuickItem *parent = nullptr);
    ~MapView() override;

    [[nodiscard]] MapSource *source() const { return m_source; }
    void setSource(MapSource *source);
    [[nodiscard]] QGeoCoordinate center() const;
    void setCenter(const QGeoCoordinate &center);
    [[nodiscard]] double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);
    [[nodiscard]] static double minimumZoomLevel() { return 3; }
    [[nodiscard]] static double maximumZoomLevel() { return 19; }
    [[nodiscard]] double metresPerPixel() const;
    [[nodiscard]] QString selectedTicket() const { return m_selected; }
    void setSelectedTicket(const QString &id);
    [[nodiscard]] bool showDistricts() const { return m_showDistricts; }
    void setShowDistricts(bool show);
    [[nodiscard]] QGeoCoordinate cursorCoordinate() const { return m_cursor; }
    [[nodiscard]] int visibleTickets() const { return m_visibleTickets; }
    [[nodiscard]] int markerCount() const { return int(m_items.size()); }
    [[nodiscard]] QVariantMap tileSource() const { return m_loader.source().toMap(); }
    void setTileSource(const QVariantMap &source);
    [[nodiscard]] QString attribution() const { return m_loader.source().attribution; }
    [[nodiscard]] QString tileProblem() const { return m_tileProblem; }
    [[nodiscard]] bool heatMap() const { return m_heatMap; }
    void setHeatMap(bool on);
    [[nodiscard]] int tilesShown() const { return m_tilesShown; }
    /** The disk cache of HTTP tiles (default: the user's cache folder, 256 MB). */
    Q_INVOKABLE void setTileCache(const QString &directory, qint64 maximumBytes);

    /** Zooms and centres so that every ticket of the source is in view. */
    Q_INVOKABLE void fitToMarkers();
    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    Q_INVOKABLE void panBy(double dx, double dy);
    /** Centres on a ticket (zooming in if the map is far out); false when it is not on the map. */
    Q_INVOKABLE bool centerOnTicket(const QString &id);
    Q_INVOKABLE QPointF fromCoordinate(const QGeoCoordinate &coordinate) const;
    Q_INVOKABLE QGeoCoordinate toCoordinate(const QPointF &position) const;
    /** The markers in view: {x, y, count, ticket} (ticket empty for a cluster). */
    Q_INVOKABLE QVariantList visibleItems() const;
    /** What is drawn at a point of the item: {ticket, cluster, count}, empty when nothing. */
    Q_INVOKABLE QVariantMap itemAt(const QPointF &position) const;

Q_SIGNALS:
    void sourceChanged();
    void viewChanged();
    void selectedTicketChanged();
    void showDistrictsChanged();
    void cursorCoordinateChanged();
    void visibleTicketsChanged();
    void layoutChanged();
    void tileSourceChanged();
    void tileProblemChanged();
    void tilesChanged();
    void heatMapChanged();
    /** A ticket's marker was clicked. */
    void ticketClicked(const QString &id);
    /** Shift+drag drew a rectangle: the tickets in it. */
    void rectangleSelected(const QStringList &ids);
    /** A click on the map where there is no marker. */
    void mapClicked(const QGeoCoordinate &coordinate);

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void updatePolish() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void releaseResources() override;

private:
    struct Placed
    {
        QPointF position; ///< in item coordinates at the layout's centre
        float radius = 0;
        uint32_t id = 0; ///< point index, or cluster id
        uint32_t count = 1;
        QString image;      ///< key of its picture
        bool extra = false; ///< the selected ticket, drawn over the cluster that holds it
    };

    [[nodiscard]] double worldSize() const;
    [[nodiscard]] QPointF worldAt(const QPointF &position) const;
    [[nodiscard]] QPointF nearestCopy(QPointF world) const;
    [[nodiscard]] QPointF offset() const; ///< how far the view moved since the layout, in pixels
    void setWorldCenter(QPointF world);
    void relayout();
    void renderOutlines();
    void updateVisibleCount();
    QString imageFor(uint32_t count, uint8_t statusClass, const QString &category, bool selected, bool large);
    [[nodiscard]] const Placed *hit(const QPointF &position) const;
    void onMarkersChanged();
    void kineticStep();
    void layoutTiles();
    void renderHeat();
    void onTileLoaded(const TileId &tile, const QImage &image);
    void onTileFailed(const TileId &tile, const QString &reason);

    QPointer<MapSource> m_source;
    std::shared_ptr<const MapMarkers> m_markers;
    QList<MapOutline> m_outlines;
    QPointF m_center{0.50668, 0.34387}; ///< world coordinates (Pantin)
    double m_zoom = 13;
    QString m_selected;
    bool m_showDistricts = true;
    QGeoCoordinate m_cursor;
    int m_visibleTickets = 0;
    bool m_fitPending = false;

    // The last layout.
    QPointF m_layoutCenter;
    double m_layoutZoom = -1;
    QSizeF m_layoutSize;
    std::vector<Placed> m_items;
    QImage m_outlineImage;
    QImage m_overlayImage;     ///< borders and names again, over the tiles
    QRectF m_outlineImageRect; ///< where the outline pictures lie, at the centre they were painted for
    QPointF m_outlineCenter;
    double m_outlineZoom = -1;
    QSizeF m_outlineSize;
    bool m_outlinesStale = true;
    QRectF m_heatRect;
    bool m_heatMap = false;
    QImage m_heatImage; ///< the density, over the layout's area
    bool m_heatDirty = false;
    QRectF m_outlineRect;
    bool m_outlineDirty = false;
    bool m_itemsDirty = false;
    QHash<QString, QImage> m_images; ///< marker pictures, made on the GUI thread

    // Tiles: what the layout needs, drawn from the tile itself or from a loaded ancestor.
    struct TileDraw
    {
        quint64 slot;      ///< the unwrapped tile's key (a place on the map)
        quint64 image;     ///< the wrapped tile's key whose picture is drawn
        QRectF rect;       ///< in item coordinates at the layout's centre
        QRectF sourceRect; ///< the part of the picture (an ancestor's quarter...)
    };
    struct TileFailure
    {
        int failures = 0;
        qint64 retryAt = 0;
    };
    TileLoader m_loader;
    QCache<quint64, QImage> m_tileImages{400};
    QHash<quint64, TileFailure> m_tileFailures;
    std::vector<TileDraw> m_tileDraws;
    bool m_tilesDirty = false;
    int m_tileZoom = -1;
    int m_tilesShown = 0;
    int m_tileSuccesses = 0;
    QString m_tileProblem;
    bool m_problemSaid = false;

    // Interaction.
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
    bool m_rubberBand = false;
    QRectF m_rubber;
    QList<QPair<qint64, QPointF>> m_samples;
    QElapsedTimer m_clock;
    QPointF m_velocity; ///< pixels per second, while the map glides after a drag
    QTimer m_kinetic;
    QTimer m_retry;
};

} // namespace lanterne::map
