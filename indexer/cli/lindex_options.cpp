#include "indexer/cli/lindex_options.h"

#include <cstdio>

#include "common/cli_help.h"
#include "common/db_location.h"
#include "lsearch/version.h"

namespace lsearch {

namespace {

// The flags in --help's order, in groups: what to index and where, what the run reports (-n:
// only reports), how inputs are read, and how the run writes.
void add_target_flags(CLI::App& app, LindexCli& cli) {
  app.add_option("corpus", cli.index.inputs, "corpus directories or files")
      ->required()
      ->type_name("PATH...");
  app.add_option("--db", cli.db_flag, kDbOptionHelp)->type_name("PATH");
  app.add_flag("--rebuild", cli.index.rebuild,
               "build a fresh index beside the live one, then switch to it atomically");
  app.add_option("-j,--jobs", cli.index.jobs, "worker threads (default: one per core)")
      ->check(CLI::Range(0u, 256u));
}

void add_output_flags(CLI::App& app, LindexCli& cli) {
  app.add_flag("-q,--quiet", cli.quiet, "print only errors (skipped inputs)");
  app.add_option("--progress", cli.progress,
                 "progress on stderr: auto (on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--json", cli.json, "print the run summary as one JSON object on stdout");
  app.add_flag("-n,--dry-run", cli.index.dry_run, "report what would change; write nothing");
}

void add_input_flags(CLI::App& app, LindexCli& cli) {
  app.add_flag("--follow", cli.index.follow_links, "follow links to files inside the corpus roots");
  app.add_flag("--allow-shrink", cli.index.allow_shrink,
               "confirm deleting most of a root's or a JSONL feed's articles");
  app.add_option("--entities", cli.index.entity_files,
                 "extra gazetteer TSV (KIND<TAB>CANONICAL<TAB>ALIAS|ALIAS); repeatable")
      ->check(CLI::ExistingFile);
}

// "I/N" with 0 <= I < N, checked before finish_lindex_cli reads it.
std::string shard_error(const std::string& text) {
  unsigned i = 0, n = 0;
  char slash = 0, extra = 0;
  if (std::sscanf(text.c_str(), "%u%c%u%c", &i, &slash, &n, &extra) != 3 || slash != '/' ||
      n == 0 || i >= n)
    return "expected I/N with 0 <= I < N, e.g. 0/4";
  return "";
}

void add_run_flags(CLI::App& app, LindexCli& cli) {
  app.add_option("--lock-timeout", cli.index.lock_timeout_seconds,
                 "seconds to wait for another lindex to finish (default 10)")
      ->check(CLI::Range(0.0, 86400.0));
  app.add_option("--compact", cli.compact,
                 "compact the index: auto (when it doubled in size), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--shard", cli.shard,
                 "index only shard I of N (0 <= I < N; articles split by a hash of their id)")
      ->type_name("I/N")
      ->check(shard_error);
  app.add_flag("--merge-spelling", cli.merge_spelling,
               "PATH... are shard indexes: write their spelling shard to --db (did-you-mean "
               "for a collection of remote shards)");
  app.add_option("--commit-every", cli.index.commit_every,
                 "incremental runs commit every N articles (default 50000)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000000}));
  app.add_option("--max-article-bytes", cli.index.max_article_bytes,
                 "skip .txt files and JSONL lines larger than this (default 16 MiB)")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 32));
}

constexpr const char* kFooter =
    "Examples:\n"
    "  lindex --db ~/news.db corpus/            index (or update) a corpus directory\n"
    "  lindex --db ~/news.db --rebuild corpus/  rebuild; searches keep working\n"
    "  lindex --json --quiet corpus/ feeds/2020.jsonl.gz\n"
    "                                           for cron: JSON summary, errors only\n"
    "  lindex --entities my-actors.tsv corpus/  add your own actors and places\n"
    "  lindex --db spelling --merge-spelling shard-0 shard-1\n"
    "                                           the spelling shard of a collection\n\n"
    "Exit codes: 0 done; 1 done, some inputs skipped (see stderr); 2 error, nothing\n"
    "committed by this run's last step; 3 another lindex holds the index; 130\n"
    "interrupted (committed work is kept; run again to finish). With --json every\n"
    "exit prints the summary; a failed run's has an \"error\".";

}  // namespace

void setup_lindex_cli(CLI::App& app, LindexCli& cli) {
  use_help_formatter(app);
  app.description(
      "lindex: build or update an lsearch index from a corpus of news articles.\n"
      "Reads *.txt (one article per file) and *.jsonl / *.jsonl.gz (one per line).");
  app.set_version_flag("--version", "lindex " LSEARCH_VERSION_STRING);
  add_target_flags(app, cli);
  add_output_flags(app, cli);
  add_input_flags(app, cli);
  add_run_flags(app, cli);
  app.footer(kFooter);
}

void finish_lindex_cli(LindexCli& cli) {
  cli.index.db_path = resolve_db_path(cli.db_flag);
  if (!cli.shard.empty())
    std::sscanf(cli.shard.c_str(), "%u/%u", &cli.index.shard, &cli.index.shards);
  cli.index.compact = cli.compact == "always"  ? CompactPolicy::kAlways
                      : cli.compact == "never" ? CompactPolicy::kNever
                                               : CompactPolicy::kAuto;
}

}  // namespace lsearch
