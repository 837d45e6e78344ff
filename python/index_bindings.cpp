// lsearch.index() and its summary. The run releases the GIL; the callbacks
// take it back, on the indexer's thread. A callback that raises (or Ctrl-C
// seen while taking the GIL) stops the run at its next safe point (committed
// work is kept), and index() raises that exception.
#include <pybind11/functional.h>
#include <pybind11/stl.h>

#include <atomic>
#include <exception>

#include "lsearch/indexer.h"
#include "python/bindings.h"

namespace py = pybind11;

namespace lsearch::python {
namespace {

CompactPolicy compact_policy(const std::string& name) {
  if (name == "auto") return CompactPolicy::kAuto;
  if (name == "always") return CompactPolicy::kAlways;
  if (name == "never") return CompactPolicy::kNever;
  throw py::value_error("compact must be 'auto', 'always' or 'never', not '" + name + "'");
}

// The Python side of one run: its callbacks and the first exception they raised.
struct RunCallbacks {
  py::object progress;
  py::object on_issue;
  std::atomic<bool> cancel{false};
  std::exception_ptr error;

  // Runs `call` with the GIL held; an exception (or a pending signal) cancels the run.
  template <typename Call>
  void with_gil(Call call) {
    if (cancel) return;
    py::gil_scoped_acquire gil;
    try {
      call();
      if (PyErr_CheckSignals() != 0) throw py::error_already_set();
    } catch (...) {
      error = std::current_exception();
      cancel = true;
    }
  }
};

IndexSummary run(IndexRequest request, RunCallbacks& callbacks) {
  request.cancel = &callbacks.cancel;
  // Always set, so that Ctrl-C is seen during a run even without a callback.
  request.on_progress = [&callbacks](const IndexProgress& p) {
    callbacks.with_gil([&] {
      if (!callbacks.progress.is_none()) callbacks.progress(p);
    });
  };
  if (!callbacks.on_issue.is_none()) {
    request.on_issue = [&callbacks](const InputIssue& issue) {
      callbacks.with_gil([&] { callbacks.on_issue(issue); });
    };
  }
  IndexSummary summary;
  try {
    py::gil_scoped_release unlocked;
    summary = update_index(request);
  } catch (...) {
    // A run the callbacks cancelled may end in InterruptedError: theirs is the cause.
    if (!callbacks.error) throw;
  }
  if (callbacks.error) std::rethrow_exception(callbacks.error);
  return summary;
}

void bind_types(py::module_& m) {
  py::class_<IndexProgress>(m, "IndexProgress", "How far an index run is (given to progress).")
      .def_readonly("bytes_done", &IndexProgress::bytes_done, "Bytes of the input files read.")
      .def_readonly("bytes_total", &IndexProgress::bytes_total, "Bytes of the files to read.")
      .def_readonly("articles_done", &IndexProgress::articles_done, "Articles written so far.");

  py::class_<InputIssue>(m, "InputIssue", "An input skipped, repaired or worth a warning.")
      .def_readonly("level", &InputIssue::level, "'skipped', 'repaired' or 'warning'.")
      .def_readonly("where", &InputIssue::where, "'path' or 'path:line'.")
      .def_readonly("why", &InputIssue::why)
      // Python's repr of each string: a hostile file name shown in a REPL or a log stays text.
      .def("__repr__", [](const InputIssue& i) {
        return "InputIssue(level=" + py::repr(py::str(i.level)).cast<std::string>() +
               ", where=" + py::repr(py::str(i.where)).cast<std::string>() +
               ", why=" + py::repr(py::str(i.why)).cast<std::string>() + ")";
      });

  py::class_<IndexSummary>(m, "IndexSummary", "What an index run did (as lindex --json).")
      .def_readonly("db", &IndexSummary::db_path)
      .def_readonly("mode", &IndexSummary::mode, "'full' or 'incremental'.")
      .def_readonly("dry_run", &IndexSummary::dry_run)
      .def_readonly("interrupted", &IndexSummary::interrupted)
      .def_readonly("files_seen", &IndexSummary::files_seen)
      .def_readonly("files_read", &IndexSummary::files_read)
      .def_readonly("files_unchanged", &IndexSummary::files_unchanged)
      .def_readonly("files_vanished", &IndexSummary::files_vanished)
      .def_readonly("added", &IndexSummary::added)
      .def_readonly("updated", &IndexSummary::updated)
      .def_readonly("deleted", &IndexSummary::deleted)
      .def_readonly("unchanged", &IndexSummary::unchanged)
      .def_readonly("skipped", &IndexSummary::skipped)
      .def_readonly("repaired", &IndexSummary::repaired)
      .def_readonly("duplicates", &IndexSummary::duplicates)
      .def_readonly("text_bytes", &IndexSummary::text_bytes)
      .def_readonly("seconds", &IndexSummary::seconds)
      .def_readonly("documents", &IndexSummary::documents, "Articles in the index afterwards.")
      .def_readonly("generation", &IndexSummary::generation)
      .def_readonly("compacted", &IndexSummary::compacted)
      .def_readonly("skips", &IndexSummary::skips, "The first 1,000 skipped inputs (InputIssue).")
      .def("__repr__", [](const IndexSummary& s) {
        return "IndexSummary(mode='" + s.mode + "', added=" + std::to_string(s.added) +
               ", updated=" + std::to_string(s.updated) + ", deleted=" + std::to_string(s.deleted) +
               ", documents=" + std::to_string(s.documents) + ")";
      });
}

}  // namespace

void bind_index(py::module_& m) {
  bind_types(m);
  m.def(
      "index",
      [](const py::object& db, const py::object& paths, bool rebuild, const py::object& progress,
         const py::object& on_issue, bool dry_run, bool follow_links, bool allow_shrink,
         unsigned jobs, const std::vector<std::string>& entities, double lock_timeout,
         std::size_t commit_every, const std::string& compact, std::size_t max_article_bytes) {
        IndexRequest request;
        request.db_path = to_path(db);
        request.inputs = to_paths(paths);
        request.rebuild = rebuild;
        request.dry_run = dry_run;
        request.follow_links = follow_links;
        request.allow_shrink = allow_shrink;
        request.jobs = jobs;
        request.entity_files = entities;
        request.lock_timeout_seconds = lock_timeout;
        request.commit_every = commit_every;
        request.compact = compact_policy(compact);
        request.max_article_bytes = max_article_bytes;
        RunCallbacks callbacks;
        callbacks.progress = progress;
        callbacks.on_issue = on_issue;
        return run(std::move(request), callbacks);
      },
      py::arg("db"), py::arg("paths"), py::kw_only(), py::arg("rebuild") = false,
      py::arg("progress") = py::none(), py::arg("on_issue") = py::none(),
      py::arg("dry_run") = false, py::arg("follow_links") = false, py::arg("allow_shrink") = false,
      py::arg("jobs") = 0u, py::arg("entities") = std::vector<std::string>{},
      py::arg("lock_timeout") = 10.0, py::arg("commit_every") = std::size_t{50000},
      py::arg("compact") = "auto", py::arg("max_article_bytes") = std::size_t{16} << 20,
      R"(Builds or updates the index at db from paths, as lindex does; returns IndexSummary.

paths: corpus directories and files (*.txt, *.jsonl, *.jsonl.gz), or one path.
The first run builds the index, later runs add, replace and delete what
changed; rebuild=True builds a fresh index beside the live one and switches.
progress(IndexProgress) is called about every 250 ms, on_issue(InputIssue)
for each skipped or repaired input; both from the indexer's thread, with the
GIL held. Other arguments are lindex's options (entities: extra gazetteer
TSV files; compact: 'auto', 'always' or 'never'; follow_links, allow_shrink:
lindex --follow, --allow-shrink). The GIL is released
during the run. Raises lsearch.LockedError when another run holds the index,
lsearch.IndexError when it cannot be written, lsearch.ShrinkError (a
CorpusError) when a corpus root is missing or empty, or a root or a JSONL feed
would lose more than half of its articles (nothing is deleted;
allow_shrink=True confirms),
and whatever a callback raised.)");
}

}  // namespace lsearch::python
