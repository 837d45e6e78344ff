// Pass 3 of entity extraction (declared in entity_passes.h): runs of name words
// between the alias matches, and the place matches they take in.
#include <algorithm>
#include <limits>
#include <string>
#include <unordered_set>

#include "common/news/entity_passes.h"
#include "common/news/name_edges.h"
#include "common/news/org_context.h"
#include "common/news/org_name_shape.h"
#include "common/news/post_attribution.h"

namespace lsearch {
namespace {

constexpr std::size_t kNoAlias = std::numeric_limits<std::size_t>::max();
// Words in a company's bracketed qualifier: "(Europe)", "(U.K.)", "(Hong Kong)".
constexpr std::size_t kMaxQualifierTokens = 3;

}  // namespace

namespace {

// "Worker's" -> "worker": the word a possessive is made of.
std::string possessive_stem(const std::string& norm) {
  for (std::string_view possessive : {"'s", "\u2019s"})
    if (norm.size() > possessive.size() && norm.ends_with(possessive))
      return norm.substr(0, norm.size() - possessive.size());
  return norm;
}

// Pass 3 over one article: which token opens which alias match, which matches the runs
// take in (absorbed: a place inside an organisation's name is no place of the story),
// and the runs found, left to right.
class RunFinder : PassInput {
 public:
  RunFinder(const PassInput& in, ExtractionCost& cost)
      : PassInput(in),
        cost_(cost),
        n_(in.tokens.size()),
        alias_at_(in.tokens.size(), kNoAlias),
        absorbed_(in.aliases.size(), 0) {
    for (std::size_t a = 0; a < aliases.size(); ++a) alias_at_[aliases[a].begin] = a;
  }

  std::vector<NameRun> run() {
    std::size_t i = 0;
    while (i < n_) {
      ++cost_.steps;
      took_.clear();
      // Only a capitalised word opens a poster's name (a call saved at most tokens).
      if (const std::size_t poster =
              tokens[i].capitalised ? attributed_name_end(text, tokens, lexicon, i) : i;
          poster > i)
        i = at_poster(i, poster);
      else if (alias_at_[i] != kNoAlias)
        i = at_alias(i);
      else if (!name_word(i))
        i = at_adjective(i);
      else if (club_prefix(i))
        i = at_club_prefix(i);
      else
        i = at_name(i);
    }
    std::size_t kept = 0;
    for (std::size_t a = 0; a < aliases.size(); ++a)
      if (!absorbed_[a]) aliases[kept++] = aliases[a];
    aliases.resize(kept);
    return std::move(runs_);
  }

 private:
  bool is_place_alias(std::size_t k) const {
    return alias_at_[k] != kNoAlias &&
           gazetteer.entry(aliases[alias_at_[k]].entry).kind == EntityKind::kPlace;
  }

  // A capitalised word no alias, ticker or never-name word holds. Reuters brackets
  // tickers ("<WSTP.S>", no name) and unlisted companies' names ("<Pioneer Sugar Mills Ltd>").
  bool name_word(std::size_t k) {
    ++cost_.steps;
    return capitals[k] == kCapital && alias_at_[k] == kNoAlias &&
           !lexicon.is_never_name(tokens[k].norm) && !is_ticker(text, tokens[k]);
  }

  bool ends_a_name(const AliasMatch& alias) const {
    const GazetteerEntry& e = gazetteer.entry(alias.entry);
    const std::string& norm = tokens[alias.begin].norm;
    return alias.weak || (alias.end - alias.begin == 1 && e.kind == EntityKind::kActor &&
                          e.type == ActorType::kOrganisation &&
                          (lexicon.is_org_head(norm) || lexicon.is_common_word(norm)));
  }

  bool link(std::size_t a, std::size_t b) const {
    if (ends_in_possessive(text, tokens[a])) return false;  // "Festen's Rufus Norris"
    return joined(text, tokens[a], tokens[b]) ||
           abbreviation_stop(text, tokens[a], tokens[b], lexicon);
  }

  // "Parliamentary Group on Betting and Gaming", "News of the World": after an organisation's
  // head noun "on" and "of the" stay in its name, as a campus's "at" does (campus_at).
  bool head_connector(std::size_t k) const {
    return k > 0 && ((is_org_of(tokens[k].norm) && !tokens[k].capitalised &&
                      lexicon.is_org_head(tokens[k - 1].norm)) ||
                     campus_at(text, tokens, k));
  }

  // "Veteran Labour MPs": a sentence's common first word alone is no name word.
  bool opens_a_sentence(std::size_t i, std::size_t end) const {
    return end - i == 1 && sentence_initial(text, tokens[i]) &&
           lexicon.is_common_word(tokens[i].norm);
  }

  // "Scottish Labour", "Royal Dutch Shell": the run ends in a one-word organisation.
  bool ends_in_organisation(std::size_t end) const {
    return !took_.empty() && aliases[took_.back()].end == end && ends_a_name(aliases[took_.back()]);
  }

  bool org_end(std::size_t end) const {
    return lexicon.is_org_head(tokens[end - 1].norm) ||
           lexicon.is_company_suffix(tokens[end - 1].norm);
  }

  void keep(NameRun run) {
    for (std::size_t a : took_) absorbed_[a] = 1;
    runs_.push_back(run);
  }

  // The end of the run of name words from `i` (kMaxRunTokens at most); its aliases go to `took`.
  std::size_t extend(std::size_t i, std::vector<std::size_t>& took) {
    std::size_t end = i + 1;
    while (end < n_ && end - i < kMaxRunTokens && link(end - 1, end)) {
      const std::string& norm = tokens[end].norm;
      if (name_word(end)) {
        ++end;
      } else if (alias_at_[end] != kNoAlias && ends_a_name(aliases[alias_at_[end]]) &&
                 !lexicon.is_function_word(tokens[end - 1].norm) &&
                 !is_bare_connector(tokens[end - 1].norm) && !opens_a_sentence(i, end)) {
        // "Securities and Exchange Commission", "African National Congress": a weak alias or
        // a one-word institution after name words ends that name, no mention of its own.
        took.push_back(alias_at_[end]);
        end = aliases[alias_at_[end]].end;
      } else if ((lexicon.is_connector(norm) || head_connector(end)) && end + 1 < n_ &&
                 link(end, end + 1) && name_word(end + 1)) {
        end += 2;
      } else if (head_connector(end) && end + 2 < n_ && tokens[end + 1].norm == "the" &&
                 !tokens[end + 1].capitalised && link(end, end + 1) && link(end + 1, end + 2) &&
                 name_word(end + 2)) {
        end += 3;  // "News of the World", "Bank of the West"
      } else if (((is_org_of(norm) && lexicon.is_org_head(tokens[end - 1].norm) &&
                   tokens[end - 1].norm != "government") ||
                  campus_at(text, tokens, end)) &&
                 end + 1 < n_ && link(end, end + 1) && is_place_alias(end + 1)) {
        // "Bank of England": the place is the organisation's domain, not a place of the
        // story (a "Government of Peru" is Peru, and stays a place).
        took.push_back(alias_at_[end + 1]);
        end = aliases[alias_at_[end + 1]].end;
      } else {
        break;
      }
    }
    return with_qualifier(end, took);
  }

  // "Yamaichi International (Europe) Ltd", "Liberty Smelting Works (1962) Ltd": a
  // company's name may hold a bracketed place, year or line of business before its suffix.
  // A place inside it is no place of the story.
  std::size_t with_qualifier(std::size_t end, std::vector<std::size_t>& took) {
    if (end >= n_ || gap_between(text, tokens[end - 1], tokens[end]) != " (") return end;
    for (std::size_t k = end; k + 1 < n_ && k - end < kMaxQualifierTokens; ++k) {
      if (!tokens[k].capitalised && !tokens[k].numeric) return end;
      const std::string_view gap = gap_between(text, tokens[k], tokens[k + 1]);
      if (gap == ") " || gap == ".) ") {  // "(Europe) Ltd", "(U.K.) Ltd"
        if (!tokens[k + 1].capitalised || !lexicon.is_company_suffix(tokens[k + 1].norm))
          return end;
        for (std::size_t q = end; q <= k; ++q)
          if (alias_at_[q] != kNoAlias) took.push_back(alias_at_[q]);
        bracketed_ += k + 1 - end;
        return k + 2;
      }
      if (gap != " " && gap != ".") return end;
    }
    return end;
  }

  // "jsmith@cs.edu (Tim Nelson) writes": the poster's name, whole; a town in it is no place.
  std::size_t at_poster(std::size_t i, std::size_t end) {
    for (std::size_t k = i; k < end; ++k)
      if (alias_at_[k] != kNoAlias && aliases[alias_at_[k]].end <= end)
        took_.push_back(alias_at_[k]);
    keep({i, end, false, kNoEntry, true});
    return end;
  }

  // At an alias match: a place opens a sports club's name ("Newcastle United",
  // "Liverpool FC") or a company's, alone or joined by "and" to another ("Shanghai
  // Automotive Industry Corp", "Australia and New Zealand Banking Group Ltd").
  std::size_t at_alias(std::size_t i) {
    const std::size_t after = aliases[alias_at_[i]].end;
    if (!is_place_alias(i)) return after;
    std::size_t j = after;
    if (j < n_ && link(j - 1, j) && capitals[j] == kCapital &&
        lexicon.is_club_word(tokens[j].norm) && alias_at_[j] == kNoAlias) {
      took_.push_back(alias_at_[i]);
      keep({i, j + 1, true});
      return j + 1;
    }
    // "Paris St Germain": a town before a saint's name names a club or a venue.
    if (j + 1 < n_ && link(j - 1, j) && capitals[j] == kCapital && is_saint(tokens[j].norm) &&
        link(j, j + 1) && name_word(j + 1)) {
      took_.push_back(alias_at_[i]);
      const std::size_t end = extend(j + 1, took_);
      keep({i, end, true});
      return end;
    }
    return opened_by_places(i, j, after);
  }

  // "Shanghai Automotive Industry Corp", "US Department of Energy": the place alias at i
  // (and those after it) opens an organisation's name, which the run from j ends.
  std::size_t opened_by_places(std::size_t i, std::size_t j, std::size_t after) {
    std::vector<std::size_t> opening{alias_at_[i]};
    j = more_opening_places(j, opening);
    if (j >= n_ || !opens_name(j - 1, j) || !name_word(j)) return after;
    std::size_t end = extend(j, took_);
    // "the official Kenya News Agency KNA said": the acronym after it is no part of it.
    if (end - j >= 2 && spelt_by_last(text, tokens, i, end, lexicon)) --end;
    // After "U.S." one word is often a phrase's noun ("U.S. Bank officials said").
    const bool dotted = !link(j - 1, j);
    if (end - j >= kMaxRunTokens || (dotted && end - j < 2) ||
        !(org_end(end) || organisation_shape(tokens, j, end, lexicon) || listed(end)))
      return after;
    // A country's own institution ("U.S. Agriculture Department") is in that country: the
    // country stays a place of the story, as a firm's name ("Kenya Airways") is not one.
    if (!(opening.size() == 1 && country_body(i, j, end)))
      took_.insert(took_.end(), opening.begin(), opening.end());
    keep({i, end, true});
    return end;
  }

  // [j, end) after the country alias at i names one of its public bodies: common words and
  // head nouns, one of a state's ("Agriculture Department", "Department of Energy"), not a
  // federation's ("New Zealand Rugby Football Union").
  bool country_body(std::size_t i, std::size_t j, std::size_t end) const {
    if (gazetteer.entry(aliases[alias_at_[i]].entry).place_kind != "country") return false;
    bool state = false;
    for (std::size_t k = j; k < end; ++k) {
      const std::string& norm = tokens[k].norm;
      if (!lexicon.is_common_word(norm) && !lexicon.is_org_head(norm) &&
          !lexicon.is_connector(norm))
        return false;
      state = state || is_public_body_head(norm);
    }
    return state;
  }

  // The places after the first that open one organisation's name with it: joined by
  // "and" ("Australia and New Zealand Banking Group Ltd") or side by side ("Lawrence
  // Livermore National Laboratory", two towns' names). Returns the token after them.
  std::size_t more_opening_places(std::size_t j, std::vector<std::size_t>& opening) const {
    while (j < n_) {
      const bool joined_by_and =
          j + 1 < n_ && tokens[j].norm == "and" && link(j - 1, j) && link(j, j + 1);
      const std::size_t next = joined_by_and ? j + 1 : j;
      if (!is_place_alias(next) || (!joined_by_and && !link(j - 1, j))) return j;
      opening.push_back(alias_at_[next]);
      j = aliases[alias_at_[next]].end;
    }
    return j;
  }

  // A place's name runs on into the name it opens: "U.S. Agriculture Department" too.
  bool opens_name(std::size_t a, std::size_t b) const {
    return link(a, b) || dotted_abbreviation_stop(text, tokens[a], tokens[b]);
  }

  // Not a name word: an adjective never a name alone may open an organisation's name
  // ("European Broadcasting Union").
  std::size_t at_adjective(std::size_t i) {
    if (capitals[i] == kCapital && weekday_paper(i)) {
      keep({i, i + 2, true});
      return i + 2;
    }
    if (capitals[i] == kCapital && lexicon.is_name_adjective(tokens[i].norm) && i + 1 < n_ &&
        link(i, i + 1) && name_word(i + 1)) {
      std::size_t end = extend(i + 1, took_);
      const bool company = listed(end);
      if (end - i < kMaxRunTokens && (org_end(end) || !took_.empty() || company)) {
        keep({i, end, ends_in_organisation(end) || company});
        return end;
      }
    }
    return i + 1;
  }

  // "Sunday Times", "Sunday Express": a weekday before a newspaper's head noun is the
  // paper's name (44 such in BBC and Reuters-21578), though a weekday alone is no name.
  bool weekday_paper(std::size_t i) {
    static const std::unordered_set<std::string> kWeekdays = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return i + 1 < n_ && kWeekdays.count(tokens[i].norm) && link(i, i + 1) && name_word(i + 1) &&
           lexicon.is_org_head(tokens[i + 1].norm) &&
           !(i + 2 < n_ && link(i + 1, i + 2) && name_word(i + 2));
  }

  // "Real Madrid", "AS Monaco".
  bool club_prefix(std::size_t i) const {
    return i + 1 < n_ && is_place_alias(i + 1) && lexicon.is_club_prefix(tokens[i].norm) &&
           link(i, i + 1);
  }
  std::size_t at_club_prefix(std::size_t i) {
    const AliasMatch& town = aliases[alias_at_[i + 1]];
    absorbed_[alias_at_[i + 1]] = 1;
    runs_.push_back({i, town.end, true, town.entry});
    return town.end;
  }

  // A run of name words; a title-case headline (kMaxRunTokens words or more) is skipped
  // whole: names the gazetteer knows inside it were matched already.
  std::size_t at_name(std::size_t i) {
    bracketed_ = 0;
    std::size_t end = with_number(i, possessive_inside(i, extend(i, took_)));
    if (end - i - bracketed_ >= kMaxRunTokens && !two_companies(i, end)) {
      while (end < n_ && name_word(end) && link(end - 1, end)) ++end;
      return end;
    }
    keep({i, end, ends_in_organisation(end)});
    return end;
  }

  // "American Building Maintenance <ABM>": a name before a ticker is a listed company's.
  bool listed(std::size_t end) const { return before_ticker(text, tokens, end); }

  // "Theodore Sall Inc and Liberty Smelting Works Ltd": a company suffix before "and"
  // ends one company's name, so a long run holding one is two names, not a headline.
  bool two_companies(std::size_t i, std::size_t end) const {
    for (std::size_t k = i + 1; k + 1 < end; ++k)
      if (coordinates(text, tokens, k) && lexicon.is_company_suffix(tokens[k - 1].norm))
        return true;
    return false;
  }

  // "Moody's Investors Service Inc", "Transport and General Worker's Union", "People's
  // Liberation Army": a possessive inside a company's name, or a common word's inside
  // an organisation's; "Festen's Rufus Norris" is two names.
  std::size_t possessive_inside(std::size_t i, std::size_t end) {
    if (end >= n_ || end - i >= kMaxRunTokens || !ends_in_possessive(text, tokens[end - 1]) ||
        !joined(text, tokens[end - 1], tokens[end]) || !name_word(end))
      return end;
    std::vector<std::size_t> more;
    const std::size_t whole = extend(end, more);
    const std::string& last = tokens[whole - 1].norm;
    const std::string owner = possessive_stem(tokens[end - 1].norm);
    // "Unocal Corp's Union Oil Co": a company's unit is a company of its own.
    if (lexicon.is_company_suffix(owner)) return end;
    const bool common_owner = lexicon.is_common_word(owner) && !lexicon.is_org_head(owner) &&
                              !lexicon.is_company_suffix(owner);  // "Allied-Signal Inc's Metglas"
    if (whole - i >= kMaxRunTokens ||
        !(lexicon.is_company_suffix(last) || (common_owner && org_end(whole))))
      return end;
    took_.insert(took_.end(), more.begin(), more.end());
    return whole;
  }

  // "BBC Radio 4", "S Club 7": a number of one or two digits right after a name of two
  // words or more ends it, unless a name follows (a score: "Leeds United 2 Chelsea 1").
  std::size_t with_number(std::size_t i, std::size_t end) const {
    if (end >= n_ || end - i < 2 || end - i + 1 >= kMaxRunTokens ||
        ends_in_possessive(text, tokens[end - 1]))
      return end;
    const Token& number = tokens[end];
    std::string_view word = text.substr(number.begin, number.end - number.begin);
    const std::size_t digits = std::min(word.find_first_not_of("0123456789"), word.size());
    if (digits == 0 || digits > 2 || word.front() == '0' ||
        (digits < word.size() && !ends_in_possessive(text, number)) ||
        gap_between(text, tokens[end - 1], number) != " ")
      return end;
    const bool name_follows =
        end + 1 < n_ && capitals[end + 1] == kCapital && joined(text, number, tokens[end + 1]);
    return name_follows ? end : end + 1;
  }

  ExtractionCost& cost_;
  const std::size_t n_;
  std::vector<std::size_t> alias_at_;
  std::vector<std::uint8_t> absorbed_;
  std::vector<std::size_t> took_;  // the alias matches the run being read takes in
  std::size_t bracketed_ = 0;      // its words in brackets, which make no headline longer
  std::vector<NameRun> runs_;
};

}  // namespace

std::vector<NameRun> find_name_runs(std::string_view text, const std::vector<Token>& tokens,
                                    const std::vector<std::uint8_t>& capitals,
                                    const NameLexicon& lexicon, const Gazetteer& gazetteer,
                                    std::vector<AliasMatch>& aliases, ExtractionCost& cost) {
  return RunFinder({text, tokens, capitals, lexicon, gazetteer, aliases}, cost).run();
}

}  // namespace lsearch
