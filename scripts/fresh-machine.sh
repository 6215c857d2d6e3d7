#!/usr/bin/env bash
# Try the README's Quick start on a brand-new Debian 12 (bookworm), the way a newcomer would.
#
#   scripts/fresh-machine.sh [--user|--root] [--quick] [--keep] [--new-base] [--dir DIR]
#
# Builds a new Debian 12 root with debootstrap (Debian's base system plus python3, sudo and
# ca-certificates, nothing else), copies in the repository as committed (`git archive HEAD`,
# never the work tree's uncommitted or untracked files) and runs the Quick start commands in it:
#   --user (default)  as a new normal user, `reporter`, who has passwordless sudo and a normal
#                     user's login PATH (no /usr/sbin)
#   --root            as root
#   --quick           `scripts/copydesk about`, the demo for a few seconds offscreen, and
#                     `scripts/test -k publish` on WordPress 6.8; without it, the whole `scripts/test`
#   --keep            leave the machine behind for a look inside (its mounts end with the run)
#   --new-base        debootstrap anew instead of unpacking the base system cached by an earlier run
#   --dir DIR         where machines and logs go (default .work/fresh-machine in the repo)
#
# It must run as root (debootstrap, chroot and mounts need it; a normal user is sent through
# sudo). Everything happens in a private mount, PID and UTS namespace: proc, sys, dev, dev/pts,
# dev/shm and tmp are mounted inside the new root only, and every process started there ends
# with the run. The network is the host's. Downloaded .deb files are kept in
# ~/.cache/copydesk/fresh-debs ($COPYDESK_FRESH_CACHE elsewhere), for debootstrap and for the
# machine's own apt, so later runs download little, and the finished base system is kept as a
# tarball beside them for a week; Python and Node packages are fetched anew on every run.
# A TLS-intercepting proxy's CA found in /usr/local/share/ca-certificates is copied in, and pip
# and npm are pointed at the system's CA bundle, as that network needs on any machine.
#
# Each phase's time is printed at the end and kept in DIR/logs/<run>/phases.tsv beside one log
# per phase. Exit status: 0 when every phase passed, 1 otherwise, 2 for bad usage.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
SELF=$REPO/scripts/fresh-machine.sh
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
say() { printf 'fresh-machine: %s\n' "$*" >&2; }

ARGS=("$@")
MODE=user; QUICK=0; KEEP=0; NEW_BASE=0; WORK=${COPYDESK_FRESH_DIR:-$REPO/.work/fresh-machine}
while [ $# -gt 0 ]; do
  case "$1" in
    --user) MODE=user; shift ;;
    --root) MODE=root; shift ;;
    --quick) QUICK=1; shift ;;
    --keep) KEEP=1; shift ;;
    --new-base) NEW_BASE=1; shift ;;
    --dir) WORK=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

SUITE=bookworm
MIRROR=${COPYDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${COPYDESK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
BASELINE=python3,sudo,ca-certificates
NEWCOMER=reporter

# ------------------------------------------------------------------ outside: set up, then clean up
if [ -z "${COPYDESK_FRESH_INNER:-}" ]; then
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { say "debootstrap and chroot need root, and sudo is missing"; exit 1; }
    exec sudo -- "$SELF" "${ARGS[@]}"
  fi
  for tool in debootstrap unshare chroot git; do
    command -v "$tool" >/dev/null || PATH=$PATH:/usr/sbin:/sbin
    command -v "$tool" >/dev/null || { say "$tool is missing (apt-get install debootstrap util-linux git)"; exit 1; }
  done
  CACHE=${COPYDESK_FRESH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk/fresh-debs}
  mkdir -p "$CACHE/partial" "$WORK/machines" "$WORK/logs"
  CACHE=$(cd "$CACHE" && pwd -P); WORK=$(cd "$WORK" && pwd -P)
  RUN=$MODE$( [ "$QUICK" = 1 ] && echo -quick )-$(date -u +%Y%m%dT%H%M%S)
  ROOT=$WORK/machines/$RUN
  LOGS=$WORK/logs/$RUN
  mkdir -p "$ROOT" "$LOGS"
  # Runs share the cache, and two apt-gets cannot share its archive folder: one run at a time.
  exec 9> "$CACHE/.fresh-machine.lock"
  flock -n 9 || { say "another run holds $CACHE/.fresh-machine.lock; waiting for it"; flock 9; }
  # The commit under test, taken now so that later commits during a long run change nothing.
  git -C "$REPO" archive --format=tar HEAD > "$LOGS/repo.tar"
  git -C "$REPO" rev-parse HEAD > "$LOGS/commit"
  # bash reads a script as it runs it: the long inner part runs from a copy, safe from edits
  cp "$SELF" "$LOGS/fresh-machine.sh"
  say "machine $ROOT, logs $LOGS, commit $(cut -c1-10 "$LOGS/commit")"

  set +e
  COPYDESK_FRESH_INNER=1 ROOT=$ROOT LOGS=$LOGS CACHE=$CACHE \
    unshare --mount --pid --fork --kill-child --uts --propagation private -- \
    bash "$LOGS/fresh-machine.sh" "${ARGS[@]}" --dir "$WORK"
  rc=$?
  set -e
  rm -f "$LOGS/repo.tar" "$LOGS/fresh-machine.sh"
  if [ "$KEEP" = 1 ]; then
    say "kept the machine in $ROOT (remove it with: rm -rf --one-file-system $ROOT)"
  elif findmnt -rn -o TARGET | grep -qF "$ROOT"; then
    # The mounts live in the run's own namespace only; one seen here means something is wrong.
    say "something is still mounted under $ROOT; not deleting it"
    rc=1
  else
    rm -rf --one-file-system "$ROOT"
  fi
  exit "$rc"
fi

# ------------------------------------------------------------------ inside the private namespaces
trap 'exit 130' INT TERM
PHASES=$LOGS/phases.tsv
printf 'phase\tseconds\tresult\n' > "$PHASES"

# phase NAME COMMAND...: runs it with errexit on, logs to $LOGS/NAME.log, times it; a failed
# phase shows the end of its log and ends the run.
phase() {
  local name=$1 started rc; shift
  say "$name…"
  started=$(date +%s.%N)
  set +e
  (set -e; "$@") > "$LOGS/$name.log" 2>&1 < /dev/null
  rc=$?
  set -e
  local took; took=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  if [ "$rc" = 0 ]; then
    printf '%s\t%s\tok\n' "$name" "$took" >> "$PHASES"
    say "$name: ok in $took s"
  else
    printf '%s\t%s\tfailed (%s)\n' "$name" "$took" "$rc" >> "$PHASES"
    say "$name: FAILED ($rc) after $took s; the end of $LOGS/$name.log:"
    tail -n 40 "$LOGS/$name.log" >&2
    exit 1
  fi
}

summary() {
  say "phases ($MODE$( [ "$QUICK" = 1 ] && echo ", quick" )):"
  column -t -s $'\t' "$PHASES" >&2 2>/dev/null || cat "$PHASES" >&2
}
trap 'summary' EXIT

# debootstrap from cached .debs still spends minutes unpacking and configuring; the finished base
# system is kept as a tarball beside them and reused for a week (--new-base makes a new one).
bootstrap() {
  local base=$CACHE/../fresh-base-$SUITE-${BASELINE//,/-}.tar
  if [ "$NEW_BASE" = 0 ] && [ -n "$(find "$base" -mtime -7 2>/dev/null)" ]; then
    echo "unpacking the base system made $(date -r "$base" -u '+%F %H:%M') UTC from $base"
    tar -x --numeric-owner --xattrs --xattrs-include='*' -C "$ROOT" -f "$base"
    return 0
  fi
  debootstrap --include="$BASELINE" --cache-dir="$CACHE" "$SUITE" "$ROOT" "$MIRROR"
  rm -f "$ROOT"/var/cache/apt/archives/*.deb
  tar -c --numeric-owner --xattrs --xattrs-include='*' -C "$ROOT" -f "$base.new.$$" .
  mv "$base.new.$$" "$base"
}

# What a freshly installed Debian 12 has besides its packages: its suites, name resolution, a
# host name, and (on a network that intercepts TLS) the proxy's CA.
configure() {
  cat > "$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY_MIRROR $SUITE-security main
EOF
  # the host's view of this network's package mirrors (a stale-snapshot proxy needs this)
  for conf in /etc/apt/apt.conf.d/99artifact-registry; do
    [ -f "$conf" ] && cp "$conf" "$ROOT/etc/apt/apt.conf.d/"
  done
  cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
  cp -L /etc/hosts "$ROOT/etc/hosts"
  echo fresh-debian > "$ROOT/etc/hostname"
  hostname fresh-debian
  local ca copied=0
  for ca in /usr/local/share/ca-certificates/*.crt; do
    [ -f "$ca" ] || continue
    cp "$ca" "$ROOT/usr/local/share/ca-certificates/"; copied=1
  done
  if [ "$copied" = 1 ]; then
    chroot "$ROOT" update-ca-certificates
    # pip and npm carry their own CA lists, which know no proxy's CA
    printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' > "$ROOT/etc/pip.conf"
    printf 'cafile=/etc/ssl/certs/ca-certificates.crt\n' > "$ROOT/etc/npmrc"
  fi
  if [ "$MODE" = user ]; then
    chroot "$ROOT" useradd --create-home --shell /bin/bash --groups sudo "$NEWCOMER"
    echo "$NEWCOMER ALL=(ALL:ALL) NOPASSWD: ALL" > "$ROOT/etc/sudoers.d/$NEWCOMER"
    chmod 440 "$ROOT/etc/sudoers.d/$NEWCOMER"
  fi
}

mount_filesystems() {
  mount -t proc proc "$ROOT/proc"
  mount -t sysfs -o ro sysfs "$ROOT/sys"
  mount -t tmpfs -o mode=755,size=16m dev "$ROOT/dev"
  local node
  for node in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
    IFS=: read -r name major minor <<< "$node"
    mknod -m 666 "$ROOT/dev/$name" c "$major" "$minor"
  done
  mkdir "$ROOT/dev/pts" "$ROOT/dev/shm"
  mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$ROOT/dev/pts"
  ln -s pts/ptmx "$ROOT/dev/ptmx"
  ln -s /proc/self/fd "$ROOT/dev/fd"
  ln -s /proc/self/fd/0 "$ROOT/dev/stdin"
  ln -s /proc/self/fd/1 "$ROOT/dev/stdout"
  ln -s /proc/self/fd/2 "$ROOT/dev/stderr"
  mount -t tmpfs -o mode=1777,nosuid,nodev shm "$ROOT/dev/shm"
  mount -t tmpfs -o "mode=1777,nosuid,nodev,size=${COPYDESK_FRESH_TMP_SIZE:-6g}" tmp "$ROOT/tmp"
  mount --bind "$CACHE" "$ROOT/var/cache/apt/archives"
}

copy_repository() {
  local home=/root
  [ "$MODE" = user ] && home=/home/$NEWCOMER
  mkdir -p "$ROOT$home/copydesk"
  tar -x -C "$ROOT$home/copydesk" -f "$LOGS/repo.tar"
  [ "$MODE" = user ] && chroot "$ROOT" chown -R "$NEWCOMER:$NEWCOMER" "$home/copydesk"
  return 0
}

# as_newcomer COMMAND: a login shell of the user (or root) in the clone, with no terminal.
as_newcomer() {
  local who=root
  [ "$MODE" = user ] && who=$NEWCOMER
  chroot "$ROOT" /usr/sbin/runuser -l "$who" -c "cd ~/copydesk && $1"
}

# The demo runs for a while offscreen: still running when the time is up, with no traceback.
run_demo() {
  local rc=0
  as_newcomer "QT_QPA_PLATFORM=offscreen timeout -s TERM ${COPYDESK_FRESH_DEMO_SECONDS:-20} scripts/copydesk demo" || rc=$?
  if [ "$rc" != 124 ]; then echo "the demo ended by itself with status $rc"; return 1; fi
  if grep -q Traceback "$LOGS/demo.log"; then echo "the demo printed a traceback"; return 1; fi
  echo "the demo ran until stopped"
}

phase debootstrap bootstrap
phase configure configure
phase mount mount_filesystems
phase copy-repository copy_repository
phase copydesk-about as_newcomer "scripts/copydesk about"
if [ "$QUICK" = 1 ]; then
  phase demo run_demo
  phase test-publish-wp6.8 as_newcomer "COPYDESK_WP_VERSIONS=6.8 scripts/test -k publish"
else
  phase test as_newcomer "scripts/test"
fi
