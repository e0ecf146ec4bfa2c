#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Demo city generation rate against the sqlite3 command line's .import of the same rows, as CSV,
# into the same schema with the same indexes (and full-text trigger), measured in the same run.
#
#   tests/bench/bench_demo.sh LANTERNECTL SCHEMA_SQL [TICKETS (350000)] [RUNS (3)]
set -euo pipefail
ctl=$1
schema=$2
tickets=${3:-350000}
runs=${4:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tables=(reporter ticket history comment photo)

now() { date +%s.%N; }
calc() { awk "BEGIN { print $* }"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

ours=()
theirs=()
for run in $(seq "$runs"); do
  rm -f "$work"/ours.db*
  t0=$(now)
  "$ctl" --db "$work/ours.db" demo --tickets "$tickets" --seed 1 --until 2026-11-20 >/dev/null
  t1=$(now)
  ours+=("$(calc "$t1 - $t0")")

  if [ "$run" = 1 ]; then
    for t in "${tables[@]}"; do
      sqlite3 -csv "$work/ours.db" "SELECT * FROM $t" >"$work/$t.csv"
    done
    rows=$(sqlite3 "$work/ours.db" "SELECT (SELECT count(*) FROM reporter)+(SELECT count(*) FROM ticket)+(SELECT count(*) FROM history)+(SELECT count(*) FROM comment)+(SELECT count(*) FROM photo)")
  fi
  rm -f "$work"/ref.db*
  {
    cat "$schema"
    for t in "${tables[@]}"; do echo ".import --csv $work/$t.csv $t"; done
  } >"$work/import.sql"
  t0=$(now)
  sqlite3 "$work/ref.db" <"$work/import.sql"
  t1=$(now)
  theirs+=("$(calc "$t1 - $t0")")
  check=$(sqlite3 "$work/ref.db" "SELECT count(*) FROM ticket")
  [ "$check" = "$tickets" ] || { echo "import produced $check tickets, expected $tickets" >&2; exit 1; }
done
m_ours=$(printf '%s\n' "${ours[@]}" | median)
m_theirs=$(printf '%s\n' "${theirs[@]}" | median)
printf 'tickets: %d, rows in all tables: %d, runs: %d\n' "$tickets" "$rows" "$runs"
printf 'lanternectl demo (generation + indexes + FTS): median %.2f s = %.0f rows/s\n' "$m_ours" "$(calc "$rows / $m_ours")"
printf 'sqlite3 .import of the same rows as CSV:        median %.2f s = %.0f rows/s\n' "$m_theirs" "$(calc "$rows / $m_theirs")"
printf 'ratio (import time / our time): %.2f\n' "$(calc "$m_theirs / $m_ours")"
