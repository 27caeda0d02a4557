#!/usr/bin/env bash
# Builds Samspil and starts the desktop client on the demo database (fictitious citizens,
# created on first use in the user's data folder). Extra arguments go to samspil, e.g. --lang en.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh --target samspil
exec ./build/app/samspil --demo --lang da "$@"
