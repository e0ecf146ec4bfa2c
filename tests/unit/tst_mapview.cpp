// SPDX-License-Identifier: GPL-3.0-or-later
// The map item's background (src/map/mapview.h) in a window: tiles from an HTTP tile server inside
// the test are drawn where they belong, a missing tile shows its loaded parent enlarged until it
// comes, unreachable tiles are said once and leave the outlines, and a bad setting is refused.
#include "map/mapview.h"
#include "tileserver.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lanterne::map;
using lanterne::test::TileServer;
using namespace Qt::StringLiterals;

namespace {

/** An outline source: one square commune around Pantin; and three tickets, two of them close. */
class Outlines : public MapSource
{
public:
    QList<MapOutline> outlines() const override
    {
        return {{u"Pantin"_s,
                 {{2.38, 48.88}, {2.43, 48.88}, {2.43, 48.91}, {2.38, 48.91}},
                 true,
                 {2.405, 48.895}}};
    }
    std::shared_ptr<const MapMarkers> markers() const override { return m_markers; }
    void setTickets(bool on)
    {
        if (!on) {
            m_markers.reset();
        } else {
            auto m = std::make_shared<MapMarkers>();
            const std::vector<double> pts{2.390, 48.900, 2.4201, 48.8851, 2.4202, 48.8852};
            m->index.load(pts);
            m->ids = {u"a"_s, u"b"_s, u"c"_s};
            m->statusClass = {MapMarkers::Open, MapMarkers::Fixed, MapMarkers::Fixed};
            m->category = {0, 0, 0};
            m->categories = {u"lampadaire"_s};
            for (uint32_t i = 0; i < 3; ++i)
                m->indexOf.insert(m->ids[i], i);
            m_markers = m;
        }
        Q_EMIT markersChanged();
    }

private:
    std::shared_ptr<const MapMarkers> m_markers;
};

bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 &&
           std::abs(a.blue() - b.blue()) < 12;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tilesAreDrawn();
    void parentTileWhileLoading();
    void unreachableTilesAreSaidOnce();
    void badSettingIsRefused();
    void markersAreDrawn();

private:
    QImage grab() { return m_window->grabWindow(); }
    void show(const QString &urlTemplate, double zoom);

    TileServer m_server;
    QTemporaryDir m_cache;
    std::unique_ptr<QQuickWindow> m_window;
    MapView *m_map = nullptr;
    Outlines m_outlines;
};

void TestMapView::init()
{
    m_window = std::make_unique<QQuickWindow>();
    m_window->resize(600, 400);
    m_map = new MapView(m_window->contentItem());
    m_map->setSize(QSizeF(600, 400));
    m_map->setTileCache(m_cache.filePath(QString::number(QDateTime::currentMSecsSinceEpoch())), 8 << 20);
    m_map->setSource(&m_outlines);
    m_map->setCenter(QGeoCoordinate(48.895, 2.405));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMapView::cleanup()
{
    m_map = nullptr;
    m_window.reset();
}

void TestMapView::show(const QString &urlTemplate, double zoom)
{
    m_map->setZoomLevel(zoom);
    m_map->setTileSource({{u"id"_s, u"custom"_s},
                          {u"url"_s, m_server.base() + urlTemplate},
                          {u"attribution"_s, u"© essai"_s}});
}

void TestMapView::tilesAreDrawn()
{
    // No tiles: the commune is drawn, filled, on the plain background (away from its name).
    m_map->setTileSource({{u"id"_s, u"none"_s}});
    m_map->setZoomLevel(14);
    QTRY_VERIFY(near(grab().pixelColor(150, 100), QColor(0xfb, 0xfb, 0xf8)));
    show(u"/ok/{z}/{x}/{y}.png"_s, 14);
    QCOMPARE(m_map->attribution(), u"© essai"_s);
    // The view (plus half a screen around) is covered; zoom 14 tiles are green.
    QTRY_VERIFY_WITH_TIMEOUT(m_map->tilesShown() >= 6, 10000);
    QTRY_VERIFY(near(grab().pixelColor(150, 100), TileServer::kEven));
    QTRY_VERIFY(near(grab().pixelColor(20, 20), TileServer::kEven));
    QVERIFY(m_map->tileProblem().isEmpty());
    // Another zoom: its own tiles (blue at odd zooms), set by difference.
    m_map->setZoomLevel(15);
    QTRY_VERIFY_WITH_TIMEOUT(near(grab().pixelColor(150, 100), TileServer::kOdd), 10000);
}

void TestMapView::parentTileWhileLoading()
{
    show(u"/slow/{z}/{x}/{y}.png"_s, 14);
    QTRY_VERIFY_WITH_TIMEOUT(m_map->tilesShown() >= 6, 15000);
    QTRY_VERIFY(near(grab().pixelColor(150, 100), TileServer::kEven));
    // Zoomed in: while the zoom 15 tiles are on their way (1.5 s), the zoom 14 ones, enlarged.
    m_map->setZoomLevel(15);
    QTRY_COMPARE_WITH_TIMEOUT(m_map->tilesShown(), 0, 1000); // laid out again, none of its own yet
    QTRY_VERIFY(near(grab().pixelColor(150, 100), TileServer::kEven));
    QTRY_VERIFY_WITH_TIMEOUT(near(grab().pixelColor(150, 100), TileServer::kOdd), 15000);
}

void TestMapView::unreachableTilesAreSaidOnce()
{
    QSignalSpy said(m_map, &MapView::tileProblemChanged);
    show(u"/missing/{z}/{x}/{y}.png"_s, 14);
    QTRY_VERIFY_WITH_TIMEOUT(!m_map->tileProblem().isEmpty(), 10000);
    QVERIFY2(m_map->tileProblem().contains(u"404"_s), qPrintable(m_map->tileProblem()));
    QTest::qWait(500);
    QCOMPARE(said.size(), 1); // once, not once per tile
    // The map still shows the commune.
    QVERIFY(near(grab().pixelColor(150, 100), QColor(0xfb, 0xfb, 0xf8)));
    // Garbage is no better, and breaks nothing.
    show(u"/garbage/{z}/{x}/{y}.png"_s, 14);
    QTRY_VERIFY_WITH_TIMEOUT(!m_map->tileProblem().isEmpty(), 10000);
    QCOMPARE(m_map->tilesShown(), 0);
}

void TestMapView::badSettingIsRefused()
{
    m_map->setTileSource({{u"id"_s, u"custom"_s}, {u"url"_s, u"not a template"_s}});
    QVERIFY(m_map->tileProblem().contains(u"{z}"_s));
    QCOMPARE(m_map->tileSource().value(u"id"_s).toString(), u"ign"_s); // the default instead
}

void TestMapView::markersAreDrawn()
{
    // The same pixels in the software scene graph (offscreen) and the OpenGL one (under Xvfb):
    // this test runs in both (ctest: tst_mapview and tst_mapview_opengl).
    m_map->setTileSource({{u"id"_s, u"none"_s}});
    m_map->setZoomLevel(14);
    m_outlines.setTickets(true);
    QTRY_COMPARE(m_map->markerCount(), 2); // the lone ticket, and a cluster of the two close ones
    const QPointF lone = m_map->fromCoordinate(QGeoCoordinate(48.900, 2.390));
    const QPointF pair = m_map->fromCoordinate(QGeoCoordinate(48.88515, 2.42015));
    // The lone open ticket: blue; the cluster: its blue, with its count in white at the centre.
    QTRY_VERIFY(near(grab().pixelColor(lone.toPoint()), QColor(0x15, 0x65, 0xc0)));
    QTRY_VERIFY(near(grab().pixelColor(pair.toPoint() + QPoint(0, -9)), QColor(0x4a, 0x78, 0xb0)));
    QCOMPARE(m_map->itemAt(pair).value(u"count"_s).toInt(), 2);
    // Zoomed in past clustering: both fixed tickets, green, each on its own.
    m_map->setZoomLevel(19);
    m_map->setCenter(QGeoCoordinate(48.88515, 2.42015));
    const QPointF b = m_map->fromCoordinate(QGeoCoordinate(48.8851, 2.4201));
    QTRY_COMPARE(m_map->itemAt(b).value(u"ticket"_s).toString(), u"b"_s);
    QCOMPARE(m_map->markerCount(), 2);
    // Close up: the category's colour inside, the status (fixed: green) as its ring.
    QTRY_VERIFY(near(grab().pixelColor(b.toPoint()), QColor(0x60, 0x7d, 0x8b)));
    QVERIFY(near(grab().pixelColor((b + QPointF(0, -13)).toPoint()), QColor(0x2e, 0x7d, 0x32)));
    // The heat map instead of the markers: colour where the tickets are, none far from them.
    m_map->setZoomLevel(14);
    m_map->setCenter(QGeoCoordinate(48.895, 2.405));
    m_map->setHeatMap(true);
    QTRY_COMPARE(m_map->markerCount(), 0);
    const QPointF hot = m_map->fromCoordinate(QGeoCoordinate(48.88515, 2.42015));
    QTRY_VERIFY(!near(grab().pixelColor(hot.toPoint()), QColor(0xfb, 0xfb, 0xf8)));
    QVERIFY(near(grab().pixelColor(150, 300), QColor(0xfb, 0xfb, 0xf8)));
    m_map->setHeatMap(false);
    QTRY_COMPARE(m_map->markerCount(), 2);
    m_outlines.setTickets(false);
    QTRY_COMPARE(m_map->markerCount(), 0);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
