#include "common/news/name_lexicon.h"

#include "common/util/text.h"
#include "data/embedded_data.h"

namespace lsearch {

const NameLexicon& NameLexicon::builtin() {
  static const NameLexicon instance;
  return instance;
}

NameLexicon::NameLexicon() {
  for (std::string_view line : split_lines(embedded::kCommonWords))
    if (!line.empty() && line.front() != '#') common_.emplace(line);
  // Word lists read better packed.
  // clang-format off
  titles_ = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "president", "vice",
             "prime", "minister", "premier", "chancellor", "king", "queen", "prince", "princess",
             "sheikh", "emir", "sultan", "general", "gen", "field", "marshal", "colonel", "col",
             "major", "maj", "lieutenant", "lt", "captain", "capt", "commander", "admiral",
             "brigadier", "sergeant", "spokesman", "spokeswoman", "spokesperson", "secretary",
             "secretary-general", "envoy", "ambassador", "senator", "sen", "rep", "governor",
             "mayor", "judge", "justice", "pope", "cardinal", "bishop", "imam", "ayatollah",
             "foreign", "defence", "defense", "interior", "finance", "deputy", "chief", "leader",
             "warlord", "strongman", "putschist", "citizen", "former", "late", "chairman",
             "chairwoman", "director", "head", "professor", "prof", "st", "saint", "mufti"};
  org_heads_ = {"council", "commission", "committee", "army", "forces", "force", "ministry",
                "organization", "organisation", "court", "mission", "assembly", "party", "union",
                "agency", "bank", "fund", "front", "brigade", "brigades", "militia", "parliament",
                "congress", "senate", "government", "authority", "office", "institute",
                "university", "company", "corporation", "corp", "inc", "ltd", "group", "alliance",
                "coalition", "league", "movement", "federation", "association", "service",
                "services", "police", "guard", "navy", "department", "secretariat", "tribunal",
                "foundation", "network", "news", "times", "post", "press", "agency", "bureau"};
  connectors_ = {"of", "for", "and", "the", "al", "el", "bin", "ibn", "abu", "de", "du", "da",
                 "di", "van", "von", "der", "la", "le", "del", "dos", "ben"};
  never_ = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "i", "we", "you", "he", "she", "they", "it", "mr",
            "mrs", "ms", "covid", "twitter", "facebook", "god", "allah", "islamic", "muslim",
            "christian", "arab", "african", "european", "western", "eastern", "northern",
            "southern", "north", "south", "east", "west", "central", "libyan", "russian",
            "american", "british", "french", "italian", "turkish", "egyptian", "emirati"};
  // clang-format on
}

}  // namespace lsearch
