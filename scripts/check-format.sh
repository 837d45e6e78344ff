#!/usr/bin/env bash
# Fails when a C++ file differs from what the repo's .clang-format makes of it
# (run `make -f Makefile.helpers format` to fix). Run by ctest as format_check.
set -euo pipefail
cd "$(dirname "$0")/.."
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')
else
  mapfile -t files < <(find common indexer searcher tests eval bench fuzz -name '*.cpp' -o -name '*.h')
fi
clang-format --dry-run --Werror "${files[@]}"
echo "format_check: ${#files[@]} files match .clang-format"
