#!/usr/bin/env bash
# Brings resources/translations/samspil_da.ts up to date with the source (new strings appear
# as unfinished; translate them before a feature is done). No line numbers, so merges stay calm.
# No include path either: each .cpp includes its own header by file name, so lupdate finds the
# class and names the context as Qt looks it up at run time (samspil::ui::PlanTab).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -locations none -no-obsolete -extensions cpp,h core ui app -ts resources/translations/samspil_da.ts
