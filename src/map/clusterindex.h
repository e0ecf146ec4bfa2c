// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace lanterne::map {

/**
 * A static 2-D index of integer points (a k-d tree sorted in place, leaves of `nodeSize`): the
 * same structure and traversal order as the `kdbush` JavaScript library, so that clustering on
 * it gives exactly supercluster's results.
 */
class KdIndex
{
public:
    KdIndex(std::vector<int32_t> coords, int nodeSize); ///< coords: x0, y0, x1, y1...
    [[nodiscard]] size_t size() const { return m_ids.size(); }
    /** Ids (insertion indices) of the points in [minX, maxX] × [minY, maxY]. */
    void range(double minX, double minY, double maxX, double maxY, std::vector<uint32_t> *out) const;
    /** Ids of the points within @p r of (qx, qy). */
    void within(double qx, double qy, double r, std::vector<uint32_t> *out) const;

private:
    void sort(int64_t left, int64_t right, int axis);
    void select(int64_t k, int64_t left, int64_t right, int axis);
    void swapItem(int64_t i, int64_t j);

    std::vector<uint32_t> m_ids;
    std::vector<int32_t> m_coords;
    int m_nodeSize;
};

struct ClusterOptions
{
    int minZoom = 0;
    int maxZoom = 16;   ///< clusters are made up to this zoom; above it every point stands alone
    int minPoints = 2;  ///< points needed to make a cluster
    double radius = 40; ///< cluster radius in pixels of a tile of `extent` pixels
    double extent = 512;
    int nodeSize = 64;
};

/**
 * Hierarchical greedy clustering of points for every zoom level, as `supercluster` does (same
 * options, same clusters): points are projected to Web Mercator, then clustered at the highest
 * zoom, the result clustered at the zoom below, and so on. Built once for a set of points (off
 * the GUI thread: it touches nothing else); then queries are fast and thread-safe (const).
 */
class ClusterIndex
{
public:
    struct Item
    {
        double longitude = 0;
        double latitude = 0;
        uint32_t count = 1; ///< points it holds (1: a single point)
        uint32_t id = 0;    ///< a point: its index in load(); a cluster: its cluster id
        [[nodiscard]] bool cluster() const { return count > 1; }
    };

    explicit ClusterIndex(ClusterOptions options = {});

    /** Indexes the points (longitude, latitude pairs); their index is their id. */
    void load(std::span<const double> lonLat);
    [[nodiscard]] size_t pointCount() const { return m_numPoints; }
    [[nodiscard]] const ClusterOptions &options() const { return m_options; }

    /** Clusters and points in a box at a zoom (the box may cross the antimeridian). */
    [[nodiscard]] std::vector<Item> clusters(double west, double south, double east, double north,
                                             double zoom) const;
    /** The clusters and points one zoom below a cluster's. */
    [[nodiscard]] std::vector<Item> children(uint32_t clusterId) const;
    /** The points of a cluster (indices in load()), at most @p limit after skipping @p offset. */
    [[nodiscard]] std::vector<uint32_t> leaves(uint32_t clusterId, size_t limit = SIZE_MAX,
                                               size_t offset = 0) const;
    /** The zoom at which a cluster splits into several. */
    [[nodiscard]] int expansionZoom(uint32_t clusterId) const;
    /** A point's place in world coordinates [0, 1] (x, y). */
    [[nodiscard]] std::pair<double, double> world(uint32_t point) const
    {
        return {m_coords[2 * size_t(point)], m_coords[2 * size_t(point) + 1]};
    }
    /** Whether @p id names a cluster of this index. */
    [[nodiscard]] bool isCluster(uint32_t id) const { return id >= m_numPoints; }

private:
    struct Level
    {
        std::vector<int32_t> data; ///< stride 6: x, y, zoom, id, parent, count
        std::shared_ptr<KdIndex> tree;
    };
    static constexpr int kStride = 6;

    [[nodiscard]] int limitZoom(double z) const;
    size_t cluster(const Level &from, int zoom, std::vector<int32_t> &out);
    [[nodiscard]] Item item(const std::vector<int32_t> &data, size_t k) const;
    size_t appendLeaves(std::vector<uint32_t> &result, uint32_t clusterId, size_t limit, size_t offset,
                        size_t skipped) const;

    ClusterOptions m_options;
    size_t m_numPoints = 0;
    std::vector<double> m_coords; ///< the points in world coordinates, for exact single points
    std::vector<Level> m_levels;  ///< index z: zoom z; maxZoom + 1: the points
};

} // namespace lanterne::map
