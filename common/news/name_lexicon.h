// The word lists the name finder needs beside the gazetteer: common English
// words (data/common-words.txt and its British spellings, common-words-british.txt),
// person titles, organisation head nouns, company suffixes and name connectors, and
// what WordNet knows capitalised words as (name_knowledge.h).
// Built once; thread-safe to read.
#pragma once

#include <string>
#include <string_view>

#include "common/news/name_knowledge.h"
#include "common/util/word_set.h"

namespace lsearch {

class NameLexicon {
 public:
  static const NameLexicon& builtin();

  bool is_common_word(const std::string& norm) const { return common_.contains(norm); }
  // "mr", "president", "spokesman", "marshal", ...: words that introduce a name, never part of it.
  bool is_title(const std::string& norm) const { return titles_.contains(norm); }
  // "council", "army", "commission", ...: a capitalised sequence ending in one is an organisation.
  bool is_org_head(const std::string& norm) const { return org_heads_.contains(norm); }
  // "inc", "corp", "plc", "ag", ...: a company's name ends in one.
  bool is_company_suffix(const std::string& norm) const { return suffixes_.contains(norm); }
  // "of", "al", "bin", ...: may stand between the capitalised words of one name.
  bool is_connector(const std::string& norm) const { return connectors_.contains(norm); }
  // Months, weekdays and other capitalised words that never name an actor.
  bool is_never_name(const std::string& norm) const { return never_.contains(norm); }
  // "my", "is", "this", ...: capitalised only at a sentence start, never a name's first word.
  bool is_function_word(const std::string& norm) const { return function_.contains(norm); }
  // "mr", "dr", "sir", "lord", "president", ...: titles used only before a person's name, so
  // the word after one is a name even if it is a common word ("Mr Brown", "Lord Bath").
  bool is_honorific(const std::string& norm) const { return honorifics_.contains(norm); }
  // "ceo", "pm", "tv", ... and the titles: words after a name that are not part of it.
  bool is_trailing_role(const std::string& norm) const {
    return roles_.contains(norm) || titles_.contains(norm);
  }
  // "united", "city", "fc", "rovers", ...: after a town's name, a sports club ("Newcastle
  // United", "Liverpool FC"); the town is not a place of the story there.
  bool is_club_word(const std::string& norm) const { return clubs_.contains(norm); }
  // "fc", "ac", "real", "sporting", ...: before a town's name, a sports club ("Real Madrid").
  bool is_club_prefix(const std::string& norm) const { return club_prefixes_.contains(norm); }
  // "european", "central", "british", ...: never names alone (is_never_name), but they open
  // organisations' names.
  bool is_name_adjective(const std::string& norm) const { return adjectives_.contains(norm); }
  // "mark", "will", "frank", ...: given names that are also common words.
  bool is_given_name(const std::string& norm) const { return given_names_.contains(norm); }
  // "said", "says", "told", ...: a capitalised word before one is someone who speaks.
  bool is_reporting_verb(const std::string& norm) const { return reporting_.contains(norm); }
  // "singer", "striker", ...: a lower-case noun before a name that says it is a person's
  // ("singer Ruslana"); "band", "journal", "bank", ...: an organisation's ("the band Wings").
  bool introduces_person(const std::string& norm) const { return person_nouns_.contains(norm); }
  // "regulator", "giant", "subsidiary", ...: news style's descriptors, which stand before
  // an organisation's name ("telecom regulator Ofcom") and not after one, where they are
  // other words' nouns ("the Polish side", "the Credit unit").
  bool introduces_organisation(const std::string& norm) const {
    return org_nouns_.contains(norm) || descriptors_.contains(norm);
  }
  bool is_descriptor(const std::string& norm) const { return descriptors_.contains(norm); }
  // The nouns that also say so after a name: "the Guardian newspaper", "the Beatles band".
  bool follows_organisation(const std::string& norm) const { return org_nouns_.contains(norm); }
  // "duo", "trio", "publisher", "label", "broadcaster": nouns of organisations that may
  // stand before people's names too ("Scotland duo Gordon Bulloch and Chris Cusiter",
  // "Buffalo Sabres broadcaster Ted Darling").
  bool may_name_people(const std::string& norm) const {
    return norm == "duo" || norm == "trio" || norm == "publisher" || norm == "label" ||
           norm == "broadcaster";
  }
  // "cup", "open", "awards", "contest", ...: a name ending in one is an event (a tournament,
  // a ceremony), no actor: "FA Cup", "Australian Open", "Eurovision Song Contest".
  bool is_event_head(const std::string& norm) const { return event_heads_.contains(norm); }
  // What WordNet knows capitalised words as (name_knowledge.h).
  const NameKnowledge& knowledge() const { return knowledge_; }

 private:
  NameLexicon();
  void load_person_words();
  void load_organisation_words();
  void load_sentence_words();
  WordSet common_, titles_, org_heads_, suffixes_, connectors_, never_, function_, roles_,
      reporting_, honorifics_, clubs_, club_prefixes_, adjectives_, given_names_, person_nouns_,
      org_nouns_, descriptors_, event_heads_;
  const NameKnowledge& knowledge_ = NameKnowledge::builtin();
};

}  // namespace lsearch
