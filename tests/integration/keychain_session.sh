#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test binary in a keychain situation of its own:
#   unlocked  a private D-Bus session with gnome-keyring's Secret Service, unlocked
#   locked    a private D-Bus session with gnome-keyring started but its keyring never unlocked
#   none      no session bus at all
# usage: keychain_session.sh MODE BINARY [ARGS...]
set -euo pipefail
mode=$1
shift
export LANTERNE_KEYCHAIN_MODE=$mode
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
case "$mode" in
none)
  exec env -u DBUS_SESSION_BUS_ADDRESS HOME="$home" "$@"
  ;;
unlocked)
  HOME="$home" exec dbus-run-session -- bash -c \
    'printf "lanterne-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' _ "$@"
  ;;
locked)
  HOME="$home" exec dbus-run-session -- bash -c \
    'gnome-keyring-daemon --start --components=secrets >/dev/null && exec "$@"' _ "$@"
  ;;
*)
  echo "usage: keychain_session.sh unlocked|locked|none BINARY" >&2
  exit 2
  ;;
esac
