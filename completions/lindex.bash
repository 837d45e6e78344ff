# bash completion for lindex (installed as share/bash-completion/completions/lindex).
# Options are listed here (tests/packaging/cli_docs_test.sh checks the list against
# lindex --help); other words are corpus files and directories.
_lindex_options="--allow-shrink --commit-every --compact --db --dry-run --entities --follow --help --jobs --json
  --lock-timeout --max-article-bytes --merge-spelling --progress --quiet --rebuild --shard --version -h -j -n -q"

_lindex() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  COMPREPLY=()
  case $prev in
    --db) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
    --entities) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    --progress) mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur") ;;
    --compact) mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur") ;;
    -j | --jobs | --lock-timeout | --commit-every | --max-article-bytes | --shard) ;;
    *)
      if [[ $cur == -* ]]; then
        # shellcheck disable=SC2086
        mapfile -t COMPREPLY < <(compgen -W "$_lindex_options" -- "$cur")
      else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        compopt -o filenames 2>/dev/null
      fi
      ;;
  esac
}
complete -F _lindex lindex
