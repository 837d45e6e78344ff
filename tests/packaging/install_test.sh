#!/usr/bin/env bash
# The fixture of the packaging tests: `cmake --install` of this build tree into
# a fresh prefix ($PREFIX), then a look at what must be there.
set -euo pipefail
: "${BUILD_DIR:?}" "${PREFIX:?}"
rm -rf "$PREFIX"
cmake --install "$BUILD_DIR" --prefix "$PREFIX" >/dev/null
failures=0
for f in bin/lindex bin/lsearch bin/lsearch-serve include/lsearch/searcher.h include/lsearch/indexer.h \
  include/lsearch/error.h include/lsearch/version.h include/lsearch/export.h; do
  [ -e "$PREFIX/$f" ] || { echo "FAIL: not installed: $f" >&2; failures=$((failures + 1)); }
done
for pattern in 'liblsearch.so.[0-9]*' 'lsearchConfig.cmake' 'lsearchConfigVersion.cmake' \
  'lsearchTargets.cmake' 'lsearch.pc'; do
  [ -n "$(find "$PREFIX" -name "$pattern" -print -quit)" ] ||
    { echo "FAIL: not installed: $pattern" >&2; failures=$((failures + 1)); }
done
[ $failures -eq 0 ] || exit 1
echo "install: $(find "$PREFIX" -type f | wc -l) files in $PREFIX"
