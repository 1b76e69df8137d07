#!/usr/bin/env bash
# Runs a command as root inside a brand-new minimal Debian 12 root that holds a clean clone of this
# project, so that a missing install step fails instead of hiding behind what this machine already
# has. Used by .ci/run; handy by hand too.
#
#   scripts/fresh-debian.sh [options] 'command'
#     --repo DIR      the git repository to clone (default: this one; only committed work is cloned)
#     --put SRC:DEST  copy a file of this machine into the root before the command (DEST inside it)
#     --get SRC:DEST  copy a file out of the root after the command (SRC inside it, glob allowed)
#
# The command runs in /root/project. The bare base (debootstrap --variant=minbase bookworm, plus git)
# is made once a day and kept under $AVFALL_FRESH_CACHE (default /var/cache/avfallsrapport-fresh);
# every run copies it, so nothing one run installs is seen by the next. Downloaded .deb files are kept
# in a shared cache so that repeated runs do not fetch them again; they are only files, the packages
# themselves are installed anew in every root. The mirror and apt's settings come from this machine.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
puts=()
gets=()
while [[ $# -gt 1 ]]; do
    case $1 in
        --repo) repo=$(cd "$2" && pwd); shift 2 ;;
        --put) puts+=("$2"); shift 2 ;;
        --get) gets+=("$2"); shift 2 ;;
        *) echo "okänd flagga / unknown option: $1" >&2; exit 64 ;;
    esac
done
command=${1:?usage: scripts/fresh-debian.sh [--repo DIR] [--put SRC:DEST] [--get SRC:DEST] COMMAND}
[[ $(id -u) -eq 0 ]] || { echo "fresh-debian.sh måste köras som root / must run as root" >&2; exit 1; }

cache=${AVFALL_FRESH_CACHE:-/var/cache/avfallsrapport-fresh}
base="$cache/bookworm-$(date +%Y-%m-%d)"
archives="$cache/apt-archives"
mkdir -p "$cache" "$archives/partial"

# The first deb line of this machine's apt sources (deb822 or one-line format).
mirror() {
    local uri
    uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | head -1 | awk '{print $2}')
    [[ -n "$uri" ]] || uri=$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        | head -1 | awk '{print $2}')
    [[ -n "$uri" ]] || { echo "hittar ingen apt-spegel / no apt mirror found in /etc/apt" >&2; return 1; }
    echo "$uri"
}

make_base() {
    command -v debootstrap > /dev/null \
        || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap > /dev/null
    local building="$base.building"
    rm -rf "$building"
    echo "== fresh-debian: debootstrap --variant=minbase bookworm ($(mirror)) =="
    debootstrap --variant=minbase --include=git,ca-certificates bookworm "$building" "$(mirror)" \
        > "$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log"; echo "debootstrap misslyckades / failed" >&2; return 1; }
    # This machine's package sources (updates and security too) and its apt fetch settings, so the
    # root sees the same archive a Debian 12 machine here would.
    rm -f "$building/etc/apt/sources.list"
    cp /etc/apt/sources.list.d/*.sources "$building/etc/apt/sources.list.d/" 2> /dev/null || true
    cp /etc/apt/sources.list "$building/etc/apt/" 2> /dev/null || true
    grep -ls '^Acquire::' /etc/apt/apt.conf.d/* | xargs -r cp -t "$building/etc/apt/apt.conf.d/"
    rm -rf "$building/var/cache/apt/archives"/*.deb
    mv "$building" "$base"
    # Older days' bases are no longer used.
    find "$cache" -maxdepth 1 -name 'bookworm-*' ! -path "$base" -exec rm -rf {} +
}
[[ -d "$base" ]] || make_base

root=$(mktemp -d /var/tmp/avfall-fresh-XXXXXX)
cleanup() {
    # End every process still running inside this root (only ours live there), then unmount and
    # remove it. rm never crosses into a mount that survived, so /dev of the machine is safe.
    local pid
    for pid in /proc/[0-9]*; do
        [[ $(readlink "$pid/root" 2> /dev/null) == "$root" ]] && kill -9 "${pid#/proc/}" 2> /dev/null
    done
    sleep 0.5
    for mnt in var/cache/apt/archives sys dev proc; do
        umount -R -l "$root/$mnt" 2> /dev/null || true
    done
    if ! grep -q " $root/" /proc/mounts; then
        rm -rf --one-file-system "$root"
    else
        echo "fresh-debian: $root är fortfarande monterad, tas inte bort / still mounted, kept" >&2
    fi
}
trap cleanup EXIT

echo "== fresh-debian: copy of the base in $root =="
cp -a "$base/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2> /dev/null || true
git clone -q "$repo" "$root/root/project"
for put in "${puts[@]}"; do
    mkdir -p "$(dirname "$root/${put#*:}")"
    cp "${put%%:*}" "$root/${put#*:}"
done

mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount -t sysfs sys "$root/sys"
mount --bind "$archives" "$root/var/cache/apt/archives"

rc=0
chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "cd /root/project && $command" || rc=$?

for get in "${gets[@]}"; do
    # shellcheck disable=SC2086 # the source may be a glob inside the root
    cp $root/${get%%:*} "${get#*:}" || { [[ $rc -ne 0 ]] || rc=1; }
done
exit $rc
