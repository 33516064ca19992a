#!/usr/bin/env bash
# Installs what ScanFlow needs on Debian 12 (idempotent; asks apt only for what is missing).
#   scripts/bootstrap.sh          build and run dependencies
#   scripts/bootstrap.sh --tests  also the test peers (Xvfb, D-Bus keyring, Node.js + npm packages)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev libvulkan-dev
    libpugixml-dev libsodium-dev libssl-dev
    python3 curl
)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(xvfb dbus dbus-x11 gnome-keyring openssl postgresql)
    command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "bootstrap: installing ${missing[*]}"
    sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--tests" ]]; then
    # The real OAuth 2.0 server (oauth2-mock-server) and other peers from the npm registry.
    if [[ ! -d tests/node/node_modules/oauth2-mock-server ]]; then
        echo "bootstrap: installing npm test peers"
        (cd tests/node && npm ci --no-audit --no-fund --loglevel=error)
    fi
fi
