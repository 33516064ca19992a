#!/usr/bin/env bash
# Installs what ScanFlow needs on Debian 12 (idempotent; asks apt only for what is missing).
#   scripts/bootstrap.sh          build and run dependencies
#   scripts/bootstrap.sh --tests  also the test peers (Xvfb, D-Bus keyring, Node.js + npm packages)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev libvulkan-dev
    libpugixml-dev libsodium-dev libssl-dev libboost-dev libsqlite3-dev rapidjson-dev libcurl4-openssl-dev libpq-dev
    python3 curl help2man librsvg2-bin
)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(xvfb dbus dbus-x11 gnome-keyring openssl postgresql clang-14 libclang-rt-14-dev
               nginx-light tinyproxy microsocks squid krb5-kdc krb5-admin-server krb5-user jq
               lintian desktop-file-utils appstream systemd man-db bsdextrautils debootstrap qemu-system-x86)
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
        # The registry sometimes stalls (EIDLETIMEOUT); npm's own retries do not cover an idle
        # socket, so the whole install is tried again, from npm's cache, a few times.
        for attempt in 1 2 3 4; do
            (cd tests/node && npm ci --no-audit --no-fund --loglevel=error \
                --fetch-retries=5 --fetch-retry-mintimeout=2000 --fetch-timeout=120000) && break
            [[ $attempt == 4 ]] && { echo "bootstrap: npm ci failed $attempt times" >&2; exit 1; }
            echo "bootstrap: npm ci failed (attempt $attempt); trying again in $((attempt * 10)) s" >&2
            sleep $((attempt * 10))
        done
    fi
fi
