// Sports clubs named by their town (the extractor's club pass, find_clubs in
// entity_extractor.cpp). The labelling rules (eval/entities/dev/README.md) count a club
// named by its town as an organisation ("Chelsea", "Leeds 2-1 Everton") and a country
// standing for its national side as a place ("England beat Wales"), so these rules read
// towns (gazetteer cities) only: which articles are sports reports, and which slots of a
// town's name say that it stands for its club. A town read so names the club wherever
// the article names it alone. Table rows in tests/common/news/sports_context_test.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/entity_passes.h"

namespace lsearch {

// "2-1", "22-3" at tokens k, k + 1: one or two digits, a hyphen, one or two digits, and no
// further number joined on either side ("1-2-3", "10.5-11").
bool score_at(std::string_view text, const std::vector<Token>& tokens, std::size_t k);

// Whether an article reads as a sports report: how many of the sports words its first 300
// tokens use ("league", "goals", "coach", "match" ...), two more for each of up to two words
// only sport uses ("striker", "premiership", "wicket" ...) and two more for each of up to
// two score lines, against a threshold (a Python mirror of the rule on BBC's 2,225
// categorised articles: 375 of its 511 sport articles, 8 of the 1,714 others; on
// 20newsgroups 213 posts, 209 of them in rec.sport.*).
bool is_sports_report(std::string_view text, const std::vector<Token>& tokens);

// is_sports_report of one article, read once a rule asks (most articles have no slot to ask for).
class SportsReport {
 public:
  SportsReport(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}
  bool operator()() {
    if (known_ < 0) known_ = is_sports_report(text_, tokens_) ? 1 : 0;
    return known_ == 1;
  }

 private:
  std::string_view text_;
  const std::vector<Token>& tokens_;
  int known_ = -1;
};

// "Liverpool boss Rafa Benitez", "Leeds striker Alan Smith": a name [begin, end) right
// before a club role noun and a capitalised word is that club's, in any article.
bool names_club_staff(std::string_view text, const std::vector<Token>& tokens, std::size_t end);

// In a sports report, the slots of a team: a score line beside it ("Leeds 2-1 Everton"),
// a match verb before or after it ("beat Everton", "Everton drew", "against Everton"), and
// its fans or players after it ("Liverpool fans").
bool in_team_slot(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                  std::size_t end);

// The town matches of `aliases` that name a club: before a plural verb ("Newcastle have
// joined the race": British usage for a team), before its staff, or in a team slot of a
// sports report; never after a locative ("in Nairobi have said": where people are).
std::vector<const AliasMatch*> club_town_matches(std::string_view text,
                                                 const std::vector<Token>& tokens,
                                                 const Gazetteer& gazetteer,
                                                 const std::vector<AliasMatch>& aliases,
                                                 SportsReport& sports);

// A lone capitalised word no gazetteer entry names, mid-sentence in a sports report, before
// a plural verb ("Millwall have been charged"), a club role ("Everton boss Walter Smith",
// also "Rangers and Everton boss") or its fans: a club. Not the slots a person fills too
// ("beat Federer"), nor a list's verb ("Wilkinson and Hill have"), a people ("Welsh
// striker"), the end of a longer name ("All Blacks captain") or a person ("sister Venus are").
bool lone_club_slot(std::string_view text, const std::vector<Token>& tokens, std::size_t pos,
                    const NameLexicon& lexicon, SportsReport& sports);

}  // namespace lsearch
