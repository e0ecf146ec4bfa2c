// SPDX-License-Identifier: GPL-3.0-or-later
// Web Mercator and tile arithmetic (src/map/webmercator.h): known values, round trips, zoom
// bounds, the antimeridian, MBTiles' row flip, the tiles covering a view.
#include "map/webmercator.h"

#include <QTest>

using namespace lanterne::map;

class TestWebMercator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues()
    {
        QCOMPARE(mercator::x(0), 0.5);
        QCOMPARE(mercator::y(0), 0.5);
        QCOMPARE(mercator::x(-180), 0.0);
        QCOMPARE(mercator::x(180), 1.0);
        QVERIFY(qAbs(mercator::y(mercator::kMaxLatitude)) < 1e-12);
        QVERIFY(qAbs(mercator::y(-mercator::kMaxLatitude) - 1) < 1e-12);
        // Beyond the square the map shows, y is clamped (the poles are not on a web map).
        QCOMPARE(mercator::y(89.9), 0.0);
        QCOMPARE(mercator::y(-90), 1.0);
        // Pantin's town hall at zoom 16: tile 33205/22535 (the OSM wiki's formula, computed apart).
        const double lon = 2.4022, lat = 48.8944;
        QCOMPARE(int(mercator::x(lon) * (1 << 16)), 33205);
        QCOMPARE(int(mercator::y(lat) * (1 << 16)), 22535);
        // 156,543 m per pixel at the equator at zoom 0; half at zoom 1; cos(lat) further north.
        QVERIFY(qAbs(mercator::metresPerPixel(0, 0) - 156543.03392804097) < 1e-6);
        QVERIFY(qAbs(mercator::metresPerPixel(0, 1) - 78271.51696402048) < 1e-6);
        QVERIFY(qAbs(mercator::metresPerPixel(60, 0) - 78271.51696402048) < 1e-6);
    }

    void roundTrips()
    {
        for (double lat = -85; lat <= 85; lat += 0.37)
            QVERIFY2(qAbs(mercator::latitude(mercator::y(lat)) - lat) < 1e-9,
                     qPrintable(QString::number(lat)));
        for (double lon = -180; lon <= 180; lon += 0.91)
            QVERIFY(qAbs(mercator::longitude(mercator::x(lon)) - lon) < 1e-9);
    }

    void antimeridian()
    {
        QCOMPARE(mercator::wrapLongitude(180), -180.0);
        QCOMPARE(mercator::wrapLongitude(181), -179.0);
        QCOMPARE(mercator::wrapLongitude(-181), 179.0);
        QCOMPARE(mercator::wrapLongitude(720 + 2.4), 2.4);
        // A view across the antimeridian: tiles east of the last column wrap to the first.
        const TileRange r = TileRange::covering(QRectF(0.99, 0.4, 0.03, 0.05), 4);
        QCOMPARE(r.x0, 15);
        QCOMPARE(r.x1, 16);
        QCOMPARE((TileId{4, 16, 6}.wrapped()), (TileId{4, 0, 6}));
        QCOMPARE((TileId{4, -1, 6}.wrapped()), (TileId{4, 15, 6}));
        QVERIFY(!(TileId{4, 16, 6}.valid()));
        QVERIFY((TileId{4, 16, 6}.wrapped().valid()));
    }

    void zoomBounds()
    {
        QVERIFY((TileId{0, 0, 0}.valid()));
        QVERIFY(!(TileId{0, 1, 0}.valid()));
        QVERIFY(!(TileId{-1, 0, 0}.valid()));
        QVERIFY(!(TileId{23, 0, 0}.valid()));
        QVERIFY((TileId{22, (1 << 22) - 1, (1 << 22) - 1}.valid()));
        QCOMPARE((TileId{0, 0, 0}.parent()), (TileId{0, 0, 0}));
        QCOMPARE((TileId{5, 11, 21}.parent()), (TileId{4, 5, 10}));
        // Rows are clamped to the world (no tile above the north edge or below the south one).
        const TileRange r = TileRange::covering(QRectF(0.2, -0.5, 0.1, 2.0), 3, 1);
        QCOMPARE(r.y0, 0);
        QCOMPARE(r.y1, 7);
        QCOMPARE(r.x0, 0); // floor(0.2 * 8) - 1
        QCOMPARE(r.x1, 3); // ceil(0.3 * 8) - 1 + 1
    }

    void mbtilesRowFlip()
    {
        // MBTiles (TMS) counts rows from the south: row 0 of zoom 1 is the southern half.
        QCOMPARE((TileId{1, 0, 0}.tmsRow()), 1);
        QCOMPARE((TileId{1, 0, 1}.tmsRow()), 0);
        QCOMPARE((TileId{16, 33205, 22535}.tmsRow()), (1 << 16) - 1 - 22535);
        for (int z = 0; z < 10; ++z)
            for (int y = 0; y < (1 << z); y += 3)
                QCOMPARE(TileId::fromTms(z, 1, TileId{z, 1, y}.tmsRow()).y, y);
    }

    void coveringAView()
    {
        // A 1280 × 720 view of Pantin at zoom 15 (256-pixel tiles): 6 × 4 tiles at most, plus a ring.
        const double z = 15, size = mercator::worldSize(z);
        const QPointF c = mercator::world(2.405, 48.895);
        const QRectF view(c.x() - 640 / size, c.y() - 360 / size, 1280 / size, 720 / size);
        const TileRange r = TileRange::covering(view, 15);
        QVERIFY(r.count() >= 24 && r.count() <= 6 * 4);
        QVERIFY(r.contains(TileId{15, int(c.x() * (1 << 15)), int(c.y() * (1 << 15))}));
        const TileRange ring = TileRange::covering(view, 15, 1);
        QCOMPARE(ring.count(), (r.x1 - r.x0 + 3) * (r.y1 - r.y0 + 3));
        // Every tile of the view's rectangle is in the range.
        const QRectF tile = (TileId{15, r.x0, r.y0}).worldRect();
        QVERIFY(tile.intersects(view));
    }
};

QTEST_GUILESS_MAIN(TestWebMercator)
#include "tst_webmercator.moc"
