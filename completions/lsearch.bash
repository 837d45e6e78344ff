# bash completion for lsearch (installed as share/bash-completion/completions/lsearch).
# Options are listed here (tests/packaging/cli_docs_test.sh checks the list against
# lsearch --help); --actor, --place, --country and --source complete the values of the index
# named by --db (or the default one), which `lsearch --list KIND` prints.
_lsearch_options="--actor --allow-partial --batch --color --country --db --expand --explain --facet-limit --format --help
  --limit --list --no-collapse --no-facets --no-snippets --offset --pairs --pairs-limit --place --plain --run-tag
  --similar --since --snippet-length --sort --source --timeline --timeline-by --timeline-series
  --until --version --watch --watch-dir -f -h -n"

# Values of one facet that start with the word being completed (any case).
_lsearch_values() {
  local kind=$1 word=$2 line
  shift 2
  word=${word//\\/}
  word=${word#[\"\']}
  while IFS= read -r line; do
    if [[ ${line,,} == "${word,,}"* ]]; then COMPREPLY+=("$line"); fi
  done < <("${COMP_WORDS[0]}" "$@" --list "$kind" 2>/dev/null)
  # Values hold spaces: let readline quote what it inserts.
  compopt -o filenames 2>/dev/null
}

_lsearch() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local db=() i
  for ((i = 1; i < COMP_CWORD - 1; i++)); do
    if [[ ${COMP_WORDS[i]} == --db ]]; then db=(--db "${COMP_WORDS[i + 1]/#\~/$HOME}"); fi
  done
  COMPREPLY=()
  case $prev in
    --actor | --place | --source) _lsearch_values "${prev#--}s" "$cur" "${db[@]}" ;;
    --country) _lsearch_values countries "$cur" "${db[@]}" ;;
    --db) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;  # an index directory or a collection file
    --watch-dir) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
    --batch) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    --sort) mapfile -t COMPREPLY < <(compgen -W "relevance newest oldest" -- "$cur") ;;
    -f | --format) mapfile -t COMPREPLY < <(compgen -W "text json jsonl ids trec" -- "$cur") ;;
    --color) mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur") ;;
    --timeline) mapfile -t COMPREPLY < <(compgen -W "day week month year auto" -- "$cur") ;;
    --timeline-by) mapfile -t COMPREPLY < <(compgen -W "actor place source country" -- "$cur") ;;
    --pairs) mapfile -t COMPREPLY < <(compgen -W "actor place actor-place" -- "$cur") ;;
    --list) mapfile -t COMPREPLY < <(compgen -W "actors places countries sources" -- "$cur") ;;
    -n | --limit | --offset | --facet-limit | --snippet-length | --run-tag | --similar | --since | \
      --until | --timeline-series | --pairs-limit | --watch) ;;
    *)
      if [[ $cur == -* ]]; then
        # shellcheck disable=SC2086
        mapfile -t COMPREPLY < <(compgen -W "$_lsearch_options" -- "$cur")
      fi
      ;;
  esac
}
complete -F _lsearch lsearch
