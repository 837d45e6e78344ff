#include "searcher/cli/batch.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "common/error.h"
#include "common/util/display_text.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

// Room for a qid and a tab beside a query of kMaxQueryBytes: a longer query is still seen as
// longer than the bound, so the searcher cuts it and says so.
constexpr std::size_t kMaxLineBytes = kMaxQueryBytes + 1024;

// Reads one line, keeping at most kMaxLineBytes of it: the rest of a longer line is read and
// dropped, never held (a 256 MB line costs no more memory than a short one).
bool read_bounded_line(std::streambuf& in, std::string& line) {
  line.clear();
  bool any = false;
  for (int c = in.sbumpc(); c != std::char_traits<char>::eof(); c = in.sbumpc()) {
    any = true;
    if (c == '\n') return true;
    if (line.size() < kMaxLineBytes) line.push_back(static_cast<char>(c));
  }
  return any;
}

bool is_comment_or_blank(std::string_view line) {
  std::string_view text = trim(line);
  return text.empty() || text.front() == '#';
}

// One line of a batch file: "QID<TAB>QUERY" or just "QUERY" (its qid is its line number).
PrintContext batch_query(std::string_view line, std::size_t number, std::string& query) {
  PrintContext context;
  auto tab = line.find('\t');
  if (tab != std::string_view::npos) context.qid = std::string(trim(line.substr(0, tab)));
  if (context.qid.empty()) context.qid = std::to_string(number);
  query = std::string(trim(tab == std::string_view::npos ? line : line.substr(tab + 1)));
  return context;
}

std::streambuf& open_batch(const std::string& file, std::ifstream& in_file) {
  if (file == "-") return *std::cin.rdbuf();
  std::error_code error;
  if (std::filesystem::is_directory(file, error))
    throw Error(file + ": is a directory; --batch reads a file of queries, one a line");
  in_file.open(file, std::ios::binary);
  if (!in_file) throw Error(file + ": cannot read the batch file");
  return *in_file.rdbuf();
}

}  // namespace

void report_missing_shards(const SearchResults& results, const std::string& where,
                           std::ostream& err) {
  for (const std::string& missing : results.missing_shards)
    err << "lsearch: " << display_text(where)
        << "partial results: shard did not answer: " << display_text(missing) << "\n";
}

int run_batch(Searcher& searcher, const LsearchRun& run, const std::string& file, Printer& printer,
              bool explain) {
  std::ifstream in_file;
  std::streambuf& in = open_batch(file, in_file);
  bool any_hits = false, any_error = false;
  std::string line;
  for (std::size_t number = 1; read_bounded_line(in, line); ++number) {
    if (is_comment_or_blank(line)) continue;
    SearchRequest request = run.request;
    PrintContext context = batch_query(line, number, request.query);
    context.query = request.query;
    context.request = &request;
    context.explain = explain;
    try {
      SearchResults results = searcher.search(request);
      report_missing_shards(results,
                            file + ":" + std::to_string(number) + ": query " + context.qid + ": ",
                            std::cerr);
      any_hits = any_hits || !results.hits.empty() || results.total > 0;
      printer.print(context, results, std::cout);
    } catch (const QueryError& e) {
      std::cerr << "lsearch: " << display_text(file) << ":" << number << ": query "
                << display_text(context.qid) << ": " << display_text(e.what()) << "\n";
      printer.print_error(context, e.what(), std::cout);
      any_error = true;
    }
  }
  std::cout.flush();
  return any_error ? kExitError : any_hits ? kExitOk : kExitNoMatchOrSkipped;
}

}  // namespace lsearch
