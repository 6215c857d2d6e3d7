#!/usr/bin/env bash
# Build the one-folder application with PyInstaller: dist/copydesk/copydesk (run it like the
# `copydesk` command). Installs what the build needs first (scripts/setup.sh test).
#   scripts/bundle.sh [DIST_DIR]     default: dist/ in the repository
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
scripts/setup.sh test
dist="${1:-$here/dist}"
work="$(mktemp -d "${TMPDIR:-/tmp}/copydesk-bundle-XXXXXX")"
trap 'rm -rf "$work"' EXIT
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" packaging/copydesk.spec >&2
echo "bundle: $dist/copydesk built in $(( $(date +%s) - start )) s, $(du -sh "$dist/copydesk" | cut -f1)" >&2
