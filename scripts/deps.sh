#!/usr/bin/env bash
# Installs the Debian 12 packages Avfallsrapport needs, only those that are missing.
# Usage: scripts/deps.sh [run|test|package]
#   run      what building and starting the app needs
#   test     adds what the test suite needs
#   package  adds what building the Debian package needs
#   screenshots  adds what scripts/screenshots.sh needs
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libgl-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
    libssl-dev gnome-keyring dbus fonts-dejavu-core openssl
    libqt6svg6 libqrencode-dev libproj-dev proj-data libsqlite3-dev libzip-dev libxlsxwriter-dev
)
# zbar-tools and poppler-utils read the receipt's QR code and text back in tst_mainwindow.
test_packages=(clang-format curl xauth xvfb desktop-file-utils appstream python3 python3-jsonschema
    zbar-tools poppler-utils imagemagick)
package_packages=(dpkg-dev file)
screenshot_packages=(xvfb xauth xdotool imagemagick)

wanted=("${build_packages[@]}")
case "${1:-run}" in
    run) ;;
    test) wanted+=("${test_packages[@]}") ;;
    package) wanted+=("${package_packages[@]}") ;;
    screenshots) wanted+=("${screenshot_packages[@]}") ;;
    *) echo "usage: scripts/deps.sh [run|test|package|screenshots]" >&2; exit 64 ;;
esac

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installerar saknade paket / installing missing packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
