#include "common/news/sports_context.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "common/news/name_edges.h"
#include "common/news/place_evidence.h"
#include "common/util/word_set.h"

namespace lsearch {
namespace {

using Words = WordSet;

// An article whose opening kSportsWindow tokens weigh this much in sports words
// (is_sports_report) is a sports report: a report says what it is about early, while a
// long post gathers the words of any subject.
constexpr int kSportsThreshold = 7;
constexpr std::size_t kSportsWindow = 300;
// Weight of a word only sport uses and of a score line; each counts at most twice.
constexpr int kStrongWeight = 2, kMaxStrong = 2;

bool in(const Words& words, const std::string& norm) {
  return words.contains(norm);
}

const Words& sports_words() {
  static const Words words = {
      "premiership", "league",     "fixture",      "fixtures", "striker",   "strikers",
      "midfielder",  "defender",   "goalkeeper",   "goals",    "goal",      "scored",
      "match",       "matches",    "championship", "cup",      "season",    "coach",
      "manager",     "squad",      "club",         "clubs",    "fans",      "stadium",
      "penalty",     "tries",      "wicket",       "wickets",  "innings",   "tournament",
      "champions",   "title",      "medal",        "olympic",  "athletics", "rugby",
      "football",    "cricket",    "tennis",       "boxing",   "golf",      "captain",
      "skipper",     "victory",    "defeat",       "beat",     "draw",      "drew",
      "player",      "players",    "referee",      "pitch",    "injury",    "seeded",
      "round",       "game",       "games",        "side",     "final",     "finals",
      "points",      "qualifying", "win",          "won",      "unbeaten",  "international",
      "injured",     "hamstring"};
  return words;
}

// Words news uses of sport alone.
const Words& sport_only_words() {
  static const Words words = {"premiership", "fixture",  "fixtures",    "striker",   "strikers",
                              "midfielder",  "defender", "goalkeeper",  "referee",   "wicket",
                              "wickets",     "innings",  "midfielders", "defenders", "goalkeepers"};
  return words;
}

// A club's staff, named right after it: "Liverpool boss Rafa Benitez".
const Words& club_roles() {
  static const Words words = {"boss",     "manager",    "coach",    "striker", "midfielder",
                              "defender", "goalkeeper", "keeper",   "captain", "skipper",
                              "chairman", "winger",     "playmaker"};
  return words;
}

// "beat Everton", "against Everton", "Everton v Leeds".
const Words& match_words_before() {
  static const Words words = {"beat",     "beating",   "against",  "v",       "vs",        "versus",
                              "defeated", "defeating", "joined",   "joining", "face",      "faces",
                              "facing",   "thrashed",  "hammered", "edged",   "eliminated"};
  return words;
}

// "Everton drew", "Leeds beat Everton", "Liverpool fans".
const Words& team_words_after() {
  static const Words words = {"beat",     "beats",      "drew",    "defeated", "thrashed",
                              "hammered", "edged",      "crushed", "trounced", "routed",
                              "fans",     "supporters", "players", "squad"};
  return words;
}

bool short_number(std::string_view text, const Token& t) {
  return t.numeric && t.end - t.begin <= 2 &&
         std::all_of(text.begin() + t.begin, text.begin() + t.end,
                     [](char c) { return c >= '0' && c <= '9'; });
}

// "drew with Everton", "lost to Everton", "win over Everton", "signed for Everton", "signed
// from Everton".
bool two_word_slot(const std::string& before, const std::string& word) {
  if (word == "with") return before == "draw" || before == "drew" || before == "drawn";
  if (word == "to") return before == "lost" || before == "lose" || before == "losing";
  if (word == "over") return before == "win" || before == "victory" || before == "won";
  if (word == "for")
    return before == "signed" || before == "sign" || before == "signing" || before == "play" ||
           before == "played" || before == "playing";
  // "signed from Middlesbrough", "on loan from Chelsea": a player moves between clubs (a
  // person "moved from Leeds" or "arrived from Leeds" may have left the town).
  if (word == "from")
    return before == "signed" || before == "signing" || before == "bought" || before == "loan" ||
           before == "transfer" || before == "transferred";
  return false;
}

bool lower_word_at(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  return k < tokens.size() && !tokens[k].capitalised && k > 0 &&
         gap_between(text, tokens[k - 1], tokens[k]) == " ";
}

// "Newcastle have", "Millwall are", "Leeds were": British usage for a team.
bool before_plural_verb(std::string_view text, const std::vector<Token>& tokens, std::size_t end) {
  if (!lower_word_at(text, tokens, end)) return false;
  const std::string& verb = tokens[end].norm;
  return verb == "have" || verb == "are" || verb == "were";
}

// "boss", "striker" at token k, in lower case after one space: a club's staff. A plural's
// possessive apostrophe may come first ("Rangers' boss Alex McLeish", "Hearts' boss"): the
// singular's "'s" is inside its token already.
bool club_role_at(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  if (k == 0 || k >= tokens.size() || tokens[k].capitalised || !in(club_roles(), tokens[k].norm))
    return false;
  const std::string_view gap = gap_between(text, tokens[k - 1], tokens[k]);
  return gap == " " || gap == "' " || gap == "\u2019 ";
}

}  // namespace

bool score_at(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  if (k + 1 >= tokens.size() || !short_number(text, tokens[k]) ||
      !short_number(text, tokens[k + 1]) || gap_between(text, tokens[k], tokens[k + 1]) != "-")
    return false;
  auto joined_number = [&](std::size_t a, std::size_t b) {
    const std::string_view gap = gap_between(text, tokens[a], tokens[b]);
    return (tokens[a].numeric && tokens[b].numeric) && (gap == "-" || gap == "." || gap == ",");
  };
  return !(k > 0 && joined_number(k - 1, k)) &&
         !(k + 2 < tokens.size() && joined_number(k + 1, k + 2));
}

namespace {

// "Wasps 31-37 Leicester": a capitalised word on each side of a score, the word at `pos`;
// not a code ("SWE 1-0 Jan Larsson": a goal in a table), a weekday ("Seaver 3-2 Saturday") or
// a function word ("The 76-77 Canadiens": seasons).
bool score_between_names(std::string_view text, const std::vector<Token>& tokens, std::size_t pos,
                         const NameLexicon& lexicon) {
  auto side = [&](const Token& t) {
    return t.capitalised && !acronym_word(text, t) && !lexicon.is_never_name(t.norm) &&
           !lexicon.is_function_word(t.norm);
  };
  // The score first: a few byte compares, where a side costs word look-ups.
  auto match = [&](std::size_t left) {  // left's name, a score, the right name
    return left + 3 < tokens.size() && score_at(text, tokens, left + 1) && side(tokens[left]) &&
           side(tokens[left + 3]) && gap_between(text, tokens[left], tokens[left + 1]) == " " &&
           gap_between(text, tokens[left + 2], tokens[left + 3]) == " ";
  };
  return match(pos) || (pos >= 3 && match(pos - 3));
}

}  // namespace

bool is_sports_report(std::string_view text, const std::vector<Token>& tokens) {
  std::unordered_set<std::string_view> cues, strong;
  int scores = 0;
  for (std::size_t k = 0; k < std::min(tokens.size(), kSportsWindow); ++k) {
    const std::string& norm = tokens[k].norm;
    if (in(sports_words(), norm)) cues.insert(norm);
    if (in(sport_only_words(), norm)) strong.insert(norm);
    if (scores < kMaxStrong && score_at(text, tokens, k)) ++scores;
  }
  const int weight = static_cast<int>(cues.size()) +
                     kStrongWeight * std::min(static_cast<int>(strong.size()), kMaxStrong) +
                     kStrongWeight * scores;
  return weight >= kSportsThreshold;
}

bool names_club_staff(std::string_view text, const std::vector<Token>& tokens, std::size_t end) {
  return club_role_at(text, tokens, end) && end + 1 < tokens.size() &&
         tokens[end + 1].capitalised && gap_between(text, tokens[end], tokens[end + 1]) == " ";
}

bool in_team_slot(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                  std::size_t end) {
  const std::size_t n = tokens.size();
  // "Leeds 2-1 Everton": a score on either side.
  if (end + 1 < n && score_at(text, tokens, end) &&
      gap_between(text, tokens[end - 1], tokens[end]) == " ")
    return true;
  if (begin >= 2 && score_at(text, tokens, begin - 2) &&
      gap_between(text, tokens[begin - 1], tokens[begin]) == " ")
    return true;
  // "beat Everton", not "win over Graz AK" (a longer name the town opens) nor "against
  // Tokyo's close" (what the town owns).
  const bool name_ends =
      (end >= n || !tokens[end].capitalised) && !ends_in_possessive(text, tokens[end - 1]);
  if (begin >= 1 && name_ends && !tokens[begin - 1].capitalised &&
      gap_between(text, tokens[begin - 1], tokens[begin]) == " ") {
    const std::string& word = tokens[begin - 1].norm;
    if (in(match_words_before(), word)) return true;
    if (begin >= 2 && two_word_slot(tokens[begin - 2].norm, word)) return true;
  }
  return lower_word_at(text, tokens, end) && in(team_words_after(), tokens[end].norm) &&
         !ends_in_possessive(text, tokens[end - 1]);
}

std::vector<const AliasMatch*> club_town_matches(std::string_view text,
                                                 const std::vector<Token>& tokens,
                                                 const Gazetteer& gazetteer,
                                                 const std::vector<AliasMatch>& aliases,
                                                 SportsReport& sports) {
  std::vector<const AliasMatch*> towns;
  for (const AliasMatch& m : aliases) {
    const GazetteerEntry& e = gazetteer.entry(m.entry);
    if (e.kind != EntityKind::kPlace || e.place_kind != "city" || m.end >= tokens.size()) continue;
    const bool after_locative = m.begin > 0 && is_locative(tokens[m.begin - 1].norm);
    // "Dynamo Moscow 4-3", "Dayton Hudson chairman": the end of a longer name.
    const bool opens = m.begin == 0 || !tokens[m.begin - 1].capitalised ||
                       sentence_initial(text, tokens[m.begin - 1]);
    bool club = !after_locative && (before_plural_verb(text, tokens, m.end) ||
                                    (opens && names_club_staff(text, tokens, m.end)));
    if (!club && opens && in_team_slot(text, tokens, m.begin, m.end)) {
      // "lost to Everton" is a slot; "in Sydney 22-3" is where a match was.
      const bool slot_after_locative =
          after_locative && m.begin >= 2 &&
          two_word_slot(tokens[m.begin - 2].norm, tokens[m.begin - 1].norm);
      club = (!after_locative || slot_after_locative) && sports();
    }
    if (club) towns.push_back(&m);
  }
  return towns;
}

bool lone_club_slot(std::string_view text, const std::vector<Token>& tokens, std::size_t pos,
                    const NameLexicon& lexicon, SportsReport& sports) {
  // The slot first: most lone words have none, and the word checks cost more.
  const Token& word = tokens[pos];
  const std::size_t end = pos + 1;
  const bool fans = lower_word_at(text, tokens, end) &&
                    (tokens[end].norm == "fans" || tokens[end].norm == "supporters");
  // "the former Rangers and Everton boss": a word no gazetteer knows, before a club role,
  // is the club (a town needs the person after it: names_club_staff).
  const bool with_next = end + 2 < tokens.size() && tokens[end].norm == "and" &&
                         lower_word_at(text, tokens, end) && tokens[end + 1].capitalised &&
                         club_role_at(text, tokens, end + 2);
  // "Dawson, Wilkinson and Hill have": the verb is the list's.
  const bool listed = pos > 0 && (tokens[pos - 1].norm == "and" || tokens[pos - 1].norm == "or");
  const bool plural =
      !listed && !ends_in_possessive(text, word) && before_plural_verb(text, tokens, end);
  // "Wasps 31-37 Leicester": a score between two names is a match's (a player's follows
  // "beat Roddick"), so it counts at a sentence's start too.
  const bool scored = score_between_names(text, tokens, pos, lexicon);
  if (!fans && !with_next && !plural && !scored && !club_role_at(text, tokens, end)) return false;
  // "Rangers' boss Alex McLeish": a plural's possessive, its staff and their name say the
  // club at a sentence's start too (a common plural owns no "boss Alex McLeish").
  const bool owns_staff = end < tokens.size() && gap_between(text, word, tokens[end]) != " " &&
                          names_club_staff(text, tokens, end);
  // "Analysts have said", "Blisters were": a capital opening a sentence says nothing;
  // "Welsh striker", "Dutch midfielder": a people (WordNet) is no club.
  if (!plain_name_word(text, word) || (sentence_initial(text, word) && !scored && !owns_staff) ||
      lexicon.knowledge().never_actor(word.norm))
    return false;
  // "All Blacks captain", "Northern Hemisphere coach": the end of a longer name ("Former
  // Everton midfielder", "The Addicks keeper": a title or an article before it); "sister
  // Venus are": a person.
  if (pos > 0) {
    const Token& before = tokens[pos - 1];
    const bool joined_name = before.capitalised && gap_between(text, before, word) == " " &&
                             !lexicon.is_title(before.norm) && before.norm != "the";
    if (joined_name || lexicon.introduces_person(before.norm)) return false;
  }
  return sports();
}

}  // namespace lsearch
