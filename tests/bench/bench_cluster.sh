#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Clustering of the demo city's tickets: Lanterne's index against supercluster (npm registry, run
# with node) on the same points, the same options and the same viewports, in the same run; checks
# that both make the same clusters at every zoom, and prints the medians and the ratio.
#
#   bench_cluster.sh LANTERNECTL BENCH_CLUSTER TICKETS [RUNS] [WORKDIR]
#
# With BENCH_CLUSTER_NODE=0 (the ctest smoke run: no network needed) only Lanterne's side runs.
set -euo pipefail
ctl=$1 bench=$2 tickets=$3 runs=${4:-5}
work=${5:-${TMPDIR:-/tmp}/lanterne-bench-cluster}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
points="$work/points-$tickets.csv"
if [ ! -s "$points" ]; then
  rm -f "$work/demo-$tickets.db"*
  # The demo city over all nine communes, so that 500,000 tickets are not all in one town.
  "$ctl" --db "$work/demo-$tickets.db" demo --tickets "$tickets" --communes all --until 2026-06-30 >/dev/null
  sqlite3 -csv "$work/demo-$tickets.db" "SELECT longitude, latitude FROM ticket ORDER BY seq" >"$points"
  rm -f "$work/demo-$tickets.db"*
fi
ours=$("$bench" "$points" "$runs")
if [ "${BENCH_CLUSTER_NODE:-1}" = 0 ]; then
  echo "$ours"
  exit 0
fi
if ! command -v node >/dev/null; then
  echo "$ours"
  echo "bench_cluster: node is not installed: supercluster not measured" >&2
  exit 0
fi
sc="$work/supercluster"
if [ ! -d "$sc/node_modules/supercluster" ]; then
  mkdir -p "$sc"
  (cd "$sc" && npm init -y >/dev/null && npm install --no-audit --no-fund supercluster@9.1.0 >/dev/null 2>&1) \
    || { echo "bench_cluster: npm could not install supercluster (no registry?)" >&2; exit 1; }
fi
cp "$here/supercluster/bench.mjs" "$here/supercluster/common.mjs" "$sc/"
(cd "$sc" && node -e "const p=require('./package.json'); p.type='module'; require('fs').writeFileSync('package.json', JSON.stringify(p))")
theirs=$(cd "$sc" && node bench.mjs "$points" "$runs")
python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours, theirs = json.loads(sys.argv[1]), json.loads(sys.argv[2])
same = ours["digest"] == theirs["digest"]
print(f"points {ours['points']}, {ours['queries']} viewports, {len(ours['load_ms'])} runs")
print(f"index build: Lanterne median {ours['load_median_ms']:.1f} ms, supercluster {theirs['load_median_ms']:.1f} ms, "
      f"ratio {theirs['load_median_ms'] / ours['load_median_ms']:.2f}x")
print(f"viewports:   Lanterne median {ours['views_median_ms']:.2f} ms, supercluster {theirs['views_median_ms']:.2f} ms, "
      f"ratio {theirs['views_median_ms'] / ours['views_median_ms']:.2f}x")
print(f"same clusters at every zoom: {'yes' if same else 'NO'}")
if not same:
    for z, (a, b) in enumerate(zip(ours["digest"], theirs["digest"])):
        if a != b:
            print(f"  zoom {z}: ours {a} supercluster {b}")
    sys.exit(1)
PY
