#!/usr/bin/env bash
# liblsearch.so has a SONAME and exports the public API of include/lsearch/ and
# nothing else: no internal lsearch classes, no Xapian, no std:: instances.
#   LIBRARY=path/to/liblsearch.so.X.Y.Z
set -euo pipefail
: "${LIBRARY:?set LIBRARY to liblsearch.so}"
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

soname=$(readelf -d "$LIBRARY" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[[ $soname =~ ^liblsearch\.so\.[0-9]+$ ]] || fail "SONAME is '$soname', want liblsearch.so.N"

# Demangled names of the defined dynamic symbols, without their version.
mapfile -t exported < <(nm -D --defined-only -C "$LIBRARY" | cut -d' ' -f3- | sed 's/@@*LSEARCH_[0-9]*$//' | sort -u)
[ ${#exported[@]} -gt 0 ] || fail "nm -D found no symbols"

# What the public headers declare: the error family (with vtable and type_info),
# the Searcher class, update_index(), merge_spelling(), indexed_document_count() and version().
public='^((typeinfo for |typeinfo name for |vtable for )?lsearch::(Error|CorpusError|ShrinkError|IndexError|SchemaMismatchError|LockedError|InterruptedError|QueryError)(::|$)|lsearch::Searcher::[^I]|lsearch::update_index\(|lsearch::merge_spelling\(|lsearch::indexed_document_count\(|lsearch::version\(\)$|LSEARCH_[0-9]+$)'
for name in "${exported[@]}"; do
  [[ $name =~ $public ]] || fail "exported but not public API: $name"
done
for required in 'lsearch::Searcher::open(' 'lsearch::Searcher::search(' 'lsearch::update_index(' 'lsearch::merge_spelling(' 'lsearch::indexed_document_count(' \
  'typeinfo for lsearch::QueryError' 'typeinfo for lsearch::IndexError' 'lsearch::version()'; do
  printf '%s\n' "${exported[@]}" | grep -qF "$required" || fail "not exported: $required"
done
[ $failures -eq 0 ] || exit 1
echo "exported_symbols: ${#exported[@]} symbols, all public API; SONAME $soname"
