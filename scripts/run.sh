#!/usr/bin/env bash
# Installs what is missing, builds Avfallsrapport and starts it (against the built-in sandbox
# unless you have chosen another environment). Arguments are passed to the app, e.g. --profile DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh run
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAVFALL_BUILD_TESTS=OFF > build-configure.log 2>&1 || { cat build-configure.log; exit 1; }
rm -f build-configure.log
cmake --build build/release --target avfallsrapport avfall

# QT_QPA_PLATFORM=offscreen (as CI checks this command) needs no display either.
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "Ingen skärm hittades (DISPLAY är tom). Starta från ett skrivbord, eller prova: xvfb-run build/release/bin/avfallsrapport" >&2
    echo "No display found (DISPLAY is empty). Start from a desktop session, or try: xvfb-run build/release/bin/avfallsrapport" >&2
    exit 1
fi
exec build/release/bin/avfallsrapport "$@"
