#!/usr/bin/env bash
# lindex and lsearch as a user meets them: the seed corpus, the README's
# sample search, every output format, exit codes, batch mode.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"

expect_status 0 "lindex --help" "$LINDEX" --help
check "lindex --help shows examples" contains "$WORK/out" "Examples:"
expect_status 0 "lsearch --help" "$LSEARCH" --help
check "lsearch --help lists the schema's fields" contains "$WORK/out" "actor:"
expect_status 2 "lindex without a corpus is a usage error" "$LINDEX" --db "$DB"
expect_status 2 "lindex with a missing corpus" "$LINDEX" --db "$DB" "$WORK/nope"
check "missing corpus named on stderr" contains "$WORK/err" "$WORK/nope"

expect_status 0 "lindex builds the seed corpus" "$LINDEX" --db "$DB" "$SOURCE_DIR/corpus"
check "summary counts 5 added" contains "$WORK/out" "5 added"

expect_status 0 "README sample search" "$LSEARCH" --db "$DB" "mass graves" --actor Haftar
check "sample finds seed 000" contains "$WORK/out" "seed/000_e50b9389b7aca812.txt"
check "text output has facets" contains "$WORK/out" "actors   "
check "NO_COLOR: no escape codes" not_contains "$WORK/out" $'\033['
expect_status 0 "--color always" "$LSEARCH" --db "$DB" "mass graves" --color always
check "--color always colours matches" contains "$WORK/out" $'\033[1;31m'

LSEARCH_DB="$DB" expect_status 0 "LSEARCH_DB is the default --db" "$LSEARCH" --actor Shoigu --format ids
check "filters alone work" contains "$WORK/out" "seed/003_ebc747be27607751.txt"

expect_status 0 "json format" "$LSEARCH" --db "$DB" haftar --format json
check "json parses, schema version 1" test "$(json_get "$WORK/out" "j['version']")" = 1
check "json total is exact" test "$(json_get "$WORK/out" "j['total']['exact']")" = True
check "json has 5 results" test "$(json_get "$WORK/out" "len(j['results'])")" = 5
check "json facets count Haftar in all 5" test "$(json_get "$WORK/out" "[f['count'] for f in j['facets']['actors'] if f['value']=='Khalifa Haftar'][0]")" = 5

expect_status 0 "jsonl format" "$LSEARCH" --db "$DB" haftar --format jsonl --limit 3
check "jsonl: one hit per line" test "$(wc -l <"$WORK/out")" = 3

expect_status 1 "no hits exit 1" "$LSEARCH" --db "$DB" zzyzzx
check "no hits: nothing on stderr" test ! -s "$WORK/err"
expect_status 2 "invalid date exit 2" "$LSEARCH" --db "$DB" haftar --since 2019-13
check "invalid date: stdout empty" test ! -s "$WORK/out"
check "invalid date: one line on stderr" test "$(wc -l <"$WORK/err")" = 1
expect_status 2 "unknown actor exit 2" "$LSEARCH" --db "$DB" --actor Hiftar
check "unknown actor suggests" contains "$WORK/err" "did you mean: Khalifa Haftar"
expect_status 2 "missing index exit 2" "$LSEARCH" --db "$WORK/none" haftar
check "missing index says how to build one" contains "$WORK/err" "lindex --db"
expect_status 2 "bad flag exit 2" "$LSEARCH" --db "$DB" --sort sideways haftar

printf '7\tmass graves\n8\tShoigu\n9\tzzyzzx\n' >"$WORK/queries.tsv"
expect_status 0 "batch trec" "$LSEARCH" --db "$DB" --batch "$WORK/queries.tsv" --plain --format trec --limit 1000
check "trec line format" grep -qE '^7 Q0 seed/000_e50b9389b7aca812.txt 1 [0-9.]+ lsearch$' "$WORK/out"
check "trec answers query 8" grep -q '^8 Q0 ' "$WORK/out"
check "trec prints nothing for query 9" not_contains "$WORK/out" "9 Q0"
printf 'mass graves\n' | expect_status 0 "batch from stdin" "$LSEARCH" --db "$DB" --batch - --format ids
check "batch stdin answered" contains "$WORK/out" "seed/000_e50b9389b7aca812.txt"

expect_status 0 "--explain" "$LSEARCH" --db "$DB" "actor:hifter Tarhuna" --explain --format json
check "explain resolves the alias" test "$(json_get "$WORK/out" "j['explain']['entities'][0]['canonical']")" = "Khalifa Haftar"
expect_status 0 "--similar" "$LSEARCH" --db "$DB" --similar seed/001_d11ef2eea91aa6fc.txt --format ids
check "--similar excludes the article itself" not_contains "$WORK/out" "seed/001_d11ef2eea91aa6fc.txt"
expect_status 0 "--similar, text" "$LSEARCH" --db "$DB" --similar seed/001_d11ef2eea91aa6fc.txt
check "--similar says which article it started from" grep -q "results · like .*(seed/001_d11ef2eea91aa6fc.txt)" "$WORK/out"
expect_status 0 "--similar, json" "$LSEARCH" --db "$DB" --similar seed/001_d11ef2eea91aa6fc.txt -f json
check "--similar json names its article" test "$(json_get "$WORK/out" "j['query']['similar_to']['id']")" = seed/001_d11ef2eea91aa6fc.txt
expect_status 0 "date filters echoed" "$LSEARCH" --db "$DB" haftar --since 2020 --until 2020-12
check "summary line echoes the date filters" contains "$WORK/out" "· since 2020 · until 2020-12"
expect_status 1 "did you mean" "$LSEARCH" --db "$DB" "mass gravs"
check "did you mean printed" contains "$WORK/out" "Did you mean: mass graves"

finish
