#!/usr/bin/env bash
# The interface's translations, with Qt's own tools from the PySide6 wheel.
#   scripts/translations.sh update   collect every tr()/translate()/QT_TRANSLATE_NOOP string from
#                                    editor_app/ into resources/translations/copydesk_{ja,ko}.ts
#                                    (new strings arrive "unfinished": translate them there)
#   scripts/translations.sh build    compile the .ts files into the .qm files the app loads
#                                    (setup.sh runs this; the .qm files are not in git)
# The .ts files carry no line numbers, so two branches adding strings rarely conflict.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${PYSIDE_BIN:-.venv/bin}
LANGS=(ja ko)
DIR=resources/translations

case "${1:-}" in
  update)
    for lang in "${LANGS[@]}"; do
      "$BIN/pyside6-lupdate" -extensions py -locations none -no-obsolete -sort-messages \
        -target-language "$lang" editor_app -ts "$DIR/copydesk_$lang.ts"
    done
    ;;
  build)
    for lang in "${LANGS[@]}"; do
      "$BIN/pyside6-lrelease" -silent "$DIR/copydesk_$lang.ts" -qm "$DIR/copydesk_$lang.qm"
    done
    ;;
  *)
    echo "usage: scripts/translations.sh update|build" >&2
    exit 2
    ;;
esac
