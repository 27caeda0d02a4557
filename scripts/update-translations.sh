#!/usr/bin/env bash
# Brings resources/translations/samspil_da.ts up to date with the source (new strings appear
# as unfinished; translate them before a feature is done). No line numbers, so merges stay calm.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -locations none -no-obsolete -extensions cpp,h -I . core ui app -ts resources/translations/samspil_da.ts
