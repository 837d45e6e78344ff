#!/usr/bin/env bash
# lindex runs on the allocator the build linked (cmake/allocator.cmake): at run
# time every library's malloc and free bind to it. Nothing else takes it:
# lsearch keeps glibc's, and liblsearch and the Python module must never
# replace their host program's malloc.
#   ALLOCATOR_LIB=libmimalloc.so LINDEX=... LSEARCH=... LIBRARY=liblsearch.so [MODULE=lsearch*.so]
set -euo pipefail
: "${ALLOCATOR_LIB:?}" "${LINDEX:?}" "${LSEARCH:?}" "${LIBRARY:?}"
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

soname=$(readelf -d "$ALLOCATOR_LIB" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ -n "$soname" ] || fail "no SONAME in $ALLOCATOR_LIB"

# Which object each symbol binding of malloc/free goes to, as the dynamic loader did it.
bindings() {  # bindings PROGRAM SYMBOL
  LD_DEBUG=bindings "$1" --version 2>&1 >/dev/null |
    sed -n "s/.* to \([^ ]*\) \[[0-9]*\]: normal symbol \`$2'.*/\1/p" | xargs -rn1 basename | sort -u
}
for symbol in malloc free; do
  got=$(bindings "$LINDEX" "$symbol")
  [ "$got" = "$soname" ] || fail "lindex: $symbol binds to '$(echo $got)', want $soname only"
  got=$(bindings "$LSEARCH" "$symbol")
  [ "$got" = "libc.so.6" ] || fail "lsearch: $symbol binds to '$(echo $got)', want libc.so.6"
done

needed "$LINDEX" | grep -qxF "$soname" || fail "lindex does not need $soname"
for object in "$LIBRARY" ${MODULE:+"$MODULE"}; do
  if needed "$object" | grep -qxF "$soname"; then fail "$(basename "$object") needs $soname"; fi
done
[ $failures -eq 0 ] || exit 1
echo "allocator: lindex's malloc and free are $soname's; lsearch, liblsearch${MODULE:+, the Python module} keep their host's"
