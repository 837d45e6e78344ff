// The Python module lsearch (its native part, lsearch._native): the C++ API of
// liblsearch as Python classes, functions and exceptions. lsearch/__init__.py
// re-exports it; lsearch/__init__.pyi describes it for editors.
#include <pybind11/pybind11.h>

#include "lsearch/error.h"
#include "lsearch/version.h"
#include "python/bindings.h"

namespace py = pybind11;

namespace lsearch::python {

std::string to_path(const py::handle& path) {
  return py::str(py::module_::import("os").attr("fspath")(path)).cast<std::string>();
}

std::vector<std::string> to_paths(const py::handle& paths) {
  if (py::isinstance<py::str>(paths) || py::hasattr(paths, "__fspath__")) return {to_path(paths)};
  std::vector<std::string> out;
  for (const py::handle& path : paths) out.push_back(to_path(path));
  return out;
}

}  // namespace lsearch::python

namespace {

// lsearch.Error and its subclasses, mirroring lsearch/error.h. pybind11 tries
// the translators last-registered first, so subclasses come after their bases.
void bind_errors(py::module_& m) {
  auto& error = py::register_exception<lsearch::Error>(m, "Error", PyExc_Exception);
  error.doc() = "Base class of every error lsearch raises.";
  auto& index = py::register_exception<lsearch::IndexError>(m, "IndexError", error.ptr());
  index.doc() = "The index is missing or unreadable, or could not be written.";
  py::register_exception<lsearch::SchemaMismatchError>(m, "SchemaMismatchError", index.ptr())
      .doc() = "The index was built by an incompatible lindex: rebuild it (rebuild=True).";
  py::register_exception<lsearch::LockedError>(m, "LockedError", index.ptr()).doc() =
      "Another indexing run holds the index (after lock_timeout seconds).";
  py::register_exception<lsearch::InterruptedError>(m, "InterruptedError", error.ptr()).doc() =
      "An index run stopped (Ctrl-C, an exception in a callback) before it began writing.";
  py::register_exception<lsearch::QueryError>(m, "QueryError", error.ptr()).doc() =
      "A query or filter that cannot mean anything: an invalid date, an unknown actor...";
  auto& corpus = py::register_exception<lsearch::CorpusError>(m, "CorpusError", error.ptr());
  corpus.doc() = "A corpus input that cannot be read at all.";
  py::register_exception<lsearch::ShrinkError>(m, "ShrinkError", corpus.ptr()).doc() =
      "A run that would lose most of a root's or a feed's articles, or a missing input: nothing "
      "was changed; allow_shrink=True confirms.";
}

}  // namespace

PYBIND11_MODULE(_native, m) {
  m.doc() = "lsearch: search and index news archives (the native part of the lsearch package).";
  m.attr("__version__") = lsearch::version();
  bind_errors(m);
  lsearch::python::bind_search(m);
  lsearch::python::bind_index(m);
}
