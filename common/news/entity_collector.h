// What one extraction has found so far: each entity once by (kind, id), with its
// mention count, first position and the words a later lone word may link by; and
// how a name found in the text is written as a facet value (display_name); the merges
// of two names found for one entity.
// Internal to EntityExtractor (entity_extractor.cpp); one per article.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/entity.h"
#include "common/news/name_lexicon.h"

namespace lsearch {

// The normalised tokens [from, to) joined by spaces: a gazetteer key.
std::string join_keys(const std::vector<Token>& tokens, std::size_t from, std::size_t to);

// The name as written, on one line, without a possessive, truecased if it shouts, an
// initial keeping its full stop: "Tony\n  Blair's" -> "Tony Blair", "BANK OF ENGLAND" ->
// "Bank Of England", "Mark A. Davis".
std::string display_name(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                         std::size_t e);

struct Found {
  EntityMention mention;
  std::size_t first_pos;
  std::vector<std::string> name_tokens;  // normalised tokens usable for linking
  bool known = false;                    // a gazetteer entity
  bool parent = false;  // "BBC" beside "BBC One": opens longer names, is none of them
};

class Collector {
 public:
  // The entity (kind, id), added on its first mention, with one mention more.
  Found& add(EntityKind kind, ActorType type, const std::string& id, const std::string& canonical,
             std::size_t pos);
  Found* find(EntityKind kind, const std::string& id);
  std::vector<Found>& all() { return found_; }

  // The merges of two names found for one entity: the shorter's mentions go to the longer,
  // whose count 0 drops it. `steps` counts the work (ExtractionCost).
  // "Dale J. Stephenson" and "Dale Stephenson", "Michael Andre Mule" and "Michael Mule":
  // one person, with the middle initial or name (not "German Democratic Republic" and
  // "German Republic": an inner common word is a phrase's).
  void merge_middle_names(const NameLexicon& lexicon, std::size_t& steps);
  // "KEIHIN ELECTRIC EXPRESS" in a title, "Keihin Electric Express Railway Co Ltd" in the
  // text: a name the gazetteer does not know that opens a longer organisation's name in
  // the same article is that organisation. Looked up by id prefix, so linear.
  void merge_short_forms(std::size_t& steps);

 private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<Found> found_;
};

}  // namespace lsearch
