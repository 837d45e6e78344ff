#include "searcher/cli/watch_run.h"

#include <iostream>

#include "common/error.h"
#include "searcher/watch/watch_state.h"

namespace lsearch {

int run_watch(Searcher& searcher, const LsearchRun& run, Printer& printer, bool explain) {
  WatchState state(run.watch_dir.empty() ? WatchState::default_dir() : run.watch_dir, run.watch,
                   run.db_path);
  SearchRequest request = run.request;
  request.unseen_only = &state.seen();
  SearchResults results = searcher.search(request);
  if (state.first_run())
    results.explanation.notes.push_back(
        "watch '" + run.watch + "': first run, every match is new (saved in " + state.path() + ")");
  PrintContext context{"1", request.query, &request, explain};
  printer.print(context, results, std::cout);
  std::cout.flush();
  // Saved only once printed: a failed write reports the same articles next time.
  if (!std::cout) throw Error("cannot write the results; the watch state is not saved");
  std::vector<std::string> reported;
  reported.reserve(results.hits.size());
  for (const auto& hit : results.hits) reported.push_back(hit.id);
  state.save(next_seen(state.seen(), results.matched, reported));
  return results.total > 0 ? kExitOk : kExitNoMatchOrSkipped;
}

}  // namespace lsearch
