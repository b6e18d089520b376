#!/usr/bin/env bash
# Runs the judge's integration tests on a cgroup-v2-only kernel, in a throwaway virtual
# machine, for machines (like the project's own) that only have cgroup v1 controllers.
#
#   scripts/judge-on-cgroup-v2.sh [TEST_BINARY] [-- TEST_ARGS...]
#
# TEST_BINARY is a built test binary (default: the newest target/debug/deps/judge-*, from
# `cargo test --features ssr --test judge --no-run`); TEST_ARGS go to it (a test name filter,
# --nocapture, ...). The binary must have been built in this checkout: it finds the
# `grindstone` executable at the path cargo baked into it, which the VM sees at the same path.
#
# The VM boots Debian's kernel with `cgroup_no_v1=all`, sees the host's root filesystem
# read-only over 9p (with fresh tmpfs on /tmp, /run, /var/tmp, /var/log, /var/cache, /dev/shm),
# mounts cgroup2 at /sys/fs/cgroup, puts the tests in a child group (as a systemd service would
# be), and runs them as root with CI=true. Their output comes back on the serial console; the
# script exits with the tests' exit code, or 2 when the VM could not run them.
#
# It runs under KVM where the processor's virtualization is there (kvm_intel or kvm_amd), else
# under QEMU's emulation (TCG), ~10-40 times slower: on the project's machines /dev/kvm is PVM,
# which only runs kernels built as PVM guests, so TCG it is there (about 2 minutes), and the
# two tests whose compilers outrun the judge's limits there are skipped (see VM_SKIP below).
#
# Nothing is installed into the host's boot setup: QEMU, the kernel and busybox are Debian
# packages unpacked with `dpkg -x` under $GRINDSTONE_VM_DIR (default /opt/grindstone-vm); only
# the shared libraries QEMU links to are installed with apt. Needs root.
#
# Environment: GRINDSTONE_VM_DIR; VM_ACCEL (auto, kvm or tcg); VM_CPUS (2); VM_MEMORY (4096,
# MiB); VM_TIMEOUT (1800 s); VM_IN_ROOT_CGROUP=1 runs the tests in the root cgroup instead of a
# child group; VM_SKIP, test names to --skip (under TCG by default the two named below).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
VM_DIR=${GRINDSTONE_VM_DIR:-/opt/grindstone-vm}
VM_CPUS=${VM_CPUS:-2}
VM_MEMORY=${VM_MEMORY:-4096}
VM_TIMEOUT=${VM_TIMEOUT:-1800}
MARKER=GRINDSTONE-VM-EXIT

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31mjudge-on-cgroup-v2: %s\033[0m\n' "$*" >&2; exit 2; }

# --- arguments -----------------------------------------------------------------------------
TEST_BIN=
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  TEST_BIN=$1
  shift
fi
[ "${1:-}" = "--" ] && shift
TEST_ARGS=("$@")

if [ -z "$TEST_BIN" ]; then
  TEST_BIN=$(find "$REPO/target/debug/deps" -maxdepth 1 -type f -name 'judge-*' -perm -u+x \
    -printf '%T@ %p\n' 2>/dev/null | sort -n | tail -1 | cut -d' ' -f2-)
  [ -n "$TEST_BIN" ] || die "no judge test binary in $REPO/target/debug/deps: build one with
  cargo test --features ssr --test judge --no-run"
fi
TEST_BIN=$(realpath "$TEST_BIN")
[ -x "$TEST_BIN" ] || die "$TEST_BIN is not an executable"
[ -x "$REPO/target/debug/grindstone" ] \
  || die "$REPO/target/debug/grindstone is missing (the boxes run it): build the tests with cargo"
[ "$(id -u)" -eq 0 ] || die "needs root (QEMU shares the whole root filesystem as root)"

# --- the pieces, unpacked once under $VM_DIR -----------------------------------------------
export DEBIAN_FRONTEND=noninteractive
APT_UPDATED=
apt_update_once() {
  if [ -z "$APT_UPDATED" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
}

# Unpacks the candidate version of Debian packages into $1 (kept beside a stamp naming them).
unpack() {
  local dest=$1
  shift
  if [ -f "$dest/.unpacked" ] && [ "$(cat "$dest/.unpacked")" = "$*" ]; then
    return
  fi
  step "unpacking $* into $dest"
  local download
  download=$(mktemp -d)
  (cd "$download" && { apt-get download "$@" 2>/dev/null \
    || { apt_update_once && apt-get download "$@"; }; }) >&2 \
    || die "cannot download $*"
  rm -rf "$dest.new"
  mkdir -p "$dest.new"
  for deb in "$download"/*.deb; do
    dpkg -x "$deb" "$dest.new"
  done
  rm -rf "$download"
  echo "$*" > "$dest.new/.unpacked"
  rm -rf "$dest"
  mv "$dest.new" "$dest"
}

mkdir -p "$VM_DIR"

# The kernel: the image package linux-image-amd64 currently points to.
KERNEL_PACKAGE=$(cat "$VM_DIR/kernel/.unpacked" 2>/dev/null || true)
if [ -z "$KERNEL_PACKAGE" ]; then
  find_kernel() {
    apt-cache depends linux-image-amd64 2>/dev/null \
      | awk '/Depends: linux-image-[0-9]/ { print $2; exit }'
  }
  KERNEL_PACKAGE=$(find_kernel)
  [ -n "$KERNEL_PACKAGE" ] || { apt_update_once; KERNEL_PACKAGE=$(find_kernel); }
  [ -n "$KERNEL_PACKAGE" ] || die "apt knows no linux-image-amd64"
fi
unpack "$VM_DIR/kernel" "$KERNEL_PACKAGE"
VMLINUZ=$(ls "$VM_DIR"/kernel/boot/vmlinuz-* | head -1)
KVER=${VMLINUZ##*/vmlinuz-}
MODULES=$VM_DIR/kernel/lib/modules/$KVER

unpack "$VM_DIR/busybox" busybox-static
BUSYBOX=$VM_DIR/busybox/bin/busybox

# QEMU: the host's, else Debian's unpacked (installing it could replace host packages, such as
# a newer qemu-utils that breaks it) with the libraries it links to installed.
if command -v qemu-system-x86_64 >/dev/null; then
  QEMU=(qemu-system-x86_64)
else
  unpack "$VM_DIR/qemu" qemu-system-x86 qemu-system-common qemu-system-data seabios
  QEMU_BIN=$VM_DIR/qemu/usr/bin/qemu-system-x86_64
  if ldd "$QEMU_BIN" | grep -q 'not found'; then
    step "libraries QEMU links to"
    apt_update_once
    # The package's dependencies that are libraries (the rest is unpacked above).
    mapfile -t LIBS < <(apt-cache show --no-all-versions qemu-system-x86 \
      | sed -n 's/^Depends: //p' | tr ',' '\n' | sed 's/^ *//; s/ .*//' \
      | grep -Ev '^(qemu-|seabios|ipxe)')
    apt-get install -y -qq --no-install-recommends "${LIBS[@]}" >/dev/null
    ! ldd "$QEMU_BIN" | grep 'not found' || die "QEMU still misses libraries"
  fi
  QEMU=("$QEMU_BIN" -L "$VM_DIR/qemu/usr/share/qemu" -L "$VM_DIR/qemu/usr/share/seabios")
  # Where it finds its accelerator modules (TCG among them).
  export QEMU_MODULE_DIR=$VM_DIR/qemu/usr/lib/x86_64-linux-gnu/qemu
fi

# KVM with the processor's own virtualization runs the guest at native speed. A /dev/kvm served
# by PVM (pagetable-based virtualization, as on nested cloud machines) only runs kernels built as
# PVM guests: Debian's crawls there, slower than QEMU's own emulation (TCG), which is used then.
VM_ACCEL=${VM_ACCEL:-auto}
if [ "$VM_ACCEL" = auto ]; then
  if [ -r /dev/kvm ] && [ -w /dev/kvm ] && { [ -d /sys/module/kvm_intel ] || [ -d /sys/module/kvm_amd ]; }; then
    VM_ACCEL=kvm
  else
    VM_ACCEL=tcg
    if [ -d /sys/module/kvm_pvm ]; then
      step "/dev/kvm is PVM here (it runs only PVM guest kernels): emulating with TCG instead, expect ~10x slower tests"
    else
      step "no hardware KVM here: emulating with TCG, expect ~10x slower tests"
    fi
  fi
fi
case $VM_ACCEL in
  kvm) ACCEL=(-accel kvm -cpu host) ;;
  tcg) ACCEL=(-accel tcg,thread=multi,tb-size=512 -cpu max) ;;
  *) die "VM_ACCEL must be auto, kvm or tcg" ;;
esac

# --- the initramfs: load 9p over virtio, mount the host's root, switch to it -----------------
WORK=$(mktemp -d /tmp/judge-vm.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# A module's dependencies, from its .modinfo section (the package ships no modules.dep).
module_file() {
  find "$MODULES/kernel" -name "$1.ko" -o -name "$1.ko.xz" -o -name "$1.ko.zst" | head -1
}
module_cat() {
  case $1 in
    *.xz) xz -dc "$1" ;;
    *.zst) zstd -dc "$1" ;;
    *) cat "$1" ;;
  esac
}
ORDER=()
add_module() {
  local name=$1 file dep m
  for m in ${ORDER[@]+"${ORDER[@]}"}; do [ "$m" = "$name" ] && return; done
  if grep -qE "/$name\.ko" "$MODULES/modules.builtin" 2>/dev/null; then return; fi
  file=$(module_file "$name")
  [ -n "$file" ] || die "kernel module $name not found under $MODULES"
  for dep in $(module_cat "$file" | tr '\0' '\n' | sed -n 's/^depends=//p' | tr ',' ' '); do
    add_module "${dep//-/_}"
  done
  module_cat "$file" > "$WORK/initramfs/modules/$name.ko"
  ORDER+=("$name")
}
mkdir -p "$WORK/initramfs"/{bin,dev,proc,sys,newroot,modules}
for module in virtio_pci 9pnet_virtio 9p; do
  add_module "$module"
done
echo "${ORDER[*]}" > "$WORK/initramfs/modules/order"
cp "$BUSYBOX" "$WORK/initramfs/bin/busybox"

cat > "$WORK/initramfs/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
fail() {
  echo "GRINDSTONE-VM: boot failed: $*"
  echo o > /proc/sysrq-trigger
  sleep 10
}
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
for module in $(cat /modules/order); do
  insmod "/modules/$module.ko" || fail "insmod $module"
done
tries=0
until mount -t 9p -o ro,trans=virtio,version=9p2000.L,cache=loose,msize=262144 hostroot /newroot; do
  tries=$((tries + 1))
  [ "$tries" -lt 50 ] || fail "cannot mount the host's root over 9p"
  sleep 0.1
done
job=$(sed -n 's/.*gs\.job=\([^ ]*\).*/\1/p' /proc/cmdline)
cp "/newroot$job" /job.sh || fail "cannot read the job $job"
for dir in tmp run var/tmp var/log var/cache; do
  mount -t tmpfs -o mode=1777 tmpfs "/newroot/$dir" || fail "tmpfs on /$dir"
done
chmod 755 /newroot/run /newroot/var/log /newroot/var/cache
mkdir -p /newroot/run/grindstone-vm
cp /job.sh /newroot/run/grindstone-vm/job.sh
for fs in proc sys dev; do
  mount --move "/$fs" "/newroot/$fs" || fail "moving /$fs"
done
exec switch_root /newroot /bin/bash /run/grindstone-vm/job.sh
INIT
chmod 755 "$WORK/initramfs/init"
(cd "$WORK/initramfs" && find . | "$BUSYBOX" cpio -o -H newc 2>/dev/null) \
  | gzip -1 > "$WORK/initramfs.cpio.gz"

# Emulated, the compilers are 10 to 40 times slower (g++ and javac take 20-40 s of CPU for a
# hello world there, rustc ~10 s), past the judge's 10 s compilation limit: the two tests that
# need javac (and the others) to finish cannot pass, and are skipped unless VM_SKIP says
# otherwise (VM_SKIP="" runs everything; names are libtest --skip filters).
# Tests run one at a time there too: the emulated CPUs are the host's two cores, and a guest
# counts the time its CPU waited for the host as CPU time, which pushed runs over their limits.
if [ "$VM_ACCEL" = tcg ]; then
  VM_SKIP=${VM_SKIP-the_six_languages_are_available_and_accept_a_right_answer compilation_errors_carry_the_compiler_output}
  [[ " ${TEST_ARGS[*]-} " == *" --test-threads"* ]] || TEST_ARGS+=(--test-threads=1)
fi
for name in ${VM_SKIP:-}; do
  step "SKIPPING $name (too slow under emulation; VM_SKIP= runs it)"
  TEST_ARGS+=(--skip "$name")
done

# --- the job: runs in the VM as PID 1, on the host's root ---------------------------------
quote() { printf '%q ' "$@"; }
cat > "$WORK/job.sh" <<JOB
#!/bin/bash
set -u
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
IN_ROOT_CGROUP=$(quote "${VM_IN_ROOT_CGROUP:-}")
finish() {
  echo "$MARKER \$1"
  sync
  echo o > /proc/sysrq-trigger
  sleep 10 2>/dev/null
}
mkdir -p /dev/pts /dev/shm
mount -t devpts -o newinstance,ptmxmode=0666 devpts /dev/pts
mount -t tmpfs -o mode=1777 tmpfs /dev/shm
mount -t cgroup2 -o nsdelegate cgroup2 /sys/fs/cgroup || { echo "cannot mount cgroup2"; finish 125; }
ip link set lo up || { echo "cannot bring up loopback"; finish 125; }
hostname grindstone-vm
echo "--- VM: kernel \$(uname -r), \$(nproc) CPUs, \$(awk '/MemTotal/ {print \$2/1024 " MiB"}' /proc/meminfo)"
echo "--- VM: cgroup mounts:"; grep cgroup /proc/self/mounts
echo "--- VM: controllers at the root: \$(cat /sys/fs/cgroup/cgroup.controllers)"
if grep -q ' cgroup ' /proc/self/mounts; then
  echo "a cgroup v1 hierarchy is mounted"; finish 125
fi
if [ -z "\${IN_ROOT_CGROUP}" ]; then
  # As a systemd service would be: in a group of its own, below the root.
  mkdir /sys/fs/cgroup/judge-tests && echo \$\$ > /sys/fs/cgroup/judge-tests/cgroup.procs \\
    || { echo "cannot move into a child cgroup"; finish 125; }
fi
echo "--- VM: tests run in cgroup \$(cat /proc/self/cgroup)"
cd $(quote "$REPO") || finish 125
echo "--- VM: $(quote "$TEST_BIN" ${TEST_ARGS[@]+"${TEST_ARGS[@]}"})"
env -i PATH="\$PATH" HOME=/root LANG=C.UTF-8 CI=true RUST_BACKTRACE=1 \
  CARGO_MANIFEST_DIR=$(quote "$REPO") CARGO_PKG_NAME=grindstone \
  $(quote "$TEST_BIN" ${TEST_ARGS[@]+"${TEST_ARGS[@]}"}) 2>&1
status=\$?
echo "--- VM: cgroups left under /sys/fs/cgroup/grindstone-judge: \$(find /sys/fs/cgroup/grindstone-judge -mindepth 1 -maxdepth 1 -type d 2>/dev/null | wc -l)"
finish \$status
JOB

# --- boot ---------------------------------------------------------------------------------
step "booting Linux $KVER (cgroup v2 only, $VM_ACCEL) with ${VM_CPUS} CPUs and ${VM_MEMORY} MiB; tests: ${TEST_BIN#"$REPO"/}"
START=$(date +%s)
set +e
timeout --foreground -k 10 "$VM_TIMEOUT" "${QEMU[@]}" \
  -nodefaults -no-user-config -no-reboot \
  -machine q35 "${ACCEL[@]}" -smp "$VM_CPUS" -m "$VM_MEMORY" \
  -display none -vga none \
  -chardev stdio,id=console,signal=off -serial chardev:console \
  -kernel "$VMLINUZ" -initrd "$WORK/initramfs.cpio.gz" \
  -append "console=ttyS0 quiet loglevel=4 panic=-1 cgroup_no_v1=all systemd.unified_cgroup_hierarchy=1 gs.job=$WORK/job.sh" \
  -virtfs local,path=/,mount_tag=hostroot,security_model=passthrough,readonly=on,multidevs=remap \
  </dev/null 2>"$WORK/qemu.err" | tee "$WORK/console.log"
QEMU_STATUS=${PIPESTATUS[0]}
set -e
SECONDS_TAKEN=$(($(date +%s) - START))

STATUS=$(tr -d '\r' < "$WORK/console.log" | sed -n "s/^$MARKER \([0-9]*\)$/\1/p" | tail -1)
if [ -z "$STATUS" ]; then
  cat "$WORK/qemu.err" >&2
  if [ "$QEMU_STATUS" -eq 124 ]; then
    die "the VM did not finish within ${VM_TIMEOUT}s (VM_TIMEOUT)"
  fi
  die "the VM did not run the tests (QEMU exited with $QEMU_STATUS after ${SECONDS_TAKEN}s): see the console output above"
fi
if [ "$STATUS" -eq 125 ]; then
  die "the VM could not set up cgroup v2 for the tests (see above)"
fi
if [ "$STATUS" -ne 0 ]; then
  printf '\033[1;31mjudge-on-cgroup-v2: the judge tests FAILED on cgroup v2 (exit %s, %ss)\033[0m\n' \
    "$STATUS" "$SECONDS_TAKEN" >&2
  exit "$STATUS"
fi
printf '\033[1mjudge-on-cgroup-v2: the judge tests passed on cgroup v2 (%ss)\033[0m\n' \
  "$SECONDS_TAKEN" >&2
