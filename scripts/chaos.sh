#!/usr/bin/env bash
# The chaos run: NOTES notes (default 1,000) queued, then `avfall queue flush` started again and
# again and killed with SIGKILL at random for about SECONDS seconds (default 480) while
# `avfall sandbox --faults … --faults-repeat` cycles through every gateway fault (store-then-502,
# store-then-504, store-then-reset, store-then-close, 429, 429-date, 503-maintenance, slow,
# html-error, xml-error and the three kinds of broken framing, each after a request that goes
# through). Then the gateway behaves, the queue is flushed to the end, and every uncertain note is
# settled with `avfall queue check` (which must agree with what the register really holds) and,
# if it never arrived, `avfall queue resend`. Prints the figures: notes at the register (each
# exactly once), sent, uncertain (and how many truly arrived), lost and doubled; exits non-zero
# when anything was lost or doubled. About ten minutes in all.
#   scripts/chaos.sh [NOTES] [SECONDS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
notes=${1:-1000}
seconds=${2:-480}
build=${3:-build/ci}
[[ -x "$build/bin/tst_queuekill" && -x "$build/bin/avfall" ]] || { echo "Bygg först: cmake --build $build" >&2; exit 1; }
AVFALL_CHAOS_NOTES=$notes AVFALL_CHAOS_SECONDS=$seconds AVFALL_BIN_DIR="$PWD/$build/bin" \
    QT_QPA_PLATFORM=offscreen timeout 1500 "$build/bin/tst_queuekill" chaosThroughAllFaultModes -maxwarnings 0
