// The data files compiled into every binary (generated from data/ by
// cmake/embed_data.cmake), so lindex and lsearch run without an install step.
#pragma once

#include <string_view>

namespace lsearch::embedded {

extern const std::string_view kCleaningRules;  // data/cleaning-rules.tsv
extern const std::string_view kGazetteer;      // data/gazetteer-*.tsv, concatenated
extern const std::string_view kCommonWords;    // data/common-words.txt
extern const std::string_view kNameKnowledge;  // scripts/make-name-knowledge.py, at build time

}  // namespace lsearch::embedded
