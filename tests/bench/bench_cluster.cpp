// SPDX-License-Identifier: GPL-3.0-or-later
// Lanterne's cluster index on the points of a CSV (lon,lat per line): index build and 240
// viewport queries, RUNS times; the same work as tests/bench/supercluster/bench.mjs, with the same
// options, the same viewports and the same digest of the clusters. Prints one JSON object.
//
//   bench_cluster POINTS.csv [RUNS]
#include "map/clusterindex.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace lanterne::map;

namespace {
struct Query
{
    double west, south, east, north;
    int zoom;
};

// The viewports of common.mjs, computed the same way (the same double arithmetic).
std::vector<Query> queries(const std::vector<double> &pts)
{
    double seed = 42;
    auto rnd = [&] {
        seed = std::fmod(seed * 1103515245.0 + 12345, 2147483648.0);
        return seed / 2147483648.0;
    };
    const size_t n = pts.size() / 2;
    std::vector<Query> out;
    for (int i = 0; i < 240; ++i) {
        const size_t k = size_t(std::floor(rnd() * double(n)));
        const double lon = pts[2 * k], lat = pts[2 * k + 1];
        const int zoom = 10 + (i % 8);
        const double world = 256 * std::pow(2.0, zoom);
        const double x = lon / 360 + 0.5;
        const double s = std::sin(lat * M_PI / 180);
        const double y = 0.5 - 0.25 * std::log((1 + s) / (1 - s)) / M_PI;
        const double xl = x - 640 / world, xr = x + 640 / world, yt = y - 360 / world, yb = y + 360 / world;
        auto lonOf = [](double v) { return (v - 0.5) * 360; };
        auto latOf = [](double v) {
            return 360 * std::atan(std::exp((180 - v * 360) * M_PI / 180)) / M_PI - 90;
        };
        out.push_back({lonOf(xl), latOf(yb), lonOf(xr), latOf(yt), zoom});
    }
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

std::string list(const std::vector<double> &v)
{
    std::ostringstream s;
    s << '[';
    for (size_t i = 0; i < v.size(); ++i)
        s << (i ? "," : "") << v[i];
    s << ']';
    return s.str();
}
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_cluster POINTS.csv [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    std::ifstream in(argv[1]);
    if (!in) {
        std::fprintf(stderr, "bench_cluster: cannot read %s\n", argv[1]);
        return 1;
    }
    std::vector<double> pts;
    std::string line;
    while (std::getline(in, line)) {
        const auto comma = line.find(',');
        if (comma == std::string::npos)
            continue;
        pts.push_back(std::stod(line.substr(0, comma)));
        pts.push_back(std::stod(line.substr(comma + 1)));
    }
    ClusterOptions options;
    options.radius = 60;
    const auto qs = queries(pts);
    std::vector<double> loads, views;
    ClusterIndex index(options);
    size_t found = 0;
    for (int r = 0; r < runs; ++r) {
        using clock = std::chrono::steady_clock;
        const auto t0 = clock::now();
        index = ClusterIndex(options);
        index.load(pts);
        const auto t1 = clock::now();
        for (const Query &q : qs)
            found += index.clusters(q.west, q.south, q.east, q.north, q.zoom).size();
        const auto t2 = clock::now();
        loads.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        views.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    }
    std::ostringstream digest;
    digest << '[';
    for (int z = 0; z <= 17; ++z) {
        int64_t count = 0, lon = 0, lat = 0, ids = 0;
        const auto items = index.clusters(-180, -85, 180, 85, z);
        for (const auto &c : items) {
            count += c.count;
            lon += int64_t(std::floor(c.longitude * 1e6 + 0.5)); // Math.round
            lat += int64_t(std::floor(c.latitude * 1e6 + 0.5));
            ids += c.cluster() ? c.id : 0;
        }
        digest << (z ? "," : "") << '[' << items.size() << ',' << count << ',' << lon << ',' << lat << ','
               << ids << ']';
    }
    digest << ']';
    std::cout << "{\"engine\":\"lanterne ClusterIndex\",\"points\":" << pts.size() / 2
              << ",\"queries\":" << qs.size() << ",\"load_ms\":" << list(loads)
              << ",\"views_ms\":" << list(views) << ",\"load_median_ms\":" << median(loads)
              << ",\"views_median_ms\":" << median(views) << ",\"found\":" << found
              << ",\"digest\":" << digest.str() << "}\n";
    return 0;
}
