#!/usr/bin/env bash
# lsearch carries ICU's static archives (cmake/static_icu.cmake): it needs no
# shared ICU, so a search process maps and relocates two objects fewer. Nothing
# else takes them: lindex, liblsearch and the Python module link the shared ICU
# (a library must not carry its own copy), and lsearch still finds ICU's data.
#   LSEARCH=... LINDEX=... LIBRARY=liblsearch.so [MODULE=lsearch*.so]
set -euo pipefail
: "${LSEARCH:?}" "${LINDEX:?}" "${LIBRARY:?}"
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

got=$(needed "$LSEARCH" | grep '^libicu' || true)
[ -z "$got" ] || fail "lsearch needs $(echo $got)"
# The others load the shared ICU (the module through liblsearch: ldd lists what it loads).
# ldd's whole output first: grep -q exits at its first match, and with pipefail
# the SIGPIPE that ldd may then get failed the check (2 of 3 ctest runs under load).
for object in "$LINDEX" "$LIBRARY" ${MODULE:+"$MODULE"}; do
  loads=$(ldd "$object")
  grep -q 'libicuuc\.so' <<<"$loads" || fail "$(basename "$object") does not load libicuuc"
done
# ICU's data is in the binary: case folding of a non-ASCII query word works.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lsearch-icu-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/corpus"
printf 'Title: Straße\n\nDie GROSSE Straße nach Zürich.\n' > "$WORK/corpus/a.txt"
"$LINDEX" --db "$WORK/db" --quiet "$WORK/corpus"
hits=$("$LSEARCH" --db "$WORK/db" -f ids 'ZÜRICH') || fail "lsearch ZÜRICH: exit $?"
[ "$hits" = "a.txt" ] || fail "lsearch ZÜRICH found '$hits', want a.txt"
[ $failures -eq 0 ] || exit 1
echo "static ICU: lsearch needs no shared ICU; lindex, liblsearch${MODULE:+, the Python module} do"
