// SPDX-License-Identifier: GPL-3.0-or-later
// Tiles for the map (src/map/tileloader.h), from an HTTP tile server inside the test (tiles, 404s,
// garbage bytes, slow replies) and from an MBTiles file: every request answered once, garbage
// and errors fail without breaking anything, the app's User-Agent, the disk cache and its minimum
// keeping time, MBTiles' row flip; and the tile URL templates.
#include "map/tileloader.h"

#include <QBuffer>
#include <QNetworkDiskCache>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lanterne::map;
using namespace Qt::StringLiterals;

#include "tileserver.h"

namespace {
using lanterne::test::png;
using lanterne::test::TileServer;
} // namespace

class TestTileLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlTemplates();
    void sourcesFromSettings();
    void httpTilesErrorsAndGarbage();
    void cacheKeepsTilesTheMinimumTime();
    void mbtiles();
    void noneAndOutOfRange();

private:
    QTemporaryDir m_dir;
};

void TestTileLoader::urlTemplates()
{
    const TileSource ign = TileSource::planIgn();
    const QString u = ign.tileUrl({16, 33205, 22535}).toString();
    QVERIFY(u.startsWith("https://data.geopf.fr/wmts?"_L1));
    QVERIFY(u.contains("TILEMATRIX=16&TILEROW=22535&TILECOL=33205"_L1));
    QVERIFY(u.contains("LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2"_L1));
    QCOMPARE(ign.attribution, u"© IGN"_s);
    QCOMPARE(TileSource::openStreetMap().tileUrl({3, 4, 2}).toString(),
             u"https://tile.openstreetmap.org/3/4/2.png"_s);
    QVERIFY(TileSource::openStreetMap().minimumCacheSeconds >= 7 * 24 * 3600);
    QVERIFY(TileSource::openStreetMap().attribution.contains("OpenStreetMap"_L1));
    // {-y}: rows counted from the south (TMS servers).
    QCOMPARE(TileSource::custom(u"https://t.example.org/{z}/{x}/{-y}.png"_s).tileUrl({2, 1, 0}).toString(),
             u"https://t.example.org/2/1/3.png"_s);
}

void TestTileLoader::sourcesFromSettings()
{
    QString error;
    QCOMPARE(TileSource::fromMap({}, &error).id, u"ign"_s);
    QCOMPARE(TileSource::fromMap({{u"id"_s, u"osm"_s}}).id, u"osm"_s);
    QVERIFY(TileSource::fromMap({{u"id"_s, u"none"_s}}).isNone());
    const TileSource c =
        TileSource::fromMap({{u"id"_s, u"custom"_s}, {u"url"_s, u"https://a.b/{z}/{x}/{y}.png"_s}}, &error);
    QCOMPARE(c.id, u"custom"_s);
    QVERIFY(error.isEmpty());
    QCOMPARE(TileSource::fromMap(c.toMap()), c);
    // Bad settings: a clear error, and the default instead.
    for (const QVariantMap &bad :
         {QVariantMap{{u"id"_s, u"custom"_s}, {u"url"_s, u"ftp://a.b/{z}/{x}/{y}"_s}},
          QVariantMap{{u"id"_s, u"custom"_s}, {u"url"_s, u"https://a.b/tile.png"_s}},
          QVariantMap{{u"id"_s, u"mbtiles"_s}, {u"path"_s, u"/no/such/file.mbtiles"_s}},
          QVariantMap{{u"id"_s, u"plan-b"_s}}}) {
        error.clear();
        QCOMPARE(TileSource::fromMap(bad, &error).id, u"ign"_s);
        QVERIFY2(!error.isEmpty(), qPrintable(bad.value(u"id"_s).toString()));
    }
}

void TestTileLoader::httpTilesErrorsAndGarbage()
{
    TileServer server;
    TileLoader loader;
    loader.setCache(m_dir.filePath(u"cache1"_s), 10 << 20);
    QSignalSpy loaded(&loader, &TileLoader::tileLoaded);
    QSignalSpy failed(&loader, &TileLoader::tileFailed);
    for (const QString &kind : {u"ok"_s, u"missing"_s, u"garbage"_s, u"slow"_s}) {
        loader.setSource(TileSource::custom(server.base() + u"/"_s + kind + u"/{z}/{x}/{y}.png"_s));
        loader.request({5, 16, 11});
        loader.request({5, 16, 11}); // asked twice while under way: one request, one answer
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(),
                                  kind == "ok"_L1        ? 1
                                  : kind == "missing"_L1 ? 2
                                  : kind == "garbage"_L1 ? 3
                                                         : 4,
                                  10000);
    }
    QCOMPARE(loaded.size(), 2); // ok and slow
    QCOMPARE(failed.size(), 2); // missing and garbage
    QCOMPARE(loaded.first().at(0).value<TileId>(), (TileId{5, 16, 11}));
    QCOMPARE(loaded.first().at(1).value<QImage>().size(), QSize(256, 256));
    QVERIFY2(failed.at(0).at(1).toString().contains("404"_L1), qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(failed.at(1).at(1).toString().contains("image"_L1));
    QVERIFY(server.lastUserAgent.startsWith("Lanterne/"));
    QCOMPARE(loader.pending(), 0);
}

void TestTileLoader::cacheKeepsTilesTheMinimumTime()
{
    TileServer server;
    TileLoader loader;
    const QString dir = m_dir.filePath(u"cache2"_s);
    loader.setCache(dir, 10 << 20);
    TileSource s = TileSource::custom(server.base() + u"/ok/{z}/{x}/{y}.png"_s);
    s.minimumCacheSeconds = 7 * 24 * 3600;
    loader.setSource(s);
    QSignalSpy loaded(&loader, &TileLoader::tileLoaded);
    loader.request({3, 4, 2});
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(server.hits, 1);
    QVERIFY(loader.cacheSize() > 0);
    // The server said 60 s; the source keeps it a week.
    QNetworkDiskCache probe;
    probe.setCacheDirectory(dir);
    const QNetworkCacheMetaData md = probe.metaData(s.tileUrl({3, 4, 2}));
    QVERIFY(md.isValid());
    QVERIFY(md.expirationDate() > QDateTime::currentDateTimeUtc().addDays(6));
    // Asked again: from the disk, not the network.
    loader.request({3, 4, 2});
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(server.hits, 1);
}

void TestTileLoader::mbtiles()
{
    const QString path = m_dir.filePath(u"city.mbtiles"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make-mbtiles"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            u"CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data "
            "BLOB)"_s));
        // Zoom 1: the north-western tile (XYZ y 0) is TMS row 1.
        q.prepare(u"INSERT INTO tiles VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(1);
        q.addBindValue(0);
        q.addBindValue(1);
        q.addBindValue(png(Qt::red));
        QVERIFY(q.exec());
        q.addBindValue(1);
        q.addBindValue(1);
        q.addBindValue(1);
        q.addBindValue(QByteArray("garbage"));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"make-mbtiles"_s);
    TileLoader loader;
    loader.setSource(TileSource::mbtiles(path));
    QSignalSpy loaded(&loader, &TileLoader::tileLoaded);
    QSignalSpy failed(&loader, &TileLoader::tileFailed);
    loader.request({1, 0, 0});
    loader.request({1, 0, 1}); // absent
    loader.request({1, 1, 0}); // not an image
    QTRY_COMPARE(loaded.size() + failed.size(), 3);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(0).value<TileId>(), (TileId{1, 0, 0}));
    QCOMPARE(loaded.first().at(1).value<QImage>().pixelColor(10, 10), QColor(Qt::red));
    // A file that is not there: each tile fails with the reason.
    TileLoader broken;
    TileSource gone = TileSource::mbtiles(m_dir.filePath(u"gone.mbtiles"_s));
    broken.setSource(gone);
    QSignalSpy brokenFailed(&broken, &TileLoader::tileFailed);
    broken.request({1, 0, 0});
    QTRY_COMPARE(brokenFailed.size(), 1);
}

void TestTileLoader::noneAndOutOfRange()
{
    TileLoader loader;
    loader.setSource(TileSource::none());
    QSignalSpy failed(&loader, &TileLoader::tileFailed);
    loader.request({3, 1, 1});
    QTRY_COMPARE(failed.size(), 1);
    loader.setSource(TileSource::openStreetMap());
    loader.request({20, 1, 1}); // beyond the source's last zoom
    loader.request({3, 99, 1}); // not a tile
    QTRY_COMPARE(failed.size(), 3);
}

QTEST_MAIN(TestTileLoader)
#include "tst_tileloader.moc"
