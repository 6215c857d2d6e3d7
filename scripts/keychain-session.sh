#!/usr/bin/env bash
# Run a command against a private, unlocked GNOME Keyring (the freedesktop Secret Service),
# so keyring's SecretService backend can be tested on a headless machine.
#
#   keychain-session.sh COMMAND [ARGS...]     run COMMAND inside the private session
#   keychain-session.sh --install-only        only install the packages (gnome-keyring,
#                                             libsecret-tools, dbus) if missing (sudo if not root)
#
# Each run gets a fresh D-Bus session bus (dbus-run-session) and throwaway HOME and XDG
# directories, so it never touches the user's own keyring or session bus. The exit status
# is COMMAND's.
set -euo pipefail

say() { printf 'keychain-session.sh: %s\n' "$*" >&2; }
PACKAGES=(gnome-keyring libsecret-tools dbus)

ensure_packages() { "$(dirname "$0")/apt-install.sh" "${PACKAGES[@]}"; }

if [ "${1:-}" = --install-only ]; then ensure_packages; exit 0; fi
[ $# -ge 1 ] || { sed -n '2,12p' "$0" >&2; exit 2; }

if [ -z "${COPYDESK_KEYCHAIN_INNER:-}" ]; then
  ensure_packages
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/run"
  chmod 700 "$scratch/run"
  rc=0
  HOME=$scratch/home XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config \
  XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/run COPYDESK_KEYCHAIN_INNER=1 \
    dbus-run-session -- bash "$0" "$@" || rc=$?
  exit "$rc"
fi

# Inside the private bus: start the keyring daemon, unlocked with a throwaway password.
printf 'throwaway-unlock-%s' "$$" | gnome-keyring-daemon --foreground --unlock --components=secrets \
  > "$XDG_RUNTIME_DIR/gnome-keyring.log" 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  kill -0 "$daemon" 2>/dev/null || { cat "$XDG_RUNTIME_DIR/gnome-keyring.log" >&2; say "gnome-keyring-daemon exited"; exit 1; }
  sleep 0.1
done
rc=0
"$@" || rc=$?
exit "$rc"
