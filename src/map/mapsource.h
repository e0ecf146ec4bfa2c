// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/clusterindex.h"

#include <memory>
#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QQmlEngine>
#include <QRectF>
#include <QString>
#include <vector>

namespace lanterne::map {

/** The tickets a map shows: clustered once, then queried for every view. Immutable, shared. */
struct MapMarkers
{
    enum StatusClass : uint8_t
    {
        Open,
        Fixed,
        Closed,
        OpenOverdue, ///< open and past its deadline (the clock running)
        OpenDueSoon, ///< open and due within the next working day
    };
    ClusterIndex index;
    std::vector<QString> ids;         ///< per point (the index's point ids)
    std::vector<uint8_t> statusClass; ///< per point
    std::vector<uint16_t> category;   ///< per point: an index into categories
    QStringList categories;           ///< category codes
    QRectF worldBounds;               ///< of every point, in world coordinates (empty: no point)
    QHash<QString, uint32_t> indexOf; ///< a ticket's id to its point
    [[nodiscard]] size_t size() const { return ids.size(); }
};

/** A commune or district outline, drawn under everything, useful with no network at all. */
struct MapOutline
{
    QString name;
    QList<QPointF> ring; ///< longitude, latitude
    bool commune = true; ///< else a district
    QPointF label;       ///< where its name goes (longitude, latitude)
};

/**
 * What a MapView shows: the markers of the current filter and the outlines. Models (the app's
 * MapTicketsModel) derive from it; the map only reads.
 */
class MapSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MapSource is an interface: use a model that provides one (MapTicketsModel).")
public:
    using QObject::QObject;

    [[nodiscard]] virtual std::shared_ptr<const MapMarkers> markers() const { return {}; }
    [[nodiscard]] virtual QList<MapOutline> outlines() const { return {}; }
    /** The colour and the icon (an SVG resource) of a category, for markers at high zoom. */
    [[nodiscard]] virtual QColor categoryColour(const QString &category) const
    {
        Q_UNUSED(category)
        return QColor(0x60, 0x7d, 0x8b);
    }
    [[nodiscard]] virtual QString categoryIcon(const QString &category) const
    {
        Q_UNUSED(category)
        return {};
    }

Q_SIGNALS:
    void markersChanged();
    void outlinesChanged();
};

} // namespace lanterne::map
