#!/usr/bin/env bash
# A program outside the tree (tests/consumer/) is built against the install
# prefix twice, with find_package(lsearch) and with pkg-config; each indexes
# corpus/ and searches it, and its ids must be the installed CLI's.
#   PREFIX=install prefix  SOURCE_DIR=repository  SANITIZE_FLAGS=flags of the library's build
set -euo pipefail
: "${PREFIX:?}" "${SOURCE_DIR:?}"
flags=${SANITIZE_FLAGS:-}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lsearch-consumer-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
unset LSEARCH_DB
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

version=$(sed -n 's/^#define LSEARCH_VERSION_STRING "\(.*\)"/\1/p' "$PREFIX/include/lsearch/version.h")
[ "$("$PREFIX/bin/lsearch" --version)" = "lsearch $version" ] || fail "lsearch --version"
[ "$("$PREFIX/bin/lindex" --version)" = "lindex $version" ] || fail "lindex --version"

# 1. CMake: find_package(lsearch) -> lsearch::lsearch
cmake -S "$SOURCE_DIR/tests/consumer" -B "$WORK/cmake-build" -DCMAKE_PREFIX_PATH="$PREFIX" \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" >"$WORK/log" ||
  { cat "$WORK/log"; exit 1; }
cmake --build "$WORK/cmake-build" >"$WORK/log" 2>&1 || { cat "$WORK/log"; exit 1; }

# 2. pkg-config: the same source, one compiler command.
pc_dir=$(dirname "$(find "$PREFIX" -name lsearch.pc -print -quit)")
# shellcheck disable=SC2046,SC2086
g++ -std=c++17 $flags "$SOURCE_DIR/tests/consumer/consumer.cpp" -o "$WORK/consumer-pc" \
  $(PKG_CONFIG_PATH="$pc_dir" pkg-config --cflags --libs lsearch)
lib_dir=$(dirname "$(find "$PREFIX" -name 'liblsearch.so' -print -quit)")

query="mass graves"
for build in cmake pc; do
  if [ $build = cmake ]; then program="$WORK/cmake-build/consumer"; else program="$WORK/consumer-pc"; fi
  db="$WORK/$build.db"
  LD_LIBRARY_PATH="$lib_dir" "$program" "$db" "$SOURCE_DIR/corpus" "$query" Haftar >"$WORK/$build.ids" ||
    fail "$build consumer failed"
  "$PREFIX/bin/lsearch" "$query" --db "$db" -f ids --limit 100 --actor Haftar >"$WORK/cli.ids" || true
  [ -s "$WORK/cli.ids" ] || fail "$build: the CLI found nothing for '$query' --actor Haftar"
  cmp -s "$WORK/$build.ids" "$WORK/cli.ids" || fail "$build consumer ids differ from the CLI's"
done

# 3. Python: the installed module, imported from the prefix, gives the CLI's ids.
if [ -n "${PYTHON:-}" ]; then
  site=$(dirname "$(find "$PREFIX" -path '*/lsearch/__init__.py' -print -quit)")
  [ -e "$site/__init__.pyi" ] || fail "the .pyi stub is not installed beside the module"
  # shellcheck disable=SC2016
  script='import sys, lsearch
assert lsearch.__file__.startswith(sys.argv[1]), lsearch.__file__
for hit in lsearch.Searcher(sys.argv[2]).search("mass graves", actors=["Haftar"], limit=100).hits:
    print(hit.id)'
  PYTHONPATH=$(dirname "$site") LD_PRELOAD=${ASAN_PRELOAD:-} ASAN_OPTIONS=detect_leaks=0 "$PYTHON" -c "$script" "$PREFIX" "$WORK/pc.db" \
    >"$WORK/python.ids" || fail "the installed Python module failed"
  cmp -s "$WORK/python.ids" "$WORK/cli.ids" || fail "the installed Python module's ids differ from the CLI's"
fi
[ $failures -eq 0 ] || exit 1
echo "consumer: find_package, pkg-config and Python give the CLI's $(wc -l <"$WORK/cli.ids") ids"
