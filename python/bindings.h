// The parts of the Python module, each binding one header of the public API.
#pragma once

#include <pybind11/pybind11.h>

#include <string>
#include <vector>

namespace lsearch::python {

void bind_search(pybind11::module_& m);  // lsearch/searcher.h: Searcher and results
void bind_index(pybind11::module_& m);   // lsearch/indexer.h: index() and its summary

// A str or os.PathLike as a path; a list of them, or a single one, as paths.
std::string to_path(const pybind11::handle& path);
std::vector<std::string> to_paths(const pybind11::handle& paths);

}  // namespace lsearch::python
