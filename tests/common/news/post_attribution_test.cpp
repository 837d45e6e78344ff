// The poster's name in a newsgroup attribution line (common/news/post_attribution.h),
// and what the extractor makes of it.
#include "common/news/post_attribution.h"

#include <doctest/doctest.h>

#include "common/news/entity_extractor.h"

namespace lsearch {
namespace {

// The attributed name at the first capitalised token of `text`, as written ("" if none).
std::string attributed(const std::string& text) {
  const std::vector<Token> tokens = tokenize(text);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!tokens[k].capitalised) continue;
    const std::size_t end = attributed_name_end(text, tokens, NameLexicon::builtin(), k);
    if (end > k) return text.substr(tokens[k].begin, tokens[end - 1].end - tokens[k].begin);
  }
  return "";
}

}  // namespace

TEST_CASE("a poster named in an attribution line is a person, whatever the name's words") {
  struct Row {
    std::string text, name;
  };
  const std::vector<Row> rows = {
      {"Re: seats\n\nms@ucsd.edu (Mark Singer) writes:\n> the text", "Mark Singer"},
      {"Re: seats\n\nIn article <1@x.edu> lady@x.edu (Lee Lady) wrote:", "Lee Lady"},
      {"Re: seats\n\ntcmay@netcom.com (Timothy C. May) writes:", "Timothy C. May"},
      {"Re: seats\n\ngld@cunixb.cc (Gary L Dare) says:", "Gary L Dare"},
      {"Re: menus\n\nSkip Koppenhaver (skip@eco.twg.com) wrote:\n: Has anyone", "Skip Koppenhaver"},
      {"Re: seats\n\nat@x.edu (Cardinal Ximenez) writes:", ""},          // a title opens it
      {"Re: seats\n\ndm@x.edu (Dean R Money) writes:", "Dean R Money"},  // a given name
      {"Re: seats\n\nrh@x.edu (Red Herring) writes:", ""},         // common words only: a pen name
      {"Re: seats\n\nsm@x.edu (The Master) writes:", ""},          // a function word
      {"Re: seats\n\ncd@x.edu (Dances With Wolves) writes:", ""},  // ... inside it
      {"Re: seats\n\ndi@x.net (Diaspar Reality Network) writes:", ""},  // an organisation
      {"Re: seats\n\nds@x.edu (Dan S.) writes:", ""},                   // ends in an initial
      {"Re: seats\n\nsc@x.edu (Steve Conroy x6172) writes:", ""},       // more than a name
      {"Re: seats\n\nMark Singer (of Acme) wrote a book.", ""},         // no address in brackets
      {"Re: seats\n\nThe (Mark Singer) writes:", ""},                   // no address before it
      {"Re: seats\n\nsee ms@ucsd.edu (Mark Singer) for more", ""},      // no attribution verb
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(attributed(row.text) == row.name);
  }
  static const Gazetteer g = Gazetteer::builtin();
  const EntityExtractor extractor(g, NameLexicon::builtin());
  // "Singer" and "Nelson" no longer cut the name: one person, and Nelson is no place.
  for (const std::string& text : {std::string("Re: it\n\nms@ucsd.edu (Mark Singer) writes:\n> ok"),
                                  std::string("Re: it\n\ntn@x.edu (Tim Nelson) writes:\n> ok")}) {
    CAPTURE(text);
    const std::vector<EntityMention> found = extractor.extract(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == ActorType::kPerson);
    CHECK(found[0].kind == EntityKind::kActor);
  }
}

}  // namespace lsearch
