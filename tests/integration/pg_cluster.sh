#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 cluster for the tests, shared by one ctest run.
#
#   pg_cluster.sh start STATE_DIR   initdb + start on 127.0.0.1 and a free port; writes
#                                   STATE_DIR/env (LANTERNE_PG_HOST, _PORT, _SUPERUSER, _SUPERPASS_FILE)
#   pg_cluster.sh stop STATE_DIR    stops it and removes its data
#   pg_cluster.sh halt STATE_DIR    stops it at once, keeping its data (a crash of the server)
#   pg_cluster.sh resume STATE_DIR  starts it again after halt
#
# With LANTERNE_PG_SSL_DIR (holding server.crt and server.key) the server speaks TLS; with
# LANTERNE_PG_SSL_ONLY=1 it also refuses connections that are not encrypted.
#
# PostgreSQL refuses to run as root: as root the cluster runs as the postgres user (runuser).
set -euo pipefail
action=$1
state=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bin/initdb" ] || { echo "pg_cluster: PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  "$0" stop "$state" >/dev/null 2>&1 || true
  mkdir -p "$state"
  data=$(mktemp -d /tmp/lanterne-pg.XXXXXX)
  echo "$data" >"$state/datadir"
  printf 'lanterne-test-%s\n' "$RANDOM$RANDOM" >"$data.pw"
  chmod 600 "$data.pw"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$data" "$data.pw"; fi
  as_owner "$bin/initdb" -D "$data/db" -U postgres --pwfile="$data.pw" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 \
    || { cat "$data/initdb.log" >&2; exit 1; }
  # A free port: ask the kernel for one, then hand it to the server.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
         || shuf -i 20000-60000 -n 1)
  cat >>"$data/db/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  if [ -n "${LANTERNE_PG_SSL_DIR:-}" ]; then
    cp "$LANTERNE_PG_SSL_DIR/server.crt" "$LANTERNE_PG_SSL_DIR/server.key" "$data/db/"
    chmod 600 "$data/db/server.key"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$data/db/server.crt" "$data/db/server.key"; fi
    printf "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n" >>"$data/db/postgresql.conf"
    if [ "${LANTERNE_PG_SSL_ONLY:-0}" = 1 ]; then
      sed -i 's/^host\([[:space:]]\)/hostssl\1/' "$data/db/pg_hba.conf"
    fi
  fi
  as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 start >/dev/null \
    || { cat "$data/server.log" >&2; exit 1; }
  # The password file is readable by the test user too.
  cp "$data.pw" "$state/superuser.pw"
  chmod 600 "$state/superuser.pw"
  cat >"$state/env" <<ENV
LANTERNE_PG_HOST=127.0.0.1
LANTERNE_PG_PORT=$port
LANTERNE_PG_SUPERUSER=postgres
LANTERNE_PG_SUPERPASS_FILE=$state/superuser.pw
ENV
  echo "PostgreSQL test cluster on 127.0.0.1:$port ($data)"
  ;;
stop)
  [ -f "$state/datadir" ] || exit 0
  data=$(cat "$state/datadir")
  if [ -d "$data/db" ]; then
    as_owner "$bin/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data" "$data.pw" "$state/datadir" "$state/env" "$state/superuser.pw"
  ;;
halt)
  # The server goes down at once, as on a power cut (its data stays): for failure tests.
  data=$(cat "$state/datadir")
  as_owner "$bin/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null
  ;;
resume)
  data=$(cat "$state/datadir")
  as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 start >/dev/null \
    || { cat "$data/server.log" >&2; exit 1; }
  ;;
*)
  echo "usage: pg_cluster.sh start|stop|halt|resume STATE_DIR" >&2
  exit 2
  ;;
esac
