// SPDX-License-Identifier: GPL-3.0-or-later
// supercluster on the points of a CSV (lon,lat per line): index build and viewport queries, RUNS
// times, as tests/bench/bench_cluster.cpp does for Lanterne's index. Prints one JSON object.
import Supercluster from 'supercluster';
import fs from 'fs';
import {queries, digest, median} from './common.mjs';

const [file, runsText] = process.argv.slice(2);
const runs = Number(runsText || 5);
const points = fs.readFileSync(file, 'utf8').trim().split('\n').map(l => l.split(',').map(Number));
const features = points.map(c => ({type: 'Feature', properties: null, geometry: {type: 'Point', coordinates: c}}));
const options = {radius: 60, extent: 512, minZoom: 0, maxZoom: 16, nodeSize: 64};
const loads = [], views = [];
let index;
const qs = queries(points);
for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    index = new Supercluster(options).load(features);
    const t1 = process.hrtime.bigint();
    let n = 0;
    for (const q of qs) n += index.getClusters(q.bbox, q.zoom).length;
    const t2 = process.hrtime.bigint();
    loads.push(Number(t1 - t0) / 1e6);
    views.push(Number(t2 - t1) / 1e6);
}
const byZoom = [];
for (let z = 0; z <= 17; z++) {
    byZoom.push(digest(index.getClusters([-180, -85, 180, 85], z).map(f => [
        f.geometry.coordinates[0], f.geometry.coordinates[1],
        f.properties && f.properties.cluster ? f.properties.point_count : 1,
        f.properties && f.properties.cluster ? f.properties.cluster_id : 0])));
}
console.log(JSON.stringify({engine: 'supercluster 9.1.0 (node ' + process.version + ')', points: points.length,
    queries: qs.length, load_ms: loads, views_ms: views, load_median_ms: median(loads),
    views_median_ms: median(views), digest: byZoom}));
