#!/usr/bin/env bash
# Installs what is missing, builds the Debian package build/release/avfallsrapport_VERSION_ARCH.deb
# (its dependencies found by dpkg-shlibdeps) and installs it with apt, which fetches what it needs.
#   --build-only   build the package, do not install it
set -euo pipefail
cd "$(dirname "$0")/.."

install=1
[[ "${1:-}" == "--build-only" ]] && install=0

scripts/deps.sh package
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAVFALL_BUILD_TESTS=OFF > build-configure.log 2>&1 || { cat build-configure.log; exit 1; }
rm -f build-configure.log
cmake --build build/release
rm -f build/release/avfallsrapport_*.deb
(cd build/release && cpack -G DEB > cpack.log 2>&1) || { cat build/release/cpack.log; exit 1; }
deb=$(ls build/release/avfallsrapport_*.deb)
echo "Paket / package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Depends

if [[ $install -eq 1 ]]; then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -qq "./$deb"
    echo "Installerat / installed: avfallsrapport (meny: Avfallsrapport), avfall; man avfall"
fi
