// SPDX-License-Identifier: GPL-3.0-or-later
// Clustering of tickets on the map (src/map/clusterindex.h): every ticket counted exactly once at
// every zoom, the same clusters as a brute-force reference and as supercluster itself (a fixture
// it computed), children, leaves and expansion zooms that agree, boxes across the antimeridian.
#include "map/clusterindex.h"
#include "map/webmercator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <set>

using namespace lanterne::map;
using namespace Qt::StringLiterals;

namespace {

std::vector<double> randomPoints(int n, quint32 seed, double lon0 = 2.38, double lat0 = 48.88,
                                 double span = 0.05)
{
    QRandomGenerator rng(seed);
    std::vector<double> p;
    for (int i = 0; i < n; ++i) {
        p.push_back(lon0 + rng.generateDouble() * span);
        p.push_back(lat0 + rng.generateDouble() * span * 0.6);
    }
    return p;
}

struct Ref
{
    double x, y;
    int64_t count;
    bool operator<(const Ref &o) const { return std::tie(x, y, count) < std::tie(o.x, o.y, o.count); }
};

/**
 * The greedy algorithm written plainly: O(n²) neighbour search on the same integer coordinates,
 * no tree. With minPoints = 2 the result does not depend on the order neighbours are found in.
 */
std::vector<std::set<Ref>> bruteForce(const std::vector<double> &lonLat, const ClusterOptions &o)
{
    struct P
    {
        int32_t x, y;
        int64_t n;
        int zoom;
    };
    std::vector<P> pts;
    for (size_t i = 0; i < lonLat.size() / 2; ++i)
        pts.push_back({int32_t((mercator::x(lonLat[2 * i]) - 0.5) * 1073741824.0),
                       int32_t((mercator::y(lonLat[2 * i + 1]) - 0.5) * 1073741824.0), 1, o.maxZoom + 1});
    std::vector<std::set<Ref>> byZoom(size_t(o.maxZoom) + 2);
    auto record = [&](int z) {
        for (const P &p : pts)
            byZoom[size_t(z)].insert({double(p.x), double(p.y), p.n});
    };
    record(o.maxZoom + 1);
    for (int z = o.maxZoom; z >= o.minZoom; --z) {
        const double r = o.radius / (o.extent * double(int64_t(1) << z)) * 1073741824.0;
        std::vector<P> next;
        for (size_t i = 0; i < pts.size(); ++i) {
            if (pts[i].zoom <= z)
                continue;
            pts[i].zoom = z;
            std::vector<size_t> near;
            for (size_t j = 0; j < pts.size(); ++j) {
                const double dx = double(pts[j].x) - pts[i].x, dy = double(pts[j].y) - pts[i].y;
                if (j != i && dx * dx + dy * dy <= r * r)
                    near.push_back(j);
            }
            int64_t n = pts[i].n;
            for (size_t j : near)
                if (pts[j].zoom > z)
                    n += pts[j].n;
            if (n > pts[i].n && n >= o.minPoints) {
                double wx = double(pts[i].x) * double(pts[i].n), wy = double(pts[i].y) * double(pts[i].n);
                for (size_t j : near) {
                    if (pts[j].zoom <= z)
                        continue;
                    pts[j].zoom = z;
                    wx += double(pts[j].x) * double(pts[j].n);
                    wy += double(pts[j].y) * double(pts[j].n);
                }
                next.push_back({int32_t(wx / double(n)), int32_t(wy / double(n)), n, o.maxZoom + 1});
            } else {
                next.push_back({pts[i].x, pts[i].y, pts[i].n, z});
            }
        }
        pts = next;
        record(z);
    }
    return byZoom;
}

std::set<Ref> ours(const ClusterIndex &index, int z)
{
    std::set<Ref> out;
    for (const auto &c : index.clusters(-180, -90, 180, 90, z))
        out.insert({double(int32_t((mercator::x(c.longitude) - 0.5) * 1073741824.0)),
                    double(int32_t((mercator::y(c.latitude) - 0.5) * 1073741824.0)), c.count});
    return out;
}

} // namespace

class TestClusterIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPointOnceAtEveryZoom();
    void sameAsBruteForce_data();
    void sameAsBruteForce();
    void sameAsSupercluster();
    void childrenLeavesAndExpansion();
    void antimeridian();
    void emptyAndSingle();
    void moreMinPoints();
};

void TestClusterIndex::everyPointOnceAtEveryZoom()
{
    const auto pts = randomPoints(5000, 7);
    ClusterIndex index;
    index.load(pts);
    QCOMPARE(index.pointCount(), size_t(5000));
    for (int z = 0; z <= 17; ++z) {
        const auto items = index.clusters(-180, -85, 180, 85, z);
        std::vector<int> seen(5000, 0);
        for (const auto &c : items)
            for (uint32_t leaf : index.leaves(c.id))
                ++seen[leaf];
        for (int s : seen)
            QCOMPARE(s, 1);
        uint64_t total = 0;
        for (const auto &c : items)
            total += c.count;
        QCOMPARE(total, uint64_t(5000));
    }
    // Above maxZoom every point stands alone, where it is.
    const auto top = index.clusters(-180, -85, 180, 85, 20);
    QCOMPARE(top.size(), size_t(5000));
    for (const auto &c : top) {
        QCOMPARE(c.count, 1u);
        QVERIFY(qAbs(c.longitude - pts[2 * c.id]) < 1e-9);
        QVERIFY(qAbs(c.latitude - pts[2 * c.id + 1]) < 1e-9);
    }
}

void TestClusterIndex::sameAsBruteForce_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("radius");
    QTest::addColumn<int>("nodeSize");
    QTest::newRow("300 r40") << 300 << 40.0 << 64;
    QTest::newRow("800 r60 small nodes") << 800 << 60.0 << 4;
    QTest::newRow("1500 r20") << 1500 << 20.0 << 16;
}

void TestClusterIndex::sameAsBruteForce()
{
    QFETCH(int, n);
    QFETCH(double, radius);
    QFETCH(int, nodeSize);
    const auto pts = randomPoints(n, quint32(n));
    ClusterOptions o;
    o.radius = radius;
    o.nodeSize = nodeSize;
    ClusterIndex index(o);
    index.load(pts);
    const auto ref = bruteForce(pts, o);
    for (int z = o.minZoom; z <= o.maxZoom + 1; ++z) {
        const auto mine = ours(index, z);
        QVERIFY2(mine.size() == ref[size_t(z)].size(),
                 qPrintable(u"zoom %1: %2 vs %3"_s.arg(z).arg(mine.size()).arg(ref[size_t(z)].size())));
        // Same clusters (integer centres, counts); single points compared after a round trip.
        size_t differ = 0;
        auto a = mine.begin();
        auto b = ref[size_t(z)].begin();
        for (; a != mine.end(); ++a, ++b)
            differ += a->count != b->count || qAbs(a->x - b->x) > 1 || qAbs(a->y - b->y) > 1;
        QVERIFY2(differ == 0, qPrintable(u"zoom %1: %2 clusters differ"_s.arg(z).arg(differ)));
    }
}

void TestClusterIndex::sameAsSupercluster()
{
    QFile f(QStringLiteral(LANTERNE_TEST_DATA "/supercluster_fixture.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QJsonObject fixture = QJsonDocument::fromJson(f.readAll()).object();
    std::vector<double> pts;
    for (const QJsonValue &p : fixture.value("points"_L1).toArray()) {
        pts.push_back(p.toArray()[0].toDouble());
        pts.push_back(p.toArray()[1].toDouble());
    }
    ClusterOptions o;
    o.radius = fixture.value("options"_L1).toObject().value("radius"_L1).toDouble();
    o.maxZoom = fixture.value("options"_L1).toObject().value("maxZoom"_L1).toInt();
    ClusterIndex index(o);
    index.load(pts);
    const QJsonObject zooms = fixture.value("zooms"_L1).toObject();
    for (auto it = zooms.begin(); it != zooms.end(); ++it) {
        const int z = it.key().toInt();
        const QJsonArray expected = it.value().toArray();
        auto mine = index.clusters(-180, -85, 180, 85, z);
        QCOMPARE(qsizetype(mine.size()), expected.size());
        // Same order as supercluster (the same tree, walked the same way), same ids and places.
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonArray e = expected[i].toArray();
            const auto &c = mine[size_t(i)];
            QCOMPARE(qint64(c.count), e[2].toInteger());
            if (c.cluster())
                QCOMPARE(qint64(c.id), e[3].toInteger());
            QVERIFY2(qAbs(c.longitude - e[0].toDouble()) < 1e-9 && qAbs(c.latitude - e[1].toDouble()) < 1e-9,
                     qPrintable(u"zoom %1 item %2"_s.arg(z).arg(i)));
        }
    }
    QCOMPARE(qsizetype(index.clusters(179, -18, -179, -16, 6).size()),
             fixture.value("antimeridianBoxZ6"_L1).toInteger());
}

void TestClusterIndex::childrenLeavesAndExpansion()
{
    const auto pts = randomPoints(3000, 99);
    ClusterIndex index;
    index.load(pts);
    int checked = 0;
    for (int z = 0; z <= 15; ++z) {
        for (const auto &c : index.clusters(-180, -85, 180, 85, z)) {
            if (!c.cluster())
                continue;
            QVERIFY(index.isCluster(c.id));
            const auto kids = index.children(c.id);
            QVERIFY(!kids.empty());
            uint64_t sum = 0;
            for (const auto &k : kids)
                sum += k.count;
            QCOMPARE(sum, uint64_t(c.count));
            QCOMPARE(index.leaves(c.id).size(), size_t(c.count));
            // Paging through the leaves gives each once.
            std::set<uint32_t> paged;
            for (size_t off = 0; off < c.count; off += 7)
                for (uint32_t l : index.leaves(c.id, 7, off))
                    QVERIFY(paged.insert(l).second);
            QCOMPARE(paged.size(), size_t(c.count));
            // At its expansion zoom the cluster's points no longer form a single cluster.
            const int ez = index.expansionZoom(c.id);
            QVERIFY(ez > z);
            if (ez <= index.options().maxZoom) {
                const std::set<uint32_t> mine(paged.begin(), paged.end());
                int parts = 0;
                for (const auto &d : index.clusters(-180, -85, 180, 85, ez)) {
                    const auto l = index.leaves(d.id);
                    if (!l.empty() && mine.count(l.front()))
                        ++parts;
                }
                QVERIFY2(parts > 1,
                         qPrintable(u"cluster %1 at zoom %2 expands at %3"_s.arg(c.id).arg(z).arg(ez)));
            }
            if (++checked > 200)
                return;
        }
    }
}

void TestClusterIndex::antimeridian()
{
    // Points on both sides of 180°.
    std::vector<double> pts{179.9, -17.0, -179.9, -17.0, 179.95, -17.1, -179.95, -17.1, 10, 10};
    ClusterIndex index;
    index.load(pts);
    const auto box = index.clusters(179.5, -18, -179.5, -16, 16);
    QCOMPARE(box.size(), size_t(4)); // the four, not the one at 10°E
    const auto east = index.clusters(179.5, -18, 180, -16, 16);
    QCOMPARE(east.size(), size_t(2));
    QCOMPARE(index.clusters(-540, -90, 540, 90, 16).size(), size_t(5)); // more than the world
    QCOMPARE(mercator::wrapLongitude(190), -170.0);
    QCOMPARE(mercator::wrapLongitude(-190), 170.0);
}

void TestClusterIndex::emptyAndSingle()
{
    ClusterIndex empty;
    empty.load({});
    QVERIFY(empty.clusters(-180, -90, 180, 90, 5).empty());
    QVERIFY(empty.children(12345).empty());
    QVERIFY(empty.leaves(12345).empty());
    ClusterIndex one;
    const std::vector<double> p{2.4, 48.9};
    one.load(p);
    for (int z = 0; z <= 20; ++z)
        QCOMPARE(one.clusters(-180, -90, 180, 90, z).size(), size_t(1));
    QVERIFY(one.children(0).empty()); // a point has no children
}

void TestClusterIndex::moreMinPoints()
{
    const auto pts = randomPoints(2000, 3);
    ClusterOptions o;
    o.minPoints = 5;
    ClusterIndex index(o);
    index.load(pts);
    for (int z = 0; z <= 17; ++z) {
        uint64_t total = 0;
        for (const auto &c : index.clusters(-180, -85, 180, 85, z)) {
            total += c.count;
            QVERIFY(c.count == 1 || c.count >= 5);
        }
        QCOMPARE(total, uint64_t(2000));
    }
}

QTEST_GUILESS_MAIN(TestClusterIndex)
#include "tst_clusterindex.moc"
