#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# App start to first frame with data, and resident memory with the Inbox open, on a store.
# Runs under Xvfb (the OpenGL scene graph on llvmpipe, as on a desktop without GPU) when
# xvfb-run exists, else offscreen. Medians of RUNS launches.
#
#   tests/bench/bench_startup.sh LANTERNE STORE [RUNS (5)]
set -euo pipefail
app=$1
store=$2
runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

launch() {
  if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
  else
    QT_QPA_PLATFORM=offscreen "$@"
  fi
}

frames=()
rss=()
for i in $(seq "$runs"); do
  LANTERNE_TIMING=1 launch /usr/bin/time -f "rss-kb %M" "$app" --db "$store" --screenshot "$work/shot.png" \
    >"$work/out.txt" 2>&1 || { cat "$work/out.txt" >&2; exit 1; }
  frames+=("$(awk '/^first-frame-ms/ {print $2}' "$work/out.txt")")
  rss+=("$(awk '/^rss-kb/ {print int($2 / 1024)}' "$work/out.txt")")
done
backend=$(command -v xvfb-run >/dev/null && echo "Xvfb, OpenGL (llvmpipe)" || echo "offscreen, software")
tickets=$(sqlite3 "$store" "SELECT count(*) FROM ticket" 2>/dev/null || echo "?")
printf 'store: %s tickets; %s; %d runs\n' "$tickets" "$backend" "$runs"
printf 'start to first frame with data: median %s ms (runs: %s)\n' "$(printf '%s\n' "${frames[@]}" | median)" "${frames[*]}"
printf 'peak resident memory with the Inbox open: median %s MB (runs: %s)\n' "$(printf '%s\n' "${rss[@]}" | median)" "${rss[*]}"
