// What WordNet 3.0 knows a capitalised word as: a person, a given name, a people, an
// organisation, a body, a place, a thing (scripts/make-name-knowledge.py writes the
// table at build time from Debian's wordnet-base; it is embedded, not committed).
// The lone-word rules of the extractor read it: a lone word WordNet knows only as a
// person or an organisation is a name of its own, one it knows as a people or a
// thing is no actor. Built once; thread-safe to read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lsearch {

// The classes of a word (bit flags): those of the script's table.
enum NameClass : std::uint16_t {
  kNamePerson = 1 << 0,  // a named person ("Aristotle")
  kNameGiven = 1 << 1,   // a given name ("George"): a first name, not a name alone
  kNameMember = 1 << 2,  // a kind of person: party, faith ("Democrat", "Tory")
  kNamePeople = 1 << 3,  // a people, a nationality ("Swiss", "Maori")
  kNameOrg = 1 << 4,     // a named organisation ("Hamas")
  kNameBody = 1 << 5,    // a legislature or other body ("Knesset", "Duma")
  kNamePlace = 1 << 6,
  kNameThing = 1 << 7,   // artefacts, books, events, languages ("Bible")
  kNameCommon = 1 << 8,  // also an English word in lower case
};

class NameKnowledge {
 public:
  static const NameKnowledge& builtin();
  // `table`: lines "word<TAB>class,class", '#' comments.
  explicit NameKnowledge(std::string_view table);

  // The classes of `norm` (a token's norm: lower case), 0 if WordNet has no such name.
  std::uint16_t classes(const std::string& norm) const;
  // A people or a thing and neither a person nor an organisation nor a body.
  bool never_actor(const std::string& norm) const;
  // Known only as a named person: not a given name, not an English word, nothing else.
  bool only_person(const std::string& norm) const;
  // Known only as an organisation or a body, not an English word.
  bool only_organisation(const std::string& norm) const;
  // Known only as a kind of person (a party member, a believer: "Democrat", "Tory"), an
  // English word or a people aside; not a given name ("Christian"), a person or a thing.
  bool is_member(const std::string& norm) const;

 private:
  std::unordered_map<std::string, std::uint16_t> classes_;
};

}  // namespace lsearch
