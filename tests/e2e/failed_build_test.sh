#!/usr/bin/env bash
# Disk full during a compaction (issue 11, item 4): the failed run removes the
# generation it was writing, the live index stays, and once space is freed the
# next switch keeps the last good generation as the previous one. Needs root
# (a small tmpfs); skipped otherwise.
source "$(dirname "$0")/lib.sh"
set -e
mount_small_disk "$WORK/small" 24m
DB="$WORK/small/db"
make_corpus "$WORK/corpus" 600
count() { "$LSEARCH" --db "$DB" --format json --limit 0 --no-facets | python3 -c "import json,sys; print(json.load(sys.stdin)['total']['value'])"; }
gens() { (cd "$DB" && ls -d gen-* 2>/dev/null | tr '\n' ' '); }

expect_status 0 "index on the small disk" "$LINDEX" --db "$DB" --quiet "$WORK/corpus"
before=$(count)
live=$(cut -d' ' -f2 "$DB/XAPIANDB")
# Leave less free space than one more copy of the index needs.
index_kb=$(du -sk "$DB/$live" | cut -f1)
free_kb=$(df -k --output=avail "$WORK/small" | tail -1)
dd if=/dev/zero of="$WORK/small/filler" bs=1k count=$((free_kb - index_kb / 3)) status=none 2>/dev/null || true

# Xapian 1.4's compactor leaks its table buffers when a write fails mid-way (every frame of the
# LeakSanitizer report is inside libxapian): leak checking is off for this one run only.
expect_status 2 "a compaction on a full disk fails" env ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
  "$LINDEX" --db "$DB" --quiet --compact always "$WORK/corpus"
check "the error says the disk is full" grep -qi "space" "$WORK/err"
check "the half-written generation is removed" test "$(gens)" = "$live "
check "the live index is intact" test "$(count)" = "$before"

rm "$WORK/small/filler"
mkdir "$DB/gen-000009"  # what a kill -9 during a compaction leaves: a partial generation
expect_status 0 "after space is freed, a rebuild" "$LINDEX" --db "$DB" --quiet --rebuild "$WORK/corpus"
new=$(cut -d' ' -f2 "$DB/XAPIANDB")
check "the last good generation is kept as the previous one" test -d "$DB/$live"
check "the partial generation is removed" test ! -d "$DB/gen-000009"
check "only the live and the previous generation remain" test "$(gens)" = "$live $new "
check "everything is indexed" test "$(count)" = "$before"
finish
