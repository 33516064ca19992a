#!/usr/bin/env bash
# The packaged unit under a real systemd: the Debian 12 that install.sh made and installed the
# packages into is copied, given a kernel, python3 and no ScanFlow data, and booted in qemu;
# there boot_check.py starts the service as the README says and checks what the unit promises
# (the scanflow user, the 0700 folder and 0600 key, the sandbox, the journal's categories and
# levels, HTTPS with the printed key, a delivery, a drain on stop, a restart when killed).
# qemu emulates the machine (TCG): this machine's nested KVM hangs the guest's kernel. About
# 3 minutes; it needs root, install.sh's chroot and the mirror, or it says so and exits 77.
#   tests/packaging/boot.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=${SCANFLOW_CHROOT:-/var/tmp/scanflow-bookworm}
vm=${SCANFLOW_VM:-/var/tmp/scanflow-vm}
debs=$vm.debs # the kernel's and python's packages, kept between runs
started=$(date +%s)

if [[ $(id -u) != 0 ]]; then echo "skipped: the VM's disk is made from a chroot, which needs root"; exit 77; fi
if [[ ! -x $root/usr/bin/scanflowd ]]; then echo "skipped: no packages installed in $root (tests/packaging/install.sh makes it)"; exit 77; fi
command -v qemu-system-x86_64 >/dev/null || { apt-get update -qq && apt-get install -y -qq qemu-system-x86 >/dev/null; }

echo "== a copy of $root, with a kernel and python3, and no ScanFlow data"
rm -rf "$vm" && cp -a "$root" "$vm"
mkdir -p "$debs"
cleanup() {
    for dir in "$vm/dev" "$vm/proc" "$vm/sys" "$vm/var/cache/apt/archives"; do
        while mountpoint -q "$dir"; do umount "$dir" || umount -l "$dir"; done
    done
}
trap cleanup EXIT
for dir in proc dev sys; do mount --bind "/$dir" "$vm/$dir"; done
mount --bind "$debs" "$vm/var/cache/apt/archives"
cp /etc/resolv.conf "$vm/etc/resolv.conf"
chroot "$vm" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends -o APT::Keep-Downloaded-Packages=true \
    linux-image-cloud-amd64 python3 util-linux >"$vm.log" 2>&1 || { tail -20 "$vm.log"; exit 1; }
cleanup
rm -rf "$vm/var/lib/scanflow" "$vm/var/lib/scanflow.before" "$vm/tmp/"*
systemctl --root="$vm" disable scanflowd >/dev/null 2>&1 || true # the README enables it
echo "/dev/vda / ext4 rw 0 1" >"$vm/etc/fstab"
echo scanflow-vm >"$vm/etc/hostname"
install -m 0755 tests/packaging/boot_check.py tests/support/scanflowd.py "$vm/usr/local/sbin/"
cat >"$vm/etc/systemd/system/boot-check.service" <<'EOF'
[Unit]
Description=ScanFlow's packaging check under systemd
After=multi-user.target
[Service]
Type=oneshot
ExecStart=/usr/bin/python3 -u /usr/local/sbin/boot_check.py
ExecStopPost=/bin/systemctl poweroff --no-block
StandardOutput=tty
StandardError=tty
TTYPath=/dev/ttyS0
TimeoutStartSec=15min
[Install]
WantedBy=multi-user.target
EOF
systemctl --root="$vm" enable boot-check.service >/dev/null 2>&1
systemctl --root="$vm" mask serial-getty@ttyS0.service >/dev/null 2>&1 # the console is the check's

image=$vm.img
rm -f "$image"
mkfs.ext4 -q -F -d "$vm" "$image" 3G
echo "== booting it (qemu, emulated) in $(( $(date +%s) - started )) s"
console=$vm.console
timeout 900 qemu-system-x86_64 -accel tcg -m 1536 -smp 2 -nographic -no-reboot -nic none \
    -kernel "$vm"/boot/vmlinuz-* -initrd "$vm"/boot/initrd.img-* \
    -append "root=/dev/vda rw console=ttyS0 quiet systemd.show_status=false" \
    -drive file="$image",format=raw,if=virtio >"$console" 2>&1 || true
# The check's own lines, without the console's control codes.
sed -e 's/\x1b\[[0-9;?]*[a-zA-Z]//g' -e 's/\r//g' "$console" | grep -aE '^(ok   |FAIL |     |boot check: )' || true
rm -f "$image"
if grep -aq '^boot check: all passed' "$console"; then
    echo "== packaging: the unit under systemd, all passed in $(( $(date +%s) - started )) s"
    exit 0
fi
echo "FAIL: the boot check did not pass; the console is in $console"
tail -c 3000 "$console"
exit 1
