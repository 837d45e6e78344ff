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
    if (!line.empty() && line.front() != '#') common_.insert(std::string(line));
  load_person_words();
  load_organisation_words();
  load_sentence_words();
}

// Word lists read better packed.

// Words about people: titles, honorifics, roles, given names, reporting verbs, and the
// nouns that introduce one.
void NameLexicon::load_person_words() {
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
             "chairwoman", "director", "head", "professor", "prof", "st", "saint", "mufti",
             "lady", "baroness", "baron", "earl", "duke", "duchess", "rev", "reverend",
             "father", "archbishop", "sen", "congressman", "congresswoman", "exchequer",
             "attorney", "commissioner", "inspector", "detective", "sgt", "supt", "officer",
             "chancellor", "dep", "premier", "crown", "shadow", "opposition", "mrs", "mr",
             "excellency", "majesty", "highness", "holiness", "sheikha"};
  honorifics_ = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sen", "senator",
                 "rep", "president", "prof", "professor", "rev", "reverend", "baroness", "baron",
                 "judge", "justice", "chancellor", "governor", "mayor", "sheikh", "gen", "col",
                 "capt", "lt", "sgt", "congressman", "congresswoman", "ambassador", "pope",
                 "king", "queen", "prince", "princess", "ayatollah", "imam", "premier",
                 "excellency", "majesty", "highness", "holiness", "sheikha"};
  roles_ = {"ceo", "cfo", "coo", "cto", "pm", "mp", "mep", "tv", "md", "boss", "chief",
            "chiefs", "officials", "official", "spokesman", "spokeswoman", "sources", "source",
            "unit", "units", "shares", "stock", "stocks", "bonds", "bunds"};
  // Given names that are also common words ("Mark", "Will", "Frank"): a name's first word
  // all the same, when a capitalised word that is not a common word follows.
  given_names_ = {"will", "mark", "frank", "tom", "rod", "lee", "pat", "bill", "jack", "don",
                  "ray", "guy", "dean", "grace", "rose", "joy", "faith", "hope", "dawn", "pearl",
                  "art", "drew", "rob", "sue", "gene", "miles", "penny", "bud", "chip", "max",
                  "chuck", "sandy", "rusty", "carol", "bob", "buck", "hank", "jay", "kim", "glen",
                  "holly", "ivy", "daisy", "iris", "ruby", "amber", "crystal", "heather",
                  "basil", "harry", "ted", "sam", "nick", "pete", "jake", "matt", "dick",
                  "victor",
                  };
  reporting_ = {"said", "says", "told", "added", "announced", "reported", "stated", "denied",
                "confirmed", "warned", "argued", "insisted", "wrote", "explained", "noted"};
  // Lower-case nouns that stand before a person's name in apposition, as news writes
  // them: "singer Ruslana", "actor Christian Slater", "striker Thierry Henry".
  person_nouns_ = {"singer", "actor", "actress", "rapper", "songwriter", "guitarist",
                   "drummer", "musician", "comedian", "presenter", "novelist", "author",
                   "writer", "poet", "playwright", "photographer", "striker", "midfielder",
                   "defender", "goalkeeper", "winger", "batsman", "bowler", "jockey", "boxer",
                   "golfer", "sprinter", "cyclist", "businessman", "businesswoman", "tycoon",
                   "billionaire", "entrepreneur", "economist", "lawyer", "engineer",
                   "journalist", "columnist", "campaigner", "activist", "dissident",
                   "filmmaker"};
  // clang-format on
}

// Words about organisations: head nouns, company suffixes, adjectives that open their
// names, clubs, and the nouns that introduce one.
void NameLexicon::load_organisation_words() {
  // clang-format off
  org_heads_ = {"council", "commission", "committee", "army", "forces", "force", "ministry",
                "organization", "organisation", "court", "mission", "assembly", "party", "union",
                "agency", "bank", "fund", "front", "brigade", "brigades", "militia", "parliament",
                "congress", "senate", "government", "authority", "office", "institute",
                "university", "company", "corporation", "corp", "inc", "ltd", "group", "alliance",
                "coalition", "league", "movement", "federation", "association", "service",
                "services", "police", "guard", "navy", "department", "secretariat", "tribunal",
                "foundation", "network", "news", "times", "post", "press", "agency", "bureau",
                "administration", "exchange", "board", "airlines", "airways", "motors",
                "industries", "securities", "enterprises", "products", "laboratories", "laboratory",
                "resources", "bancorp", "trust", "partners", "institution", "church",
                "commissioner", "cabinet", "treasury", "reserve", "directorate", "house",
                "theatre", "theater", "society", "club", "college", "school", "academy",
                "museum", "hospital", "orchestra", "auto", "herald", "gazette", "tribune",
                "journal", "telegraph", "chronicle", "echo", "express", "mirror", "observer",
                "division", "facility"};
  // Never a name's word alone, but the first word of an organisation's name:
  // "European Broadcasting Union", "Central Bank of Libya", "British Airways".
  // Not the compass words: "West Bank", "East Timor" are places.
  adjectives_ = {"islamic", "muslim", "christian", "arab", "african", "european", "central",
                 "libyan", "russian", "american", "british", "french", "italian", "turkish",
                 "egyptian", "emirati"};
  suffixes_ = {"inc", "corp", "co", "ltd", "plc", "ag", "sa", "nv", "bv", "gmbh", "spa", "llc",
               "lp", "limited", "holdings", "group", "corporation", "company", "cos", "bhd",
               "ab", "asa", "oyj", "kk", "srl", "sarl", "pty"};
  clubs_ = {"united", "city", "fc", "afc", "rovers", "athletic", "town", "county", "wanderers",
            "albion", "rangers", "hotspur", "olympic"};
  // Lower-case nouns that stand before an organisation's name in apposition: "the band
  // Wings", "the journal Nature", "US bank Wells Fargo", "carmaker Fiat".
  org_nouns_ = {"band", "group", "duo", "trio", "journal", "magazine", "newspaper", "tabloid",
                "broadcaster", "channel", "network", "firm", "company",
                "bank", "lender", "insurer", "carmaker", "automaker", "airline", "carrier",
                "retailer", "supermarket", "label", "studio", "publisher", "charity",
                "website", "conglomerate", "manufacturer", "chipmaker", "brewer",
                "operator", "agency", "auctioneers"};
  // News style's descriptors of an organisation, before its name only ("telecom regulator
  // Ofcom", "Premiership side Arsenal", "oil giant Yukos", "subsidiary Brightmail"); not the
  // nouns of trades a person has too (producer, developer, broker, miner: "film producer
  // Harvey Weinstein").
  // Not "team", "unit", "union", "paper": "team ERA", "unit FYI", "union REGS", "this
  // paper I'm" in newsgroup posts.
  descriptors_ = {"regulator", "watchdog", "club", "side", "outfit", "party", "giant",
                  "chain", "utility", "consortium", "daily", "subsidiary", "brokerage",
                  "refiner", "exporter", "distributor"};
  // Events are no actors (the labelling rules of eval/entities: "World Cup", "Oscars").
  event_heads_ = {"cup", "open", "award", "awards", "contest", "championship", "championships",
                  "games", "olympics", "prize", "trophy", "festival", "tournament"};
  // Not "as": "As Tripoli fell" opens a sentence.
  club_prefixes_ = {"fc", "afc", "ac", "real", "sporting", "atletico", "olympique",
                    "dynamo", "dinamo", "racing"};
  // clang-format on
}

// Words of the sentence around names: function words, connectors, words never names.
void NameLexicon::load_sentence_words() {
  // clang-format off
  function_ = {"a", "an", "the", "my", "our", "his", "her", "their", "your", "its", "this",
               "that", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have",
               "had", "in", "on", "at", "by", "with", "from", "to", "as", "if", "when", "but",
               "or", "so", "not", "no", "all", "any", "some", "every", "each", "both", "what",
               "which", "who", "why", "how", "where", "there", "here", "then", "after",
               "before", "since", "while", "also", "only", "even", "dear", "new", "meanwhile",
               "under", "about", "into", "over", "against", "during", "without", "among",
               "according", "unlike", "like", "do", "does", "did", "will", "would", "can",
               "could", "should", "may", "might", "must", "yes", "please", "thanks", "thank"};
  connectors_ = {"of", "for", "and", "the", "al", "el", "bin", "ibn", "abu", "de", "du", "da",
                 "di", "van", "von", "der", "la", "le", "del", "dos", "ben"};
  never_ = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "oscars", "grammys", "olympics", "paralympics", "e-mail", "email", "fax", "tel", "i", "we", "you", "he", "she", "they", "it", "covid", "twitter", "facebook", "god", "allah", "islamic", "muslim",
            "christian", "arab", "african", "european", "western", "eastern", "northern",
            "southern", "north", "south", "east", "west", "central", "libyan", "russian",
            "american", "british", "french", "italian", "turkish", "egyptian", "emirati",
            // Units written with a capital ("10 GHz SSB", "60 Hz Power"): no name's words.
            "hz", "khz", "mhz", "ghz", "thz", "kbps", "mbps", "gbps"};
  // clang-format on
}

}  // namespace lsearch
