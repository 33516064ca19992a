#!/usr/bin/env bash
# The packages on a Debian 12 that never built them: debootstrap makes a fresh bookworm
# (minbase, kept in $SCANFLOW_CHROOT between runs), apt installs scanflow and scanflow-server
# there from the .deb files with their dependencies, and then, inside it:
#   scanflowd --version; systemd-analyze verify on the installed unit; the scanflow user and a
#   0700 /var/lib/scanflow; scanflowd serve as that user with the packaged configuration (plus
#   --test-destination); /api/v1/version over HTTPS with the key it printed, trusting the
#   server's own root; the packaged sample workflow delivering a packaged sample scan to the
#   server's test destination; and scanflow --version under xvfb-run.
# Then an upgrade to a newer package over that data: the edited configuration, the key and the
# data folder are kept, the workflows, the user and the deliveries are all there, the sealed
# password still goes out and the queued file delivers once its target is fixed.
# Last, the data folder a scanflowd from before the packages left (fixtures/data-0.1.0.tar.gz),
# put in /var/lib/scanflow and served by the packaged scanflowd: upgrade_check.py says what it
# checks (migrated, moved, every sealed secret opened, the queued files delivered, once).
# About 90 s on a fresh machine (debootstrap fetches some 150 MB from the mirror), 25 s once
# the chroot is there. It needs root (chroot, bind mounts) and the mirror: without either it
# says so and exits 77, which ctest counts as skipped.
#   tests/packaging/install.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$(cd "${1:-build}" && pwd)
root=${SCANFLOW_CHROOT:-/var/tmp/scanflow-bookworm}
mirror=${SCANFLOW_MIRROR:-http://deb.debian.org/debian}
started=$(date +%s)

if [[ $(id -u) != 0 ]]; then echo "skipped: chroot and bind mounts need root"; exit 77; fi
if ! curl -sfI --max-time 20 "$mirror/dists/bookworm/Release" >/dev/null; then echo "skipped: the mirror $mirror does not answer"; exit 77; fi
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
if [[ ! -x "$root/usr/bin/apt-get" ]]; then
    echo "== debootstrap bookworm into $root"
    debootstrap --variant=minbase --include=ca-certificates,curl,xvfb,xauth,systemd bookworm "$root" "$mirror" >"$root.log" 2>&1 ||
        { tail -20 "$root.log"; exit 1; }
fi
echo "== packages"
packages=$(mktemp -d)
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$packages" >/dev/null
rm -rf "$root/tmp/debs" && mkdir -p "$root/tmp/debs"
cp "$packages"/scanflow_*.deb "$packages"/scanflow-server_*.deb "$root/tmp/debs/"

# The chroot shares this machine's processes: only the server started here is stopped, by its pid.
serve_pid=
stop_server() {
    [[ -n "$serve_pid" ]] || return 0
    kill -TERM "$serve_pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$serve_pid" 2>/dev/null || break; sleep 0.1; done
    serve_pid=
}
cleanup() {
    stop_server
    for dir in "$root/dev" "$root/proc"; do
        while mountpoint -q "$dir"; do umount "$dir" || umount -l "$dir"; done
    done
    rm -rf "$packages"
}
trap cleanup EXIT
for dir in proc dev; do
    mountpoint -q "$root/$dir" || mount --bind "/$dir" "$root/$dir"
done
inside() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
# setpriv runs scanflowd itself (no process in between), so its pid is the server's.
start_server() {
    rm -f "$root/tmp/serve.log"
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 setpriv --reuid=scanflow --regid=scanflow --init-groups \
        scanflowd serve --config /etc/scanflow/scanflowd.json --test-destination >"$root/tmp/serve.log" 2>&1 &
    serve_pid=$!
    for _ in $(seq 100); do grep -q '^listening ' "$root/tmp/serve.log" 2>/dev/null && break; sleep 0.1; done
}

# A chroot kept from an earlier run starts as a new machine would: no ScanFlow, no account, no data.
inside sh -c 'dpkg --purge scanflow scanflow-server >/dev/null 2>&1; rm -rf /var/lib/scanflow /etc/scanflow;
    if getent passwd scanflow >/dev/null; then deluser --system scanflow >/dev/null 2>&1; fi; true'
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
start_server # as the scanflow user, with the packaged configuration
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

echo "== before the upgrade: a sealed password, a user, a failed and a queued delivery"
api() { inside curl -sS --cacert /tmp/root.pem -H "X-Api-Key: $key" "$@"; }
receiver="$url/api/v1/testdestination/receive"
# Each trusts the server's own root, as its test destination is on the same HTTPS port.
workflow() { # NAME URL [LOGIN PASSWORD]: makes it, prints its id
    local body
    body=$(python3 -c 'import json,sys; pem,name,url,*basic=sys.argv[1:]
d={"url":url,"steps":[{"kind":"delivery"}],"connection":{"trustedCas":open(pem).read()}}
if basic: d["auth"]={"type":"basic","login":basic[0],"password":basic[1]}
print(json.dumps({"name":name,"destination":d}))' "$root/tmp/root.pem" "$@")
    api -H 'Content-Type: application/json' -d "$body" "$url/api/v1/scan/workflows" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
sealed=$(workflow Sealed "$receiver/sealed" svc s3cret)
failing=$(workflow Failing "$url/api/v1/no-such-place")
later=$(workflow Later "http://127.0.0.1:7399/later")
api -X PUT -d username=alice -d detailtype=0 -d "detaildata=Alice Example" "$url/api/v1/users" >/dev/null
for id in $sealed $failing $later; do
    api -F "data=@$samples/scans/invoice-0001.pdf" "$url/api/v1/scan/workflows/$id/deliveries" >/dev/null
done
sleep 3
states() { api "$url/api/v1/deliveries?maxrecords=500" | python3 -c 'import json,sys; print(" ".join(sorted(str(d["workflowId"])+":"+d["state"] for d in json.load(sys.stdin)["deliveries"])))'; }
before=$(states)
echo "deliveries: $before"
workflows_before=$(api "$url/api/v1/scan/workflows" | python3 -c 'import json,sys; print(sorted(w["name"] for w in json.load(sys.stdin)))')
keysum=$(sha256sum "$root/var/lib/scanflow/secrets.key" | cut -d' ' -f1)
stop_server
tail -2 "$root/tmp/serve.log"

newer="$(dpkg-deb -f "$root"/tmp/debs/scanflow-server_*.deb Version)+upgrade1"
echo "== upgrade to $newer (the same programs, a newer package), with the admin's edit of the configuration"
sed -i 's/"tls": true/"tls": true,\n    "workerThreads": 3/' "$root/etc/scanflow/scanflowd.json"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$packages/upgrade" -D CPACK_PACKAGE_VERSION="$newer" >/dev/null
rm -rf "$root/tmp/debs" && mkdir -p "$root/tmp/debs" && cp "$packages"/upgrade/*.deb "$root/tmp/debs/"
inside sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold /tmp/debs/*.deb' >/dev/null
inside dpkg-query -W scanflow scanflow-server
grep -q '"workerThreads": 3' "$root/etc/scanflow/scanflowd.json" || { echo "FAIL: the upgrade replaced the edited configuration"; exit 1; }
[[ $(sha256sum "$root/var/lib/scanflow/secrets.key" | cut -d' ' -f1) == "$keysum" ]] || { echo "FAIL: the secrets key changed"; exit 1; }
[[ $(inside stat -c '%a %U' /var/lib/scanflow) == "700 scanflow" ]] || { echo "FAIL: the data folder changed hands"; exit 1; }
echo "kept: the edited configuration, the secrets key, /var/lib/scanflow (700 scanflow)"

start_server # as the scanflow user, with the packaged configuration
after=$(states)
workflows_after=$(api "$url/api/v1/scan/workflows" | python3 -c 'import json,sys; print(sorted(w["name"] for w in json.load(sys.stdin)))')
[[ "$after" == "$before" && "$workflows_after" == "$workflows_before" ]] || { echo "FAIL: after the upgrade: $after, $workflows_after"; exit 1; }
api "$url/api/v1/users?username=alice" | grep -q alice || { echo "FAIL: alice is gone"; exit 1; }
echo "after the upgrade: the same workflows $workflows_after, deliveries $after, and alice"
# The queued file: its target fixed (the test destination), Retry now sends it.
api -X DELETE "$url/api/v1/testdestination" >/dev/null
workflow=$(api "$url/api/v1/scan/workflows/$later")
api -X PUT -H 'Content-Type: application/json' "$url/api/v1/scan/workflows/$later" \
    -d "$(python3 -c 'import json,sys; w=json.loads(sys.argv[1]); w["destination"]["url"]=sys.argv[2]; print(json.dumps(w))' "$workflow" "$receiver/later")" >/dev/null
queued=$(api "$url/api/v1/deliveries?workflowid=$later" | python3 -c 'import json,sys; print(json.load(sys.stdin)["deliveries"][0]["id"])')
api -X POST "$url/api/v1/deliveries/$queued/retry" >/dev/null
api -F "data=@$samples/scans/receipt-0002.pdf" "$url/api/v1/scan/workflows/$sealed/deliveries" >/dev/null
sleep 3
received=$(api "$url/api/v1/testdestination")
python3 - "$received" <<'PY'
import json, sys
r = json.loads(sys.argv[1])["requests"]
paths = {x["path"]: x for x in r}
ok = "/later" in paths and "/sealed" in paths and any(h[0].lower() == "authorization" for h in paths["/sealed"]["headers"])
print("after the upgrade, the test destination received:", ", ".join(sorted(paths)), "- the sealed password was sent" if ok else "")
sys.exit(0 if ok else 1)
PY

stop_server
tail -2 "$root/tmp/serve.log"

echo "== a data folder from before the packages (0.1.0 at 99af2c5), as an admin moves it to /var/lib/scanflow"
rm -rf "$root/var/lib/scanflow.before" && mv "$root/var/lib/scanflow" "$root/var/lib/scanflow.before"
tar -xzf tests/packaging/fixtures/data-0.1.0.tar.gz -C "$packages" data
mv "$packages/data" "$root/var/lib/scanflow"
inside chown -R scanflow:scanflow /var/lib/scanflow
python3 tests/packaging/upgrade_check.py command -- chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    setpriv --reuid=scanflow --regid=scanflow --init-groups scanflowd serve --config /etc/scanflow/scanflowd.json
[[ $(inside stat -c '%a %U' /var/lib/scanflow) == "700 scanflow" ]] || { echo "FAIL: the old data folder is not 700 scanflow"; exit 1; }
echo "== packaging: installed, ran and upgraded on a fresh Debian 12 in $(( $(date +%s) - started )) s"
