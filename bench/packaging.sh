#!/usr/bin/env bash
# The packages on a Debian 12 that never built them: debootstrap makes a fresh bookworm
# (minbase, kept in $SCANFLOW_CHROOT between runs), apt installs scanflow and scanflow-server
# there from the .deb files with their dependencies, and then, inside it:
#   scanflowd --version; systemd-analyze verify on the installed unit; the scanflow user and a
#   0700 /var/lib/scanflow; scanflowd serve as that user with the packaged configuration (plus
#   --test-destination); /api/v1/version over HTTPS with the key it printed, trusting the
#   server's own root; the packaged sample workflow delivering a packaged sample scan to the
#   server's test destination; and scanflow --version under xvfb-run.
# A few minutes the first time (debootstrap), about one after; too slow and too dependent on
# the mirror for CI, which runs tests/packaging/check.sh instead.
#   bench/packaging.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build}" && pwd)
root=${SCANFLOW_CHROOT:-/var/tmp/scanflow-bookworm}
mirror=${SCANFLOW_MIRROR:-http://deb.debian.org/debian}
started=$(date +%s)

command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
if [[ ! -x "$root/usr/bin/apt-get" ]]; then
    echo "== debootstrap bookworm into $root"
    debootstrap --variant=minbase --include=ca-certificates,curl,xvfb,xauth,systemd bookworm "$root" "$mirror" >"$root.log" 2>&1 ||
        { tail -20 "$root.log"; exit 1; }
fi
echo "== packages"
(cd "$build" && rm -f ./*.deb && cpack -G DEB >/dev/null)
rm -rf "$root/tmp/debs" && mkdir -p "$root/tmp/debs"
cp "$build"/scanflow_*.deb "$build"/scanflow-server_*.deb "$root/tmp/debs/"

mount --bind /proc "$root/proc"
mount --bind /dev "$root/dev"
cleanup() {
    chroot "$root" pkill -x scanflowd 2>/dev/null || true
    sleep 0.5
    umount "$root/dev" "$root/proc" 2>/dev/null || true
}
trap cleanup EXIT
inside() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== apt-get install ./scanflow*.deb (a fresh bookworm: every dependency from the mirror)"
inside apt-get update -qq
inside sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/debs/*.deb' >/dev/null
# man, for the unit's Documentation=man:scanflowd(1) that systemd-analyze verify looks up.
inside env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq man-db >/dev/null
inside dpkg-query -W scanflow scanflow-server

echo "== scanflowd --version"
inside scanflowd --version
echo "== systemd-analyze verify"
inside systemd-analyze verify /lib/systemd/system/scanflowd.service
echo "== the account and the data folder"
inside getent passwd scanflow
[[ $(inside stat -c '%a %U' /var/lib/scanflow) == "700 scanflow" ]] || { echo "FAIL: /var/lib/scanflow is $(inside stat -c '%a %U' /var/lib/scanflow)"; exit 1; }

echo "== scanflowd serve as scanflow, with /etc/scanflow/scanflowd.json"
inside sh -c 'runuser -u scanflow -- scanflowd serve --config /etc/scanflow/scanflowd.json --test-destination >/tmp/serve.log 2>&1 &'
for _ in $(seq 100); do grep -q '^listening ' "$root/tmp/serve.log" 2>/dev/null && break; sleep 0.1; done
cat "$root/tmp/serve.log"
key=$(sed -n 's/^bootstrap API key (shown once, keep it safe): //p' "$root/tmp/serve.log")
url=$(sed -n 's/^listening //p' "$root/tmp/serve.log")
[[ -n "$key" && "$url" == https://* ]] || { echo "FAIL: no key or no HTTPS address"; exit 1; }
[[ $(inside stat -c '%a' /var/lib/scanflow/secrets.key) == 600 ]] || { echo "FAIL: secrets.key is not 0600"; exit 1; }
# The root, once without checking; from then on every call checks the chain against it.
inside curl -sk -H "X-Api-Key: $key" "$url/api/v1/certificate/root" -o /tmp/root.json
python3 -c 'import json,sys,textwrap; b=json.load(open(sys.argv[1]))[0]["body"]; open(sys.argv[2],"w").write("-----BEGIN CERTIFICATE-----\n"+"\n".join(textwrap.wrap(b,64))+"\n-----END CERTIFICATE-----\n")' \
    "$root/tmp/root.json" "$root/tmp/root.pem"
inside curl -sS --fail --cacert /tmp/root.pem -H "X-Api-Key: $key" "$url/api/v1/version"
echo

echo "== the packaged sample workflow, delivering a packaged scan to the test destination"
samples=/usr/share/doc/scanflow-server/samples
inside scanflowd deliver --workflow $samples/workflows/records.json --user scanner --no-progress --cacert /tmp/root.pem \
    --terminal "api=$url/api/v1/testdestination/receive" $samples/scans/invoice-0001.pdf
received=$(inside curl -sS --fail --cacert /tmp/root.pem -H "X-Api-Key: $key" "$url/api/v1/testdestination")
python3 -c 'import json,sys; r=json.loads(sys.argv[1])["requests"]; print("the test destination received:", ", ".join(x["method"]+" "+x["path"] for x in reversed(r))); sys.exit(0 if len(r)==3 else 1)' "$received"

echo "== scanflow --version under xvfb-run"
inside xvfb-run -a scanflow --version

inside pkill -TERM -x scanflowd
for _ in $(seq 50); do grep -q '^stopped' "$root/tmp/serve.log" && break; sleep 0.1; done
tail -2 "$root/tmp/serve.log"
echo "== packaging: installed and ran on a fresh Debian 12 in $(( $(date +%s) - started )) s"
