#!/usr/bin/env bash
# Builds Samspil and runs every test (core, sync, command line, offscreen UI, translations,
# and a quick pass of the benchmarks so they cannot rot).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@"
