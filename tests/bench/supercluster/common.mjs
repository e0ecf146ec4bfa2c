// SPDX-License-Identifier: GPL-3.0-or-later
// What both benchmarks share: the viewports asked for, and the digest of the clusters.

// 240 views of 1280 × 720 pixels at zooms 10 to 17, centred on points picked with a fixed seed.
export function queries(points) {
    let seed = 42;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const out = [];
    for (let i = 0; i < 240; i++) {
        const [lon, lat] = points[Math.floor(rnd() * points.length)];
        const zoom = 10 + (i % 8);
        const world = 256 * Math.pow(2, zoom);
        const x = lon / 360 + 0.5;
        const s = Math.sin(lat * Math.PI / 180);
        const y = 0.5 - 0.25 * Math.log((1 + s) / (1 - s)) / Math.PI;
        const xl = x - 640 / world, xr = x + 640 / world, yt = y - 360 / world, yb = y + 360 / world;
        const lonOf = v => (v - 0.5) * 360;
        const latOf = v => 360 * Math.atan(Math.exp((180 - v * 360) * Math.PI / 180)) / Math.PI - 90;
        out.push({bbox: [lonOf(xl), latOf(yb), lonOf(xr), latOf(yt)], zoom});
    }
    return out;
}

// Per zoom: items, points, sums of rounded coordinates (micro-degrees) and of cluster ids.
export function digest(items) {
    let count = 0, lon = 0, lat = 0, ids = 0;
    for (const [x, y, n, id] of items) {
        count += n;
        lon += Math.round(x * 1e6);
        lat += Math.round(y * 1e6);
        ids += id;
    }
    return [items.length, count, lon, lat, ids];
}

export function median(values) {
    const s = [...values].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
