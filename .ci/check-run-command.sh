#!/usr/bin/env bash
# CI, inside a fresh Debian 12 root: the README's run command installs what it needs, builds, and
# starts the app, which must still be running a while later (offscreen: CI has no display).
set -euo pipefail
cd "$(dirname "$0")/.."
log=/tmp/run-command.log
QT_QPA_PLATFORM=offscreen ./scripts/run.sh --profile /tmp/run-profile > "$log" 2>&1 &
runner=$!
# Whether the app runs (a minimal root has no pgrep; the brackets keep grep from finding itself).
app_running() {
    local cmdline
    for cmdline in /proc/[0-9]*/cmdline; do
        { tr '\0' ' ' < "$cmdline"; } 2> /dev/null | grep -q '^[b]uild/release/bin/avfallsrapport' && return 0
    done
    return 1
}
# The build comes first; wait for the app itself (at most 40 minutes).
for _ in $(seq 1 2400); do
    app_running && break
    kill -0 "$runner" 2> /dev/null || { tail -40 "$log"; echo "run.sh ended before the app started" >&2; exit 1; }
    sleep 1
done
app_running || { tail -40 "$log"; echo "the app never started" >&2; exit 1; }
sleep 15
if ! kill -0 "$runner" 2> /dev/null; then
    tail -40 "$log"
    echo "the app stopped within 15 s of starting" >&2
    exit 1
fi
echo "run.sh: the app started and was still running 15 s later"
kill "$runner"
wait "$runner" 2> /dev/null || true
