#!/usr/bin/env bash
# `cpack -G DEB` in this build tree gives lsearch_<version>_amd64.deb; unpacked
# into a scratch root (dpkg-deb -x) it holds everything `cmake --install` puts in
# place, its Depends name the shared libraries it links, and the packaged
# lsearch, library and Python module run from that root.
#   BUILD_DIR=build tree  PYTHON=python3 of the module  ASAN_PRELOAD=ASan runtime (asan build)
#   ALLOCATOR_LIB=the malloc library linked into lindex, if any
set -euo pipefail
: "${BUILD_DIR:?}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lsearch-deb-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

version=$(sed -n 's/^#define LSEARCH_VERSION_STRING "\(.*\)"/\1/p' "$BUILD_DIR/include/lsearch/version.h")
arch=$(dpkg --print-architecture)
(cd "$BUILD_DIR" && cpack -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; exit 1; }
deb="$WORK/out/lsearch_${version}_${arch}.deb"
[ -f "$deb" ] || { fail "no $(basename "$deb"): $(ls "$WORK/out")"; exit 1; }

depends=$(dpkg-deb -f "$deb" Depends)
for package in libxapian30 libicu72 libre2-9 zlib1g libstdc++6 python3; do
  [[ $depends == *"$package"* ]] || fail "Depends lacks $package: $depends"
done
if [ -n "${ALLOCATOR_LIB:-}" ]; then  # lindex's malloc (cmake/allocator.cmake)
  package=$(dpkg -S "$(readlink -f "$ALLOCATOR_LIB")" | cut -d: -f1)
  [[ $depends == *"$package"* ]] || fail "Depends lacks $package (lindex's allocator): $depends"
fi

root="$WORK/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/lindex usr/bin/lsearch usr/bin/lsearch-serve usr/lib/liblsearch.so "usr/lib/liblsearch.so.${version%%.*}" \
  usr/include/lsearch/searcher.h usr/include/lsearch/indexer.h usr/include/lsearch/error.h \
  usr/include/lsearch/version.h usr/lib/cmake/lsearch/lsearchConfig.cmake \
  usr/lib/cmake/lsearch/lsearchConfigVersion.cmake usr/lib/pkgconfig/lsearch.pc \
  usr/share/man/man1/lindex.1.gz usr/share/man/man1/lsearch.1.gz \
  usr/share/bash-completion/completions/lsearch usr/share/bash-completion/completions/lindex \
  usr/lib/python3/dist-packages/lsearch/__init__.py usr/lib/python3/dist-packages/lsearch/__init__.pyi; do
  [ -e "$root/$f" ] || fail "not in the package: /$f"
done
ls "$root"/usr/lib/python3/dist-packages/lsearch/_native.*.so >/dev/null 2>&1 ||
  fail "not in the package: the Python extension"

export LD_LIBRARY_PATH="$root/usr/lib"
[ "$("$root/usr/bin/lsearch" --version)" = "lsearch $version" ] || fail "packaged lsearch --version"
[ "$("$root/usr/bin/lindex" --version)" = "lindex $version" ] || fail "packaged lindex --version"
# lsearch serve runs the lsearch-serve installed beside it.
serve_help=$("$root/usr/bin/lsearch" serve --help) || fail "packaged lsearch serve --help"
[[ $serve_help == *--listen* ]] || fail "packaged lsearch serve --help: $serve_help"
if [ -n "${PYTHON:-}" ]; then
  got=$(PYTHONPATH="$root/usr/lib/python3/dist-packages" LD_PRELOAD=${ASAN_PRELOAD:-} ASAN_OPTIONS=detect_leaks=0 \
    "$PYTHON" -c 'import lsearch; print(lsearch.__file__, lsearch.__version__)') || fail "packaged module import"
  [[ $got == "$root/"*" $version" ]] || fail "packaged module: $got"
fi
[ $failures -eq 0 ] || exit 1
echo "deb: $(basename "$deb") ($(du -h "$deb" | cut -f1)), $(dpkg-deb -c "$deb" | grep -vc '/$') files; Depends: $depends"
