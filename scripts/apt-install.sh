#!/usr/bin/env bash
# Install the Debian packages named as arguments that are not installed yet, without prompts.
#
#   apt-install.sh PACKAGE...
#
# As root it calls apt-get directly; as a normal user it goes through `sudo` (which may ask
# for the user's password once, unless sudo is passwordless). The root part runs under a lock
# so parallel callers take turns, and with a policy-rc.d that forbids package scripts to start
# system services (a desk machine needs no system-wide MariaDB, Apache or D-Bus started by us).
# Nothing is written outside the system's own apt and dpkg state.
set -euo pipefail

say() { printf 'apt-install.sh: %s\n' "$*" >&2; }

missing=()
for p in "$@"; do
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  say "these packages are missing and installing them needs root (or sudo): ${missing[*]}"
  exit 1
fi
say "installing ${missing[*]}"

# Runs as root. A policy-rc.d we create is removed again; one that was there stays untouched.
# `update` runs first only when the package lists are empty (a brand-new system) and again
# after a failed install (stale lists point at files the mirror no longer has).
root_part='
set -eu
export DEBIAN_FRONTEND=noninteractive
lockdir=/run/lock; [ -d "$lockdir" ] || lockdir=/tmp
exec 9>"$lockdir/copydesk-apt-install.lock"
flock -w 900 9
own_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d
  chmod 755 /usr/sbin/policy-rc.d
  own_policy=1
fi
cleanup() { if [ "$own_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi; }
trap cleanup EXIT
apt() { apt-get -q -o DPkg::Lock::Timeout=600 "$@" >&2; }
install_all() { apt -y install --no-install-recommends "$@"; }
if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then apt update; fi
if ! install_all "$@"; then
  apt update
  install_all "$@"
fi
'
"${as_root[@]}" sh -c "$root_part" apt-install "${missing[@]}" || {
  say "could not install ${missing[*]}"
  exit 1
}
