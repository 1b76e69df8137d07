#!/usr/bin/env bash
# Installs what is missing, checks formatting, builds with warnings as errors, runs every test
# (with a real Secret Service for the keychain tests), then builds and runs the whole suite again
# with AddressSanitizer and UndefinedBehaviorSanitizer.
#   --quick   skip the sanitizer build (for day-to-day work; CI runs everything)
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
[[ "${1:-}" == "--quick" ]] && quick=1

scripts/deps.sh test
scripts/check-format.sh

jobs=$(nproc)

run_suite() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DAVFALL_WERROR=ON "$@" > "$dir.configure.log" 2>&1 \
        || { cat "$dir.configure.log"; return 1; }
    cmake --build "$dir" -j "$jobs"
    scripts/with-keyring.sh ctest --test-dir "$dir" --output-on-failure -j "$jobs" -LE bench
}

mkdir -p build
echo "== Bygg och testa / build and test (build/ci) =="
run_suite build/ci -DCMAKE_BUILD_TYPE=Debug

if [[ $quick -eq 0 ]]; then
    echo "== AddressSanitizer + UndefinedBehaviorSanitizer (build/asan) =="
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    run_suite build/asan -DCMAKE_BUILD_TYPE=Debug -DAVFALL_SANITIZE=ON -DAVFALL_BUILD_BENCHMARKS=OFF
fi
echo "Alla tester gick igenom / all tests passed."
