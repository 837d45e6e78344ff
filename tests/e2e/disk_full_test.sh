#!/usr/bin/env bash
# Disk full during a run (an 8 MB tmpfs): a clear error, exit 2, and the
# previous index intact and searchable. Needs root (mount); skipped otherwise.
# The seeds' index is 3.3 MB, most of it the gazetteer and its alias table; a
# full build holds that metadata twice while it merges (the scratch database
# the spelling thread wrote it into, and the new generation), so 4 MB no longer
# fits the seeds, and 4,000 more articles still fill 8 MB.
source "$(dirname "$0")/lib.sh"
set -e
mount_small_disk "$WORK/small" 8m
DB="$WORK/small/db"

expect_status 0 "index the seeds on the small disk" "$LINDEX" --db "$DB" --quiet "$SOURCE_DIR/corpus"
make_corpus "$WORK/big" 4000

count() { "$LSEARCH" --db "$DB" --actor Haftar --format json --limit 0 --no-facets | python3 -c "import json,sys; print(json.load(sys.stdin)['total']['value'])"; }
before=$(count)
check "seeds indexed" test "$before" = 5

expect_status 2 "incremental run on a full disk fails" "$LINDEX" --db "$DB" --quiet "$SOURCE_DIR/corpus" "$WORK/big"
check "the error says the disk is full" grep -qi "space" "$WORK/err"
check "the previous index is intact" test "$(count)" = "$before"
expect_status 0 "and still answers queries" "$LSEARCH" --db "$DB" "mass graves" --format ids

expect_status 2 "a rebuild on a full disk fails" "$LINDEX" --db "$DB" --quiet --rebuild "$SOURCE_DIR/corpus" "$WORK/big"
check "the live index is still intact" test "$(count)" = "$before"
check "no scratch shards are left behind" test -z "$(ls -d "$DB"/scratch-* 2>/dev/null)"
# Space is freed (the tmpfs grows): the next run finishes the job.
mount -o remount,size=256m "$WORK/small"
expect_status 0 "after space is freed, the next run completes" "$LINDEX" --db "$DB" --quiet "$SOURCE_DIR/corpus" "$WORK/big"
check "everything is indexed" test "$("$LSEARCH" --db "$DB" --format json --limit 0 --no-facets | python3 -c "import json,sys; print(json.load(sys.stdin)['total']['value'])")" = 4405
finish
