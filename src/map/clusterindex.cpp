// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterindex.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>

namespace lanterne::map {
namespace {
// World coordinates in [0, 1] as integers, as supercluster stores them: (c - 0.5) * 2^30.
constexpr double kScale = 1073741824.0; // 2^30
constexpr double kInvScale = 1 / kScale;
inline int32_t encode(double c)
{
    return int32_t((c - 0.5) * kScale); // truncation toward zero, as a JavaScript Int32Array
}
inline double decode(int32_t v)
{
    return v * kInvScale + 0.5;
}
constexpr int kZoom = 2, kId = 3, kParent = 4, kNum = 5;

inline double sqDist(double ax, double ay, double bx, double by)
{
    const double dx = ax - bx;
    const double dy = ay - by;
    return dx * dx + dy * dy;
}
} // namespace

KdIndex::KdIndex(std::vector<int32_t> coords, int nodeSize)
    : m_coords(std::move(coords))
    , m_nodeSize(std::clamp(nodeSize, 2, 65535))
{
    m_ids.resize(m_coords.size() / 2);
    for (size_t i = 0; i < m_ids.size(); ++i)
        m_ids[i] = uint32_t(i);
    if (!m_ids.empty())
        sort(0, int64_t(m_ids.size()) - 1, 0);
}

void KdIndex::swapItem(int64_t i, int64_t j)
{
    std::swap(m_ids[size_t(i)], m_ids[size_t(j)]);
    std::swap(m_coords[size_t(2 * i)], m_coords[size_t(2 * j)]);
    std::swap(m_coords[size_t(2 * i + 1)], m_coords[size_t(2 * j + 1)]);
}

void KdIndex::sort(int64_t left, int64_t right, int axis)
{
    if (right - left <= m_nodeSize)
        return;
    const int64_t m = (left + right) >> 1;
    select(m, left, right, axis);
    sort(left, m - 1, 1 - axis);
    sort(m + 1, right, 1 - axis);
}

void KdIndex::select(int64_t k, int64_t left, int64_t right, int axis)
{
    // Floyd-Rivest selection, as kdbush does it (same swaps, so the same tree).
    while (right > left) {
        if (right - left > 600) {
            const double n = double(right - left + 1);
            const double m = double(k - left + 1);
            const double z = std::log(n);
            const double s = 0.5 * std::exp(2 * z / 3);
            const double sd = 0.5 * std::sqrt(z * s * (n - s) / n) * (m - n / 2 < 0 ? -1 : 1);
            const int64_t newLeft = std::max(left, int64_t(std::floor(double(k) - m * s / n + sd)));
            const int64_t newRight = std::min(right, int64_t(std::floor(double(k) + (n - m) * s / n + sd)));
            select(k, newLeft, newRight, axis);
        }
        const int32_t t = m_coords[size_t(2 * k + axis)];
        int64_t i = left;
        int64_t j = right;
        swapItem(left, k);
        if (m_coords[size_t(2 * right + axis)] > t)
            swapItem(left, right);
        while (i < j) {
            swapItem(i, j);
            ++i;
            --j;
            while (m_coords[size_t(2 * i + axis)] < t)
                ++i;
            while (m_coords[size_t(2 * j + axis)] > t)
                --j;
        }
        if (m_coords[size_t(2 * left + axis)] == t) {
            swapItem(left, j);
        } else {
            ++j;
            swapItem(j, right);
        }
        if (j <= k)
            left = j + 1;
        if (k <= j)
            right = j - 1;
    }
}

void KdIndex::range(double minX, double minY, double maxX, double maxY, std::vector<uint32_t> *out) const
{
    if (m_ids.empty())
        return;
    struct Frame
    {
        int64_t left, right;
        int axis;
    };
    Frame stack[96];
    int sp = 0;
    stack[sp++] = {0, int64_t(m_ids.size()) - 1, 0};
    while (sp > 0) {
        const Frame f = stack[--sp];
        if (f.right - f.left <= m_nodeSize) {
            for (int64_t i = f.left; i <= f.right; ++i) {
                const double x = m_coords[size_t(2 * i)], y = m_coords[size_t(2 * i + 1)];
                if (x >= minX && x <= maxX && y >= minY && y <= maxY)
                    out->push_back(m_ids[size_t(i)]);
            }
            continue;
        }
        const int64_t m = (f.left + f.right) >> 1;
        const double x = m_coords[size_t(2 * m)], y = m_coords[size_t(2 * m + 1)];
        if (x >= minX && x <= maxX && y >= minY && y <= maxY)
            out->push_back(m_ids[size_t(m)]);
        if (f.axis == 0 ? minX <= x : minY <= y)
            stack[sp++] = {f.left, m - 1, 1 - f.axis};
        if (f.axis == 0 ? maxX >= x : maxY >= y)
            stack[sp++] = {m + 1, f.right, 1 - f.axis};
    }
}

void KdIndex::within(double qx, double qy, double r, std::vector<uint32_t> *out) const
{
    if (m_ids.empty())
        return;
    struct Frame
    {
        int64_t left, right;
        int axis;
    };
    Frame stack[96];
    int sp = 0;
    stack[sp++] = {0, int64_t(m_ids.size()) - 1, 0};
    const double r2 = r * r;
    while (sp > 0) {
        const Frame f = stack[--sp];
        if (f.right - f.left <= m_nodeSize) {
            for (int64_t i = f.left; i <= f.right; ++i)
                if (sqDist(m_coords[size_t(2 * i)], m_coords[size_t(2 * i + 1)], qx, qy) <= r2)
                    out->push_back(m_ids[size_t(i)]);
            continue;
        }
        const int64_t m = (f.left + f.right) >> 1;
        const double x = m_coords[size_t(2 * m)], y = m_coords[size_t(2 * m + 1)];
        if (sqDist(x, y, qx, qy) <= r2)
            out->push_back(m_ids[size_t(m)]);
        if (f.axis == 0 ? qx - r <= x : qy - r <= y)
            stack[sp++] = {f.left, m - 1, 1 - f.axis};
        if (f.axis == 0 ? qx + r >= x : qy + r >= y)
            stack[sp++] = {m + 1, f.right, 1 - f.axis};
    }
}

ClusterIndex::ClusterIndex(ClusterOptions options)
    : m_options(options)
{
    m_options.maxZoom = std::min(m_options.maxZoom, 30);
    m_options.minZoom = std::min(m_options.minZoom, m_options.maxZoom);
}

namespace {
std::shared_ptr<KdIndex> makeTree(const std::vector<int32_t> &data, size_t items, int stride, int nodeSize)
{
    std::vector<int32_t> coords(items * 2);
    for (size_t i = 0; i < items; ++i) {
        coords[2 * i] = data[i * size_t(stride)];
        coords[2 * i + 1] = data[i * size_t(stride) + 1];
    }
    return std::make_shared<KdIndex>(std::move(coords), nodeSize);
}
} // namespace

void ClusterIndex::load(std::span<const double> lonLat)
{
    m_numPoints = lonLat.size() / 2;
    m_coords.resize(m_numPoints * 2);
    m_levels.assign(size_t(m_options.maxZoom) + 2, {});
    const int notProcessed = m_options.maxZoom + 1;
    Level &points = m_levels[size_t(m_options.maxZoom) + 1];
    points.data.resize(m_numPoints * kStride);
    for (size_t i = 0; i < m_numPoints; ++i) {
        const double px = mercator::x(lonLat[2 * i]);
        const double py = mercator::y(lonLat[2 * i + 1]);
        m_coords[2 * i] = px;
        m_coords[2 * i + 1] = py;
        int32_t *d = &points.data[i * kStride];
        d[0] = encode(px);
        d[1] = encode(py);
        d[kZoom] = notProcessed;
        d[kId] = int32_t(i);
        d[kParent] = -1;
        d[kNum] = 1;
    }
    points.tree = makeTree(points.data, m_numPoints, kStride, m_options.nodeSize);

    // Cluster at the highest zoom, then the result at the zoom below, and so on.
    for (int z = m_options.maxZoom; z >= m_options.minZoom; --z) {
        Level &above = m_levels[size_t(z) + 1];
        Level &level = m_levels[size_t(z)];
        std::vector<int32_t> out(above.data.size());
        const size_t written = cluster(above, z, out);
        if (written == above.tree->size()) {
            // No cluster formed: the same points in the same order: share the tree.
            out.resize(written * kStride);
            level.data = std::move(out);
            level.tree = above.tree;
        } else {
            out.resize(written * kStride);
            level.data = std::move(out);
            level.tree = makeTree(level.data, written, kStride, m_options.nodeSize);
        }
    }
}

size_t ClusterIndex::cluster(const Level &fromLevel, int zoom, std::vector<int32_t> &out)
{
    // The data of the zoom above is marked as it is visited (its zoom field), as supercluster does.
    auto &data = const_cast<std::vector<int32_t> &>(fromLevel.data);
    const KdIndex &tree = *fromLevel.tree;
    const double r = m_options.radius / (m_options.extent * double(int64_t(1) << zoom)) * kScale;
    const int notProcessed = m_options.maxZoom + 1;
    const size_t numItems = data.size() / kStride;
    std::vector<uint32_t> neighbours;
    size_t cursor = 0;
    for (size_t i = 0; i < numItems * kStride; i += kStride) {
        if (data[i + kZoom] <= zoom)
            continue;
        data[i + kZoom] = zoom;
        const double x = data[i];
        const double y = data[i + 1];
        neighbours.clear();
        tree.within(x, y, r, &neighbours);
        const int32_t numPointsOrigin = data[i + kNum];
        int64_t numPoints = numPointsOrigin;
        for (uint32_t n : neighbours) {
            const size_t k = size_t(n) * kStride;
            if (data[k + kZoom] > zoom)
                numPoints += data[k + kNum];
        }
        if (numPoints > numPointsOrigin && numPoints >= m_options.minPoints) {
            double wx = x * numPointsOrigin;
            double wy = y * numPointsOrigin;
            const int32_t id = int32_t(((i / kStride) << 5) + size_t(zoom + 1) + m_numPoints);
            for (uint32_t n : neighbours) {
                const size_t k = size_t(n) * kStride;
                if (data[k + kZoom] <= zoom)
                    continue;
                data[k + kZoom] = zoom;
                const int32_t numPoints2 = data[k + kNum];
                wx += double(data[k]) * numPoints2;
                wy += double(data[k + 1]) * numPoints2;
                data[k + kParent] = id;
            }
            data[i + kParent] = id;
            out[cursor] = int32_t(wx / double(numPoints));
            out[cursor + 1] = int32_t(wy / double(numPoints));
            out[cursor + kZoom] = notProcessed;
            out[cursor + kId] = id;
            out[cursor + kParent] = -1;
            out[cursor + kNum] = int32_t(numPoints);
            cursor += kStride;
        } else {
            for (int j = 0; j < kStride; ++j)
                out[cursor + size_t(j)] = data[i + size_t(j)];
            cursor += kStride;
            if (numPoints > 1) {
                for (uint32_t n : neighbours) {
                    const size_t k = size_t(n) * kStride;
                    if (data[k + kZoom] <= zoom)
                        continue;
                    data[k + kZoom] = zoom;
                    for (int j = 0; j < kStride; ++j)
                        out[cursor + size_t(j)] = data[k + size_t(j)];
                    cursor += kStride;
                }
            }
        }
    }
    return cursor / kStride;
}

int ClusterIndex::limitZoom(double z) const
{
    return std::max(m_options.minZoom, std::min(int(std::floor(z)), m_options.maxZoom + 1));
}

ClusterIndex::Item ClusterIndex::item(const std::vector<int32_t> &data, size_t k) const
{
    Item it;
    it.count = uint32_t(data[k + kNum]);
    it.id = uint32_t(data[k + kId]);
    if (it.count > 1) {
        it.longitude = mercator::longitude(decode(data[k]));
        it.latitude = mercator::latitude(decode(data[k + 1]));
    } else {
        it.longitude = mercator::longitude(m_coords[2 * it.id]);
        it.latitude = mercator::latitude(m_coords[2 * it.id + 1]);
    }
    return it;
}

std::vector<ClusterIndex::Item> ClusterIndex::clusters(double west, double south, double east, double north,
                                                       double zoom) const
{
    std::vector<Item> result;
    if (m_levels.empty())
        return result;
    double minLng = std::fmod(std::fmod(west + 180, 360) + 360, 360) - 180;
    const double minLat = std::clamp(south, -90.0, 90.0);
    double maxLng = east == 180 ? 180 : std::fmod(std::fmod(east + 180, 360) + 360, 360) - 180;
    const double maxLat = std::clamp(north, -90.0, 90.0);
    if (east - west >= 360) {
        minLng = -180;
        maxLng = 180;
    } else if (minLng > maxLng) {
        result = clusters(minLng, minLat, 180, maxLat, zoom);
        const auto western = clusters(-180, minLat, maxLng, maxLat, zoom);
        result.insert(result.end(), western.begin(), western.end());
        return result;
    }
    const Level &level = m_levels[size_t(limitZoom(zoom))];
    std::vector<uint32_t> ids;
    level.tree->range(encode(mercator::x(minLng)), encode(mercator::y(maxLat)), encode(mercator::x(maxLng)),
                      encode(mercator::y(minLat)), &ids);
    result.reserve(ids.size());
    for (uint32_t id : ids)
        result.push_back(item(level.data, size_t(id) * kStride));
    return result;
}

std::vector<ClusterIndex::Item> ClusterIndex::children(uint32_t clusterId) const
{
    std::vector<Item> out;
    if (!isCluster(clusterId))
        return out;
    const size_t originId = (clusterId - m_numPoints) >> 5;
    const int originZoom = int((clusterId - m_numPoints) % 32);
    if (originZoom >= int(m_levels.size()) || !m_levels[size_t(originZoom)].tree)
        return out;
    const Level &level = m_levels[size_t(originZoom)];
    if (originId >= level.tree->size())
        return out;
    const double r = m_options.radius / (m_options.extent * std::pow(2.0, originZoom - 1));
    const double x = level.data[originId * kStride];
    const double y = level.data[originId * kStride + 1];
    std::vector<uint32_t> ids;
    level.tree->within(x, y, r * kScale, &ids);
    for (uint32_t id : ids) {
        const size_t k = size_t(id) * kStride;
        if (level.data[k + kParent] == int32_t(clusterId))
            out.push_back(item(level.data, k));
    }
    return out;
}

size_t ClusterIndex::appendLeaves(std::vector<uint32_t> &result, uint32_t clusterId, size_t limit,
                                  size_t offset, size_t skipped) const
{
    for (const Item &child : children(clusterId)) {
        if (child.cluster()) {
            if (skipped + child.count <= offset)
                skipped += child.count;
            else
                skipped = appendLeaves(result, child.id, limit, offset, skipped);
        } else if (skipped < offset) {
            ++skipped;
        } else {
            result.push_back(child.id);
        }
        if (result.size() == limit)
            break;
    }
    return skipped;
}

std::vector<uint32_t> ClusterIndex::leaves(uint32_t clusterId, size_t limit, size_t offset) const
{
    std::vector<uint32_t> result;
    if (!isCluster(clusterId))
        return clusterId < m_numPoints ? std::vector<uint32_t>{clusterId} : result;
    appendLeaves(result, clusterId, limit, offset, 0);
    return result;
}

int ClusterIndex::expansionZoom(uint32_t clusterId) const
{
    int zoom = int((clusterId - m_numPoints) % 32) - 1;
    while (zoom <= m_options.maxZoom) {
        const auto kids = children(clusterId);
        ++zoom;
        if (kids.size() != 1)
            break;
        clusterId = kids.front().id;
        if (!isCluster(clusterId))
            break;
    }
    return zoom;
}

} // namespace lanterne::map
