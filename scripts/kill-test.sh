#!/usr/bin/env bash
# The long version of the kill test for manual runs: `avfall queue flush` against the sandbox,
# killed with SIGKILL ROUNDS times (default 100), then checked for lost or doubled notes.
#   scripts/kill-test.sh [ROUNDS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-100}
build=${2:-build/ci}
[[ -x "$build/bin/tst_queuekill" ]] || { echo "Bygg först: cmake --build $build" >&2; exit 1; }
AVFALL_KILL_ROUNDS=$rounds AVFALL_BIN_DIR="$PWD/$build/bin" QT_QPA_PLATFORM=offscreen \
    "$build/bin/tst_queuekill" killedFlushesLoseAndDoubleNothing
