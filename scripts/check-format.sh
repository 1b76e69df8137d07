#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format (.clang-format) makes of it.
#   --fix   reformat the files in place instead
set -euo pipefail
cd "$(dirname "$0")/.."
mode=(--dry-run -Werror)
[[ "${1:-}" == "--fix" ]] && mode=(-i)
git ls-files -z '*.cpp' '*.h' | xargs -0 -r clang-format "${mode[@]}"
echo "Formatering OK / formatting OK"
