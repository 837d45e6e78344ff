// Indexes a corpus and searches it through the installed library only:
//   consumer DB CORPUS QUERY [ACTOR]   prints the ids of the hits, one a line
// Exit 0 when it worked, 1 when something was not as the API promises.
#include <lsearch/indexer.h>
#include <lsearch/searcher.h>
#include <lsearch/version.h>

#include <cstring>
#include <iostream>

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: consumer DB CORPUS QUERY [ACTOR]\n";
    return 2;
  }
  if (std::strcmp(lsearch::version(), LSEARCH_VERSION_STRING) != 0) {
    std::cerr << "library " << lsearch::version() << " but headers " << LSEARCH_VERSION_STRING
              << "\n";
    return 1;
  }
  lsearch::IndexRequest index;
  index.db_path = argv[1];
  index.inputs = {argv[2]};
  lsearch::IndexSummary summary = lsearch::update_index(index);
  std::cerr << "consumer: " << summary.documents << " documents (" << summary.mode << ")\n";

  lsearch::Searcher searcher = lsearch::Searcher::open(argv[1]);
  lsearch::SearchRequest request;
  request.query = argv[3];
  if (argc > 4) request.actors = {argv[4]};
  request.limit = 100;
  for (const lsearch::Hit& hit : searcher.search(request).hits) std::cout << hit.id << "\n";

  // Errors cross the library boundary as the documented types.
  request.since = "2020-13-45";
  try {
    searcher.search(request);
    std::cerr << "consumer: an invalid date did not throw\n";
    return 1;
  } catch (const lsearch::QueryError&) {
  }
  return 0;
}
