#include "searcher/cli/lsearch_options.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "common/cli_help.h"
#include "common/db_location.h"
#include "common/schema/fields.h"
#include "lsearch/version.h"

namespace lsearch {
namespace {

std::string fields_help() {
  std::string help = "\nQuery fields (from the index schema):\n";
  for (const auto& spec : kFields) {
    if (spec.query == QuerySyntax::kNone) continue;
    help += "  " + std::string(spec.name) + ":" + std::string(10 - spec.name.size(), ' ') +
            std::string(spec.help) + "\n";
  }
  return help;
}

// Columns for the timeline chart: $COLUMNS, else the terminal's, else 80.
std::size_t terminal_width(bool stdout_is_terminal) {
  constexpr std::size_t kDefault = 80, kMin = 40, kMax = 400;
  std::size_t width = 0;
  if (const char* env = std::getenv("COLUMNS")) width = std::strtoul(env, nullptr, 10);
  winsize size{};
  if (width == 0 && stdout_is_terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0)
    width = size.ws_col;
  if (width == 0) width = kDefault;
  return std::clamp(width, kMin, kMax);
}

// Buckets `--timeline auto` may draw in text: one line each, so the terminal's lines ($LINES,
// else the tty's) less the summary and chart heading; piped text and JSON keep the library's 120.
std::size_t auto_buckets(bool text, bool stdout_is_terminal) {
  constexpr std::size_t kHeading = 4, kMin = 8;
  const std::size_t piped = TimelineRequest{}.auto_buckets;
  if (!text) return piped;
  std::size_t lines = 0;
  if (const char* env = std::getenv("LINES")) lines = std::strtoul(env, nullptr, 10);
  winsize size{};
  if (lines == 0 && stdout_is_terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0)
    lines = size.ws_row;
  if (lines == 0) return piped;
  return std::max(lines > kHeading ? lines - kHeading : 0, kMin);
}

constexpr std::size_t kWatchLimit = 100000;

TimeUnit time_unit(const std::string& name) {
  if (name == "day") return TimeUnit::kDay;
  if (name == "week") return TimeUnit::kWeek;
  if (name == "month") return TimeUnit::kMonth;
  if (name == "year") return TimeUnit::kYear;
  return TimeUnit::kAuto;
}

void setup_analytics(CLI::App& app, LsearchCli& cli) {
  app.add_option(
         "--timeline", cli.timeline,
         "counts per day, week, month or year over all results (auto: the finest unit whose "
         "buckets fit the terminal's lines, else 120)")
      ->check(CLI::IsMember({"day", "week", "month", "year", "auto"}))
      ->type_name("UNIT");
  app.add_option("--timeline-by", cli.request.timeline.by,
                 "one timeline series per top actor, place, source or country (implies --timeline "
                 "auto)")
      ->check(CLI::IsMember(series_field_names()))
      ->type_name("KIND");
  app.add_option("--timeline-series", cli.request.timeline.series,
                 "how many top values get a series (default 5)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{50}));
  app.add_option("--pairs", cli.request.pairs.kind,
                 "top co-occurring pairs over all results: actor, place or actor-place")
      ->check(CLI::IsMember({"actor", "place", "actor-place"}))
      ->type_name("KIND");
  app.add_option("--pairs-limit", cli.request.pairs.limit, "pairs shown (default 20)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{10000}));
  app.callback([&cli, &app] {
    if (cli.format == "dot" && cli.request.pairs.kind.empty())
      throw CLI::ValidationError("--format dot", "draws the pairs graph: give --pairs KIND");
    cli.limit_given = app.count("--limit") > 0;
  });
}

void setup_collapse(CLI::App& app, LsearchCli& cli) {
  app.add_flag("--no-collapse", cli.no_collapse,
               "show every wire copy (default: one hit per near-duplicate cluster, '+N copies')");
}

void setup_watch(CLI::App& app, LsearchCli& cli) {
  app.add_option("--watch", cli.watch,
                 "print only articles added or changed since this watch last ran (first run: all); "
                 "exit 0 new, 1 none")
      ->type_name("NAME")
      ->excludes(app.get_option("--batch"));
  app.add_option("--watch-dir", cli.watch_dir,
                 "where watches keep their state (default $XDG_STATE_HOME/lsearch/watches)")
      ->type_name("DIR");
}

// The flags in --help's order, in groups: what to search, filters, the page and its format,
// how the query is read, what each hit carries.
void add_target_flags(CLI::App& app, LsearchCli& cli) {
  app.add_option("query", cli.words, "query words; quote phrases: '\"mass graves\"'")
      ->type_name("QUERY...");
  app.add_option("--db", cli.db_flag, kDbOptionHelp)->type_name("PATH");
  app.add_flag("--allow-partial", cli.allow_partial,
               "a collection of shards answers from the shards that respond (JSON: partial)");
}

void add_filter_flags(CLI::App& app, LsearchCli& cli) {
  app.add_option("--actor", cli.request.actors,
                 "only articles naming this person or organisation (any alias; repeatable: OR)");
  app.add_option("--place", cli.request.places, "only articles naming this place (repeatable: OR)");
  app.add_option("--country", cli.request.countries,
                 "only articles naming this country or a place in it (repeatable: OR)");
  app.add_option("--source", cli.request.sources,
                 "only articles from this source (repeatable: OR)");
  app.add_option("--since", cli.request.since, "published on or after YYYY, YYYY-MM or YYYY-MM-DD");
  app.add_option("--until", cli.request.until,
                 "published on or before YYYY, YYYY-MM or YYYY-MM-DD");
}

void add_page_flags(CLI::App& app, LsearchCli& cli) {
  app.add_option("--sort", cli.sort,
                 "relevance (default; newest when there are no query words), newest, oldest")
      ->check(CLI::IsMember({"relevance", "newest", "oldest"}));
  app.add_option("-n,--limit", cli.request.limit, "results to show (default 10)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{100000}));
  app.add_option("--offset", cli.request.offset, "skip this many results (paging)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{100000000}));
  app.add_option("-f,--format", cli.format, "text (default), json, jsonl, ids, trec, dot (--pairs)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "ids", "trec", "dot"}));
  app.add_option(
         "--color", cli.color,
         "auto (default: on a terminal, unless NO_COLOR is set or TERM=dumb), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

void add_query_mode_flags(CLI::App& app, LsearchCli& cli) {
  app.add_flag("--plain", cli.request.plain,
               "no query syntax: the words are ORed and ranked (IR test runs)");
  app.add_option("--batch", cli.batch,
                 "answer one query per line of FILE (- for stdin): QID<TAB>QUERY or QUERY")
      ->type_name("FILE");
  app.add_option("--similar", cli.request.similar_to, "articles like the one with this id")
      ->type_name("ID");
  app.add_flag("--expand", cli.request.expand,
               "expand the query with words of the top results (pseudo-relevance feedback)");
  app.add_flag("--explain", cli.explain, "show how the query was understood");
}

void add_output_flags(CLI::App& app, LsearchCli& cli) {
  app.add_flag("--no-facets", cli.no_facets, "skip facet counts (faster on huge result sets)");
  app.add_flag("--no-snippets", cli.no_snippets, "skip snippets");
  app.add_option("--facet-limit", cli.request.facet_limit, "values shown per facet (default 10)");
  app.add_option("--snippet-length", cli.request.snippet_bytes,
                 "snippet length in bytes (default 240)")
      ->check(CLI::Range(std::size_t{20}, std::size_t{100000}));
  app.add_option("--list", cli.list,
                 "print every actor, place, country or source of the index, one a line, and exit")
      ->check(CLI::IsMember({"actors", "places", "countries", "sources"}));
  app.add_option("--run-tag", cli.tag, "run name in --format trec output (default lsearch)");
}

constexpr const char* kExamples =
    "\nExamples:\n"
    "  lsearch \"mass graves\" --actor Haftar\n"
    "  lsearch '\"Haftar forces\" NEAR Tripoli' --since 2019-04 --until 2019-06\n"
    "  lsearch --actor Shoigu --format json\n"
    "  lsearch --actor Gaddafi --timeline month\n"
    "  lsearch --place Libya --pairs actor -f dot | dot -Tsvg > pairs.svg\n"
    "  lsearch --watch haftar-daily --actor Haftar -f jsonl   # cron: new articles\n"
    "  lsearch --batch queries.tsv --plain --format trec --limit 1000 > run.txt\n\n"
    "Exit codes: 0 results found; 1 no results; 2 error (message on stderr).";

}  // namespace

void setup_lsearch_cli(CLI::App& app, LsearchCli& cli) {
  use_help_formatter(app);
  app.description("lsearch: search a news archive indexed by lindex.");
  app.set_version_flag("--version", "lsearch " LSEARCH_VERSION_STRING);
  add_target_flags(app, cli);
  add_filter_flags(app, cli);
  add_page_flags(app, cli);
  add_query_mode_flags(app, cli);
  add_output_flags(app, cli);
  setup_analytics(app, cli);
  setup_watch(app, cli);
  setup_collapse(app, cli);
  app.footer(fields_help() + kExamples);
}

LsearchRun finish_lsearch_cli(const LsearchCli& cli, bool stdout_is_terminal) {
  LsearchRun run;
  run.request = cli.request;
  for (const auto& word : cli.words)
    run.request.query += (run.request.query.empty() ? "" : " ") + word;
  run.request.sort = cli.sort == "newest"   ? SortOrder::kNewest
                     : cli.sort == "oldest" ? SortOrder::kOldest
                                            : SortOrder::kRelevance;
  run.request.facets = !cli.no_facets && (cli.format == "text" || cli.format == "json");
  run.request.snippets = !cli.no_snippets && cli.format != "ids" && cli.format != "trec";
  run.request.suggest = cli.format == "text" || cli.format == "json";
  run.request.timeline.wanted = !cli.timeline.empty() || !cli.request.timeline.by.empty();
  run.request.timeline.unit = time_unit(cli.timeline);
  run.request.timeline.auto_buckets = auto_buckets(cli.format == "text", stdout_is_terminal);
  if (cli.format == "dot") run.request.limit = 0;  // the graph needs no hits
  run.watch = cli.watch;
  run.watch_dir = cli.watch_dir;
  // Line formats for scripts have no room to say "+N copies": they list every article.
  run.request.collapse = !cli.no_collapse && cli.format != "ids" && cli.format != "trec";
  if (!cli.watch.empty()) {
    run.request.suggest = false;
    run.request.collapse = false;  // a watch reports every copy: an unprinted copy would stay new
    // A watch reports every new article unless told a page size (the rest wait for the next run).
    if (!cli.limit_given) run.request.limit = kWatchLimit;
  }
  run.printer.width = terminal_width(stdout_is_terminal);
  // Text is wrapped on a terminal only: piped output keeps one line per line (as git, ripgrep).
  run.printer.wrap = stdout_is_terminal ? run.printer.width : 0;
  run.printer.format = cli.format;
  run.printer.run_tag = cli.tag;
  // auto: a terminal that understands ANSI codes (not TERM=dumb, as ripgrep), unless NO_COLOR.
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  bool no_color_env = no_color != nullptr && *no_color != '\0';
  bool dumb_terminal = term != nullptr && std::string_view(term) == "dumb";
  run.printer.color = cli.color == "always" || (cli.color == "auto" && stdout_is_terminal &&
                                                !no_color_env && !dumb_terminal);
  run.db_path = resolve_db_path(cli.db_flag);
  return run;
}

}  // namespace lsearch
