#!/usr/bin/env bash
# Installs the Debian packages Samspil needs to build, run and test, when they are missing.
# Debian 12 (bookworm): Qt 6.4, SQLite 3.40, Catch2 2.13. Run as root, or with sudo available.
set -euo pipefail

PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev catch2
    libsodium-dev zlib1g-dev   # sealing and packing the files on the shared drive
    libsimdjson-dev            # reading a snapshot's JSON as a stream
    dpkg-dev    # dpkg-shlibdeps, which cpack -G DEB uses for the Depends field
    fonts-dejavu-core poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "These packages are missing and this is not root: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
