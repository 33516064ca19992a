#!/usr/bin/env bash
# The packages as Debian's own tools judge them: cpack makes scanflow and scanflow-server from
# this build, then lintian (no errors; warnings are printed), desktop-file-validate,
# appstreamcli validate, systemd-analyze verify on the unit, and the man pages, which must
# name every option each program's --help names. Installing them into a fresh Debian is
# install.sh beside it.
#   tests/packaging/check.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
problem() { echo "FAIL: $*" >&2; fail=1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >cpack.log 2>&1) || { cat "$work/cpack.log"; exit 1; }
app=$(ls "$work"/scanflow_*.deb) server=$(ls "$work"/scanflow-server_*.deb)
echo "packages: $(basename "$app") $(basename "$server")"

for deb in "$app" "$server"; do
    out=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
    [[ -n "$out" ]] && echo "$out"
    grep -q '^E: ' <<<"$out" && problem "lintian reports errors for $(basename "$deb")"
done
# The test target and the sanitizer build never ship.
for deb in "$app" "$server"; do
    dpkg-deb -c "$deb" | grep -q 'scanflow-target' && problem "scanflow-target is in $(basename "$deb")"
done

mkdir -p "$work/app" "$work/server"
dpkg-deb -x "$app" "$work/app"
dpkg-deb -x "$server" "$work/server"
desktop-file-validate "$work/app/usr/share/applications/org.scanflow.ScanFlow.desktop" || problem "desktop-file-validate"
appstreamcli validate --no-net "$work/app/usr/share/metainfo/org.scanflow.ScanFlow.metainfo.xml" || problem "appstreamcli validate"
for size in 16 24 32 48 64 128 256; do
    [[ -s "$work/app/usr/share/icons/hicolor/${size}x$size/apps/org.scanflow.ScanFlow.png" ]] || problem "no ${size}px icon"
done
[[ -s "$work/app/usr/share/icons/hicolor/scalable/apps/org.scanflow.ScanFlow.svg" ]] || problem "no SVG icon"

# The unit as shipped, its program pointed at this build's (nothing is installed here).
unit="$work/scanflowd.service"
sed "s|/usr/bin/scanflowd|$build/src/app/scanflowd|" "$work/server/lib/systemd/system/scanflowd.service" >"$unit"
systemd-analyze verify --man=no "$unit" || problem "systemd-analyze verify"
grep -q '^/etc/scanflow/scanflowd.json$' <(dpkg-deb --ctrl-tarfile "$server" | tar -xO ./conffiles) || problem "the configuration is not a conffile"
python3 -m json.tool "$work/server/etc/scanflow/scanflowd.json" >/dev/null || problem "scanflowd.json is not JSON"

# Every option of every --help is in the man page made from it.
page() { man -l "$1" 2>/dev/null | col -b; }
options() { grep -oE -- '--[a-z][a-z0-9-]+' | sort -u; }
scanflowd_page=$(page "$work/server/usr/share/man/man1/scanflowd.1.gz")
scanflow_page=$(page "$work/app/usr/share/man/man1/scanflow.1.gz")
for help in "serve --help" "deliver --help" "import-curl --help" "backup --help" "restore --help" "--help"; do
    for option in $("$build/src/app/scanflowd" $help | options); do
        grep -q -- "$option" <<<"$scanflowd_page" || problem "scanflowd(1) lacks $option of 'scanflowd $help'"
    done
done
for option in $(env -u DISPLAY "$build/src/app/scanflow" --help | options); do
    grep -q -- "$option" <<<"$scanflow_page" || problem "scanflow(1) lacks $option"
done
[[ $fail == 0 ]] && echo "packaging: lintian, desktop file, AppStream, unit and man pages pass"
exit $fail
