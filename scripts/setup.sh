#!/usr/bin/env bash
# Installs what Copydesk needs on Debian/Ubuntu, then a virtualenv in .venv.
#   scripts/setup.sh app    Qt runtime libraries and fonts, the package
#   scripts/setup.sh test   also Xvfb, a Secret Service (gnome-keyring), the test tools, and Node
#                           with WordPress's block packages (tests/blockcheck)
# (WordPress for the integration tests is installed by scripts/wordpress.sh when they start it.)
# Re-running is cheap: only missing Debian packages are installed, and pip runs again only
# when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-app}

APP_PACKAGES=(
  python3-venv
  # Qt and QtWebEngine runtime (offscreen and xcb), as the PySide6 wheels link them
  libgl1 libegl1 libgbm1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0
  libdbus-1-3 libnss3 libnspr4 libasound2 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libxcb-util1 libxcb-dri3-0
  # text in every script the desk writes in
  fonts-dejavu-core fonts-noto-cjk
  # spellcheck: Enchant (pyenchant loads it) over hunspell's English and Korean dictionaries
  libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-ko
)
# desktop-file-utils and appstream check the packaging files; binutils lets PyInstaller read libraries
TEST_PACKAGES=(xvfb xauth dbus gnome-keyring libsecret-tools curl desktop-file-utils appstream binutils)

# PyInstaller (the bundle test) needs the interpreter's shared library, which Debian's python3
# ships apart; a Python built elsewhere carries its own.
PY=${PYTHON:-python3}
if [ "$("$PY" -c 'import sys; print(sys.prefix)' 2>/dev/null)" = /usr ]; then
  TEST_PACKAGES+=("libpython$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
fi

want=("${APP_PACKAGES[@]}")
[ "$MODE" = test ] && want+=("${TEST_PACKAGES[@]}")
scripts/apt-install.sh "${want[@]}"

if [ "$MODE" = test ]; then
  # WordPress's own block parser and validator, in Node, for the block markup tests.
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    scripts/apt-install.sh nodejs npm
  fi
  for harness in tests/blockcheck/wp-*/; do
    lock_hash=$(sha256sum "$harness/package-lock.json" | cut -c1-16)
    if [ "$(cat "$harness/node_modules/.copydesk-installed" 2>/dev/null)" != "$lock_hash" ]; then
      echo "setup: installing the block checker in $harness" >&2
      # npm has been seen to report success with a half-filled node_modules: check, and retry once
      for attempt in 1 2; do
        (cd "$harness" && npm ci --ignore-scripts --no-audit --no-fund --legacy-peer-deps --loglevel=error >&2)
        if (cd "$harness" && node -e "for (const m of ['jsdom', '@wordpress/blocks', '@wordpress/block-library', 'react']) require.resolve(m)" \
            >/dev/null 2>&1); then break; fi
        [ "$attempt" = 2 ] && { echo "setup: the block checker in $harness did not install" >&2; exit 1; }
        echo "setup: the block checker in $harness is incomplete; installing it again" >&2
      done
      echo "$lock_hash" > "$harness/node_modules/.copydesk-installed"
    fi
  done
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
extra=""
[ "$MODE" = test ] && extra="[dev]"
stamp=.venv/.copydesk-installed
hash=$(sha256sum pyproject.toml | cut -c1-16)
have=$(cat "$stamp" 2>/dev/null || true)
# a test install also serves the app
if [ "$have" != "$MODE $hash" ] && [ "$have" != "test $hash" ]; then
  echo "setup: installing Python packages into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip >&2
  .venv/bin/python -m pip install -q -e ".$extra" >&2
  echo "$MODE $hash" > "$stamp"
fi

# The interface's Japanese and Korean translations (.ts in git, compiled .qm beside them).
scripts/translations.sh build
