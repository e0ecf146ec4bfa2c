// SPDX-License-Identifier: GPL-3.0-or-later
// Frame times of the map while it pans and zooms: MapView with the demo city's tickets
// clustered, against a naive layer of one QML item per ticket, in the same run, under Xvfb
// (OpenGL, llvmpipe). Prints medians and 95th percentiles.
//
//   xvfb-run -a bench_mapframes POINTS.csv [TICKETS=100000] [NAIVE=10000] [FRAMES=300]
#include "map/mapview.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <string>
#include <vector>

using namespace lanterne::map;
using namespace Qt::StringLiterals;

namespace {

class Points : public MapSource
{
public:
    explicit Points(std::shared_ptr<const MapMarkers> m)
        : m_markers(std::move(m))
    {}
    std::shared_ptr<const MapMarkers> markers() const override { return m_markers; }

private:
    std::shared_ptr<const MapMarkers> m_markers;
};

struct Stats
{
    double median = 0, p95 = 0;
    int frames = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    s.frames = int(v.size());
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
    return s;
}

/** Pans a little each frame (and zooms by half a level every 60 frames); the frame intervals. */
std::vector<double> drive(QQuickWindow &window, MapView *map, int frames)
{
    std::vector<double> intervals;
    QElapsedTimer clock;
    qint64 last = -1;
    int n = 0;
    QEventLoop loop;
    auto conn = QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0 && n > 5) // the first frames build textures: not a steady state
            intervals.push_back(double(now - last) / 1e6);
        last = now;
        if (++n >= frames + 6) {
            loop.quit();
            return;
        }
        if (n % 60 == 0)
            map->setZoomLevel(map->zoomLevel() + ((n / 60) % 2 ? 0.5 : -0.5));
        else
            map->panBy(7, 3);
        window.update();
    });
    clock.start();
    window.update();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(conn);
    return intervals;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QSG_RENDER_LOOP", "basic");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_mapframes POINTS.csv [TICKETS] [NAIVE] [FRAMES]\n");
        return 2;
    }
    const size_t tickets = argc > 2 ? size_t(std::atol(argv[2])) : 100000;
    const int naive = argc > 3 ? std::atoi(argv[3]) : 10000;
    const int frames = argc > 4 ? std::atoi(argv[4]) : 300;
    std::ifstream in(argv[1]);
    std::vector<double> pts;
    std::string line;
    while (pts.size() / 2 < tickets && std::getline(in, line)) {
        const auto comma = line.find(',');
        if (comma == std::string::npos)
            continue;
        pts.push_back(std::stod(line.substr(0, comma)));
        pts.push_back(std::stod(line.substr(comma + 1)));
    }
    if (pts.empty()) {
        std::fprintf(stderr, "bench_mapframes: no points in %s\n", argv[1]);
        return 1;
    }
    auto markers = std::make_shared<MapMarkers>();
    ClusterOptions options;
    options.radius = 60;
    options.maxZoom = 18;
    markers->index = ClusterIndex(options);
    markers->index.load(pts);
    const size_t n = pts.size() / 2;
    markers->ids.resize(n);
    markers->statusClass.assign(n, MapMarkers::Open);
    markers->category.assign(n, 0);
    markers->categories = {u"lampadaire"_s};
    Points source(markers);

    QQuickWindow window;
    window.resize(1280, 800);
    window.show();
    auto *map = new MapView(window.contentItem());
    map->setSize(QSizeF(1280, 800));
    map->setTileSource({{u"id"_s, u"none"_s}});
    map->setSource(&source);
    map->setCenter(QGeoCoordinate(48.895, 2.405));
    map->setZoomLevel(14);
    std::printf("graphics: %s\n", window.rendererInterface()->graphicsApi() == QSGRendererInterface::OpenGL
                                      ? "OpenGL"
                                      : "other (software?)");
    const Stats ours = stats(drive(window, map, frames));
    std::printf("MapView, %zu tickets clustered: %d frames, median %.2f ms, p95 %.2f ms\n", n, ours.frames,
                ours.median, ours.p95);

    // The naive layer: one QML item per ticket, placed by bindings on the map's view.
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(R"(
import QtQuick
import QtPositioning
Item {
    id: layer
    property var view
    property var coords: []
    anchors.fill: parent
    Repeater {
        model: layer.coords.length / 2
        Rectangle {
            required property int index
            readonly property point at: { layer.view.zoomLevel; return layer.view.fromCoordinate(
                QtPositioning.coordinate(layer.coords[2 * index + 1], layer.coords[2 * index])); }
            x: at.x - 6; y: at.y - 6; width: 12; height: 12; radius: 6
            color: "#1565c0"; border.color: "white"; border.width: 2
        }
    }
})",
                      QUrl());
    map->setSource(nullptr);
    QVariantList coords;
    for (int i = 0; i < naive && size_t(i) < n; ++i) {
        coords.append(pts[2 * size_t(i)]);
        coords.append(pts[2 * size_t(i) + 1]);
    }
    QObject *layer = component.createWithInitialProperties(
        {{u"view"_s, QVariant::fromValue(static_cast<QObject *>(map))}, {u"coords"_s, coords}});
    if (!layer) {
        std::fprintf(stderr, "bench_mapframes: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    qobject_cast<QQuickItem *>(layer)->setParentItem(window.contentItem());
    map->setCenter(QGeoCoordinate(48.895, 2.405));
    map->setZoomLevel(14);
    const Stats theirs = stats(drive(window, map, frames));
    std::printf("naive layer, %d QML items: %d frames, median %.2f ms, p95 %.2f ms\n", int(coords.size() / 2),
                theirs.frames, theirs.median, theirs.p95);
    delete layer;
    return 0;
}
