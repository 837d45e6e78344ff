#!/usr/bin/env bash
# lindex must never lose an article silently or let corpus content reach the
# terminal or the file system (issue 11): a damaged index directory, SIGTERM
# while waiting for the lock, --dry-run on a read-only index, --json on every
# fatal exit, symbolic links, duplicate ids across roots, an emptied root,
# unreadable files, and hostile file names and ids in messages.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
C="$WORK/corpus"
mkdir -p "$C"
article() { printf 'Title: %s\n\n%s in Tripoli.\n' "$1" "$2" >"$3"; }
article "Alpha" "alphaword" "$C/a.txt"
article "Bravo" "bravoword" "$C/b.txt"
article "Charlie" "charlieword" "$C/c.txt"
expect_status 0 "first run" "$LINDEX" --db "$DB" --quiet "$C"
docs() { "$LSEARCH" --db "$DB" --format json --limit 0 --no-facets | python3 -c "import json,sys; print(json.load(sys.stdin)['total']['value'])"; }

# Item 5: foreign entries are ignored; a damaged stub is named with the fix, never a crash.
mkdir -p "$DB/gen-old" "$DB/scratch-99999999999"
expect_status 0 "a rebuild beside foreign entries" "$LINDEX" --db "$DB" --quiet --rebuild "$C"
check "foreign entries are left alone" test -d "$DB/gen-old" -a -d "$DB/scratch-99999999999"
cp "$DB/XAPIANDB" "$WORK/stub"
: >"$DB/XAPIANDB"
expect_status 2 "lindex on an empty stub" "$LINDEX" --db "$DB" --quiet "$C"
check "lindex names the stub and the fix" contains "$WORK/err" "XAPIANDB: the index stub is empty or damaged"
check "lindex says lindex --rebuild" contains "$WORK/err" "lindex --rebuild"
expect_status 2 "lsearch on an empty stub" "$LSEARCH" --db "$DB" alphaword
check "lsearch names the stub and the fix" contains "$WORK/err" "lindex --rebuild"
printf '\177ELF garbage\n' >"$DB/XAPIANDB"
expect_status 2 "lindex on a garbage stub" "$LINDEX" --db "$DB" --quiet "$C"
expect_status 0 "lindex --rebuild repairs it" "$LINDEX" --db "$DB" --quiet --rebuild "$C"
check "3 documents after the repair" test "$(docs)" = 3

# Item 13: SIGTERM while waiting for the lock exits 130 promptly; --dry-run takes no lock.
# The holder outlives every step below (it is killed at the end), however slow the machine.
flock -o "$DB/lock" sleep 600 >/dev/null 2>&1 &  # -o: the lock goes with the flock process
holder=$!
for _ in $(seq 300); do flock -n "$DB/lock" true || break; sleep 0.05; done
set +e
"$LINDEX" --db "$DB" --quiet --json --lock-timeout 60 "$C" >"$WORK/waiting.json" 2>"$WORK/waiting.err" &
waiter=$!
# SIGTERM once lindex is in its wait: it has the lock file open (a fixed sleep raced a slow start-up).
waiting_for_lock() { ls -l "/proc/$waiter/fd" 2>/dev/null | grep -qF -- "$DB/lock"; }
for _ in $(seq 600); do waiting_for_lock && break; sleep 0.1; done
check "lindex reached the lock wait" waiting_for_lock
kill -TERM "$waiter"
# Promptly: well inside its 60 s --lock-timeout (20 s leaves room for a loaded machine and ASan's exit).
for _ in $(seq 200); do kill -0 "$waiter" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$waiter" 2>/dev/null; then fail "lindex still waits 20 s after SIGTERM"; kill -KILL "$waiter"; fi
wait "$waiter"
status=$?
set -e
CHECKS=$((CHECKS + 1))
[ "$status" = 130 ] || fail "SIGTERM while waiting for the lock: exit $status, expected 130"
check "item 6: the JSON summary says why" test "$(json_get "$WORK/waiting.json" "(j['interrupted'], 'interrupted' in j['error'], j['documents'])")" = "(True, True, 3)"
rm "$C/c.txt"
expect_status 0 "--dry-run while another lindex holds the lock" "$LINDEX" --db "$DB" --dry-run --json --lock-timeout 0 "$C"
check "dry run sees the vanished file" test "$(json_get "$WORK/out" "j['files']['vanished']")" = 1
expect_status 3 "a writer gives up after --lock-timeout" "$LINDEX" --db "$DB" --json --lock-timeout 0.2 "$C"
check "item 6: exit 3 prints the JSON summary with an error" test "$(json_get "$WORK/out" "'another lindex' in j['error']")" = True
pkill -P "$holder" sleep 2>/dev/null || true
kill "$holder" 2>/dev/null || true
wait "$holder" 2>/dev/null || true
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$WORK/ro"
  cp -a "$DB" "$WORK/ro-src"
  if mount --bind "$WORK/ro-src" "$WORK/ro" 2>/dev/null && mount -o remount,bind,ro "$WORK/ro" 2>/dev/null; then
    expect_status 0 "--dry-run on read-only media" "$LINDEX" --db "$WORK/ro" --dry-run --quiet "$C"
    umount "$WORK/ro"
  fi
fi
article "Charlie" "charlieword" "$C/c.txt"
expect_status 0 "c.txt back" "$LINDEX" --db "$DB" --quiet "$C"

expect_status 2 "a usage error with --json" "$LINDEX" --db "$DB" --json --jobs many "$C"
check "item 6: exit 2 on a usage error prints the JSON summary with an error" test "$(json_get "$WORK/out" "j['error'].startswith('usage: ')")" = True

# Item 3: an emptied or missing root is refused (exit 2) unless --allow-shrink.
mv "$C" "$WORK/unmounted"
mkdir "$C"
expect_status 2 "an empty root is refused" "$LINDEX" --db "$DB" --json "$C"
check "the message names --allow-shrink" contains "$WORK/err" "--allow-shrink"
check "item 6: exit 2 prints the JSON summary with an error" test "$(json_get "$WORK/out" "('--allow-shrink' in j['error'], j['documents'])")" = "(True, 3)"
check "nothing was deleted" test "$(docs)" = 3
rmdir "$C"
expect_status 2 "a missing root is refused" "$LINDEX" --db "$DB" --quiet "$C"
check "the message names --allow-shrink" contains "$WORK/err" "--allow-shrink"
mv "$WORK/unmounted" "$C"
expect_status 0 "the root is back: nothing to do" "$LINDEX" --db "$DB" --json "$C"
check "nothing re-read" test "$(json_get "$WORK/out" "j['files']['read']")" = 0

# Item 9: symbolic links are not followed by default; followed, never out of the roots.
printf 'Title: Secret\n\nsecretword outside the corpus.\n' >"$WORK/secret.txt"
ln -s "$WORK/secret.txt" "$C/passwd.txt"
ln -s a.txt "$C/alias.txt"
expect_status 1 "links are reported" "$LINDEX" --db "$DB" --quiet "$C"
check "the link is named with the flag that follows it" contains "$WORK/err" "passwd.txt: symbolic link, not followed (--follow"
expect_status 1 "outside target not indexed" "$LSEARCH" --db "$DB" secretword
expect_status 1 "with --follow, a target outside every root is refused" "$LINDEX" --db "$DB" --quiet --follow "$C"
check "refusal reported" contains "$WORK/err" "outside every corpus root"
expect_status 1 "still not indexed" "$LSEARCH" --db "$DB" secretword
expect_status 0 "a link inside the root is indexed with --follow" "$LSEARCH" --db "$DB" alphaword --format ids
check "alias.txt indexed" contains "$WORK/out" "alias.txt"
rm "$C/passwd.txt" "$C/alias.txt"

# Item 1: duplicate ids across roots: a reported skip naming both places; removing one holder keeps the other's.
D="$WORK/second"
mkdir -p "$D"
article "Alpha elsewhere" "deltaword" "$D/a.txt"
expect_status 1 "a duplicate id is a reported skip" "$LINDEX" --db "$DB" --quiet "$C" "$D"
check "names the skipped place" contains "$WORK/err" "$D/a.txt: duplicate id 'a.txt'"
check "names the place that keeps it" contains "$WORK/err" "$C/a.txt"
expect_status 1 "reported on the next run too" "$LINDEX" --db "$DB" --quiet "$C" "$D"
expect_status 0 "the first root keeps it" "$LSEARCH" --db "$DB" alphaword --format ids
rm "$C/a.txt"
expect_status 0 "the holder removed" "$LINDEX" --db "$DB" --quiet "$C" "$D"
expect_status 0 "the other root's article takes the id" "$LSEARCH" --db "$DB" deltaword --format ids
check "under a.txt" test "$(cat "$WORK/out")" = a.txt

# Item 7: hostile file names and JSONL ids never reach the terminal raw.
printf '%s\n' '{"id":"evil\u001b]0;owned\u0007\u001b[2J\u202e","text":"evilword"}' \
  '{"id":"evil\u001b]0;owned\u0007\u001b[2J\u202e","text":"again"}' >"$C/feed.jsonl"
printf 'x' >"$C/"$'\e[31mred\n'"fake.txt"
expect_status 1 "hostile names and ids" "$LINDEX" --db "$DB" --quiet "$C" "$D"
check "no ESC reaches stderr" not_contains "$WORK/err" $'\e'
check "no BEL reaches stderr" not_contains "$WORK/err" $'\a'
check "no bidi override reaches stderr" not_contains "$WORK/err" $'\u202e'
check "the escape is shown visibly" contains "$WORK/err" '\x1B'
check "one line per message" test "$(grep -c '^lindex: ' "$WORK/err")" = "$(wc -l <"$WORK/err")"
rm "$C/feed.jsonl" "$C/"$'\e[31mred\n'"fake.txt"

# Item 2: a file unreadable for one run keeps its article, is reported, and is read when readable.
if [ "$(id -u)" = 0 ]; then
  as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
  chown -R 65534:65534 "$WORK"
else
  as_user() { "$@"; }
fi
NDB="$WORK/ndb"
article "Echo" "echoword" "$C/e.txt"
chmod 000 "$C/e.txt"
expect_status 1 "a new unreadable file is reported" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
check "cannot open reported" contains "$WORK/err" "e.txt: cannot open"
chmod 644 "$C/e.txt"
expect_status 0 "readable again (same size and mtime)" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
expect_status 0 "it is read now" "$LSEARCH" --db "$NDB" echoword --format ids
article "Echo" "echoword revised" "$C/e.txt"
touch -d "+5 seconds" "$C/e.txt"
chmod 000 "$C/e.txt"
expect_status 1 "a changed, unreadable file is reported" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
expect_status 0 "its indexed article is kept" "$LSEARCH" --db "$NDB" echoword --format ids
expect_status 1 "and reported again on the next run" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
chmod 644 "$C/e.txt"
expect_status 0 "readable again" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
expect_status 0 "the revision is indexed" "$LSEARCH" --db "$NDB" revised --format ids

# A .txt truncated to zero bytes or blanked (a failed sync) keeps its article and is reported
# every run; text again is indexed again; only removing the file deletes its article.
article "Foxtrot" "foxtrotword" "$C/f.txt"
expect_status 0 "f.txt is indexed" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
: >"$C/f.txt"
expect_status 1 "a file truncated to zero bytes is a reported skip" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
check "the skip names the file and why" contains "$WORK/err" "f.txt: empty file"
expect_status 0 "its indexed article is kept" "$LSEARCH" --db "$NDB" foxtrotword --format ids
expect_status 1 "reported again next run" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
printf '  \n\t\n' >"$C/f.txt"
expect_status 1 "a blank file is a reported skip too" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
expect_status 0 "its article is still kept" "$LSEARCH" --db "$NDB" foxtrotword --format ids
article "Foxtrot" "foxtrotword restored" "$C/f.txt"
expect_status 0 "text again" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
expect_status 0 "the new text is indexed" "$LSEARCH" --db "$NDB" restored --format ids
rm "$C/f.txt"
expect_status 0 "the file is removed" as_user "$LINDEX" --db "$NDB" --quiet "$C" "$D"
expect_status 1 "its article is gone" "$LSEARCH" --db "$NDB" foxtrotword --format ids
finish
