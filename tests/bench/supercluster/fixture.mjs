// Builds tests/data/supercluster_fixture.json: points clustered by supercluster 9.1.0.
import Supercluster from 'supercluster';
import fs from 'fs';
let seed = 12345;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const points = [];
// Pantin-like dense area, a spread around Paris, and points near the antimeridian.
for (let i = 0; i < 1500; i++) points.push([2.38 + rnd() * 0.05, 48.88 + rnd() * 0.03]);
for (let i = 0; i < 400; i++) points.push([2.0 + rnd() * 0.8, 48.6 + rnd() * 0.5]);
for (let i = 0; i < 100; i++) points.push([179.5 + rnd() * 1.0 - (rnd() < 0.5 ? 0 : 359.0), -17 + rnd()]);
const fixed = points.map(([x, y]) => [Math.round(x * 1e7) / 1e7, Math.round(y * 1e7) / 1e7]);
const index = new Supercluster({radius: 60, maxZoom: 16}).load(fixed.map(c => ({type: 'Feature', properties: {}, geometry: {type: 'Point', coordinates: c}})));
const zooms = {};
for (let z = 0; z <= 17; z++) {
  zooms[z] = index.getClusters([-180, -85, 180, 85], z).map(f => [f.geometry.coordinates[0], f.geometry.coordinates[1], f.properties.cluster ? f.properties.point_count : 1, f.properties.cluster ? f.properties.cluster_id : f.id ?? -1]);
}
const box = index.getClusters([179, -18, -179, -16], 6).length;
fs.writeFileSync(process.argv[2], JSON.stringify({generator: 'supercluster 9.1.0', options: {radius: 60, maxZoom: 16}, points: fixed, zooms, antimeridianBoxZ6: box}));
