#include "common/schema/versions.h"

#include <doctest/doctest.h>

#include <string>

#include "common/analysis/analyzer.h"
#include "common/news/news_analyzer.h"

namespace lsearch {

// The fingerprints written to the index carry the versions of versions.h, so
// bumping one there is all it takes for indexes to be refused or re-read.
TEST_CASE("the index fingerprints carry the versions of versions.h") {
  CHECK(Analyzer().fingerprint().starts_with("normalizer=" + std::to_string(kNormalizerVersion) +
                                             ";"));
  CHECK(NewsAnalyzer(Gazetteer())
            .fingerprint()
            .starts_with("news=" + std::to_string(kNewsVersion) + ";"));
}

}  // namespace lsearch
