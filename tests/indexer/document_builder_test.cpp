#include "indexer/document_builder.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include "common/analysis/tokenizer.h"
#include "common/news/near_duplicate.h"
#include "common/schema/entity_details.h"
#include "common/schema/fields.h"
#include "common/schema/summary.h"
#include "common/schema/value_codec.h"
#include "indexer/corpus/corpus_reader.h"

namespace lsearch {
namespace {

std::set<std::string> terms_of(const Xapian::Document& doc) {
  std::set<std::string> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) terms.insert(*it);
  return terms;
}

// The cluster key's lead (lead_tokens) comes from a prefix of the body ending at a
// space: its first kLeadWords tokens must be those of the whole 4 KB lead.
bool same_lead(std::string_view body) {
  const std::vector<Token> fast = lead_tokens(body);
  const std::vector<Token> full = tokenize(body.substr(0, std::min(body.size(), kLeadBytes)));
  const std::size_t n = std::min(full.size(), kLeadWords);
  if (fast.size() < n) return false;
  for (std::size_t k = 0; k < n; ++k)
    if (fast[k].begin != full[k].begin || fast[k].end != full[k].end ||
        fast[k].norm != full[k].norm || fast[k].capitalised != full[k].capitalised ||
        fast[k].numeric != full[k].numeric)
      return false;
  return true;
}

}  // namespace

TEST_CASE("an article becomes the terms and values the schema names") {
  Article a;
  a.id = "seed/000.txt";
  a.title = "Haftar\u2019s forces retreat";
  a.date = "2020-07-02";
  a.source = "Al Jazeera";
  a.body = "Mass graves were found in Tarhuna.";
  a.entities = {{EntityKind::kActor, "khalifa_haftar", "Khalifa Haftar", 2},
                {EntityKind::kPlace, "tarhuna", "Tarhuna", 1}};
  a.mentioned_dates = {"2020-06-12", "2019"};
  Analyzer analyzer;
  FacetDictionary facet_dictionary;
  const Gazetteer gazetteer;
  DocumentBuilder builder(analyzer, facet_dictionary, gazetteer);
  Xapian::Document doc = builder.build(a, "origin1", "hash1");
  auto terms = terms_of(doc);
  for (const char* t : {"Qseed/000.txt", "XForigin1", "D20200702", "M202007", "Y2020",
                        "XSal_jazeera", "XAkhalifa_haftar", "XPtarhuna", "XD20200612", "XD202006",
                        "XD2020", "XD2019", "ZShaftar", "Zhaftar", "Zgrave", "Zmass", "Ztarhuna"}) {
    std::string term = t;
    CAPTURE(term);
    CHECK(terms.count(term) == 1);
  }
  CHECK(terms.count("Zhaftar'") == 0);
  CHECK(terms.count("haftar") == 0);  // stems only (STEM_ALL_Z)
  CHECK(doc.get_value(kSlotDate) == "20200702");
  const std::string facets = doc.get_value(kSlotFacets);
  CHECK(facet_values(facets, kTagMonth) == std::vector<std::string>{"202007"});
  CHECK(facet_values(facets, kTagSource) == std::vector<std::string>{"Al Jazeera"});
  CHECK(facet_values(facets, kTagActor) == std::vector<std::string>{"Khalifa Haftar"});
  CHECK(facet_values(facets, kTagPlace) == std::vector<std::string>{"Tarhuna"});
  CHECK(doc.get_value(kSlotContentHash) == "hash1");
  CHECK(doc.get_value(kSlotArticleHash) == article_hash(a));
  CHECK(doc.get_value(kSlotCluster) == near_duplicate_key(a.title, a.body));
  CHECK(doc.get_value(kSlotCluster).size() == 16);
  CHECK(article_hash(a).size() == 16);
  Article edited = a;
  edited.body += " More.";
  CHECK(article_hash(edited) != article_hash(a));
  CHECK(doc.get_data() == "Mass graves were found in Tarhuna.");
  CHECK(decode_list(doc.get_value(kSlotSummary)) ==
        std::vector<std::string>{"seed/000.txt", "Haftar\u2019s forces retreat", "2020-07-02",
                                 "Al Jazeera", "", near_duplicate_key(a.title, a.body),
                                 decode_summary(doc.get_value(kSlotSummary)).entities});
}

TEST_CASE("facet values: K single-valued slots, the rest in the overflow slot, and ordinals") {
  Article a;
  a.id = "x";
  a.body = "text";
  a.date = "2020-07-02";
  a.source = "Al Jazeera";
  for (int i = 0; i < 10; ++i)
    a.entities.push_back(
        {EntityKind::kActor, "actor" + std::to_string(i), "Actor " + std::to_string(i), 1});
  a.entities.push_back({EntityKind::kActor, "actor0", "Actor 0", 1});  // named twice: once
  a.entities.push_back({EntityKind::kPlace, "tripoli", "Tripoli", 1});
  Analyzer analyzer;
  FacetDictionary dictionary;
  const Gazetteer gazetteer;
  DocumentBuilder builder(analyzer, dictionary, gazetteer);
  Xapian::Document doc = builder.build(a, "o", "h");
  const FacetSpec& actors = facet_spec(Facet::kActors);
  REQUIRE(actors.slots == 8);
  for (unsigned k = 0; k < actors.slots; ++k)
    CHECK(doc.get_value(actors.first_slot + k) == "Actor " + std::to_string(k));
  CHECK(decode_list(doc.get_value(*actors.overflow_slot)) ==
        std::vector<std::string>{"Actor 8", "Actor 9"});
  const FacetSpec& places = facet_spec(Facet::kPlaces);
  CHECK(doc.get_value(places.first_slot) == "Tripoli");
  CHECK(doc.get_value(places.first_slot + 1).empty());
  CHECK(doc.get_value(*places.overflow_slot).empty());
  CHECK(doc.get_value(facet_spec(Facet::kSources).first_slot) == "Al Jazeera");
  CHECK(doc.get_value(facet_spec(Facet::kMonths).first_slot) == "202007");
  auto ordinals = decode_facet_ordinals(doc.get_value(kSlotFacetOrdinals));
  CHECK(ordinals[0] == std::vector<FacetOrdinal>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  CHECK(ordinals[1] == std::vector<FacetOrdinal>{0});
  CHECK(ordinals[4] == std::vector<FacetOrdinal>{*month_ordinal("202007")});
  CHECK(facet_values(doc.get_value(kSlotFacets), kTagActor).size() == 10);
}

TEST_CASE("actor types and place details: type terms, the details slot, the countries roll-up") {
  Gazetteer gazetteer;
  gazetteer.add_tsv(
      "place\tLibya\t\tcountry\t\t\t\n"
      "place\tTripoli\tTarabulus\tcity\tLibya\tTripoli\t32.8874,13.1873\n"
      "place\tMisrata\t\tcity\tLibya\tMisrata\t32.3754,15.0925\n"
      "place\tHariga\n",
      "test");
  Article a;
  a.id = "x";
  a.body = "text";
  a.entities = {{EntityKind::kActor, "khalifa_haftar", "Khalifa Haftar", 2, ActorType::kPerson},
                {EntityKind::kActor, "nato", "NATO", 1, ActorType::kOrganisation},
                {EntityKind::kActor, "someone", "Someone", 1, ActorType::kUnknown},
                {EntityKind::kPlace, "tripoli", "Tripoli", 3},
                {EntityKind::kPlace, "misrata", "Misrata", 1},
                {EntityKind::kPlace, "libya", "Libya", 1},
                {EntityKind::kPlace, "hariga", "Hariga", 1}};
  Analyzer analyzer;
  FacetDictionary dictionary;
  DocumentBuilder builder(analyzer, dictionary, gazetteer);
  Xapian::Document doc = builder.build(a, "o", "h");
  auto terms = terms_of(doc);
  CHECK(terms.count("XTKhalifa Haftar:person") == 1);
  CHECK(terms.count("XTNATO:org") == 1);
  CHECK(terms.count(actor_type_term(ActorType::kPerson, "Khalifa Haftar")) == 1);
  CHECK(terms.count("XTSomeone:person") == 0);
  CHECK(terms.count("XTSomeone:org") == 0);
  // Every place of Libya, and Libya itself, give the one country term; Hariga has no country.
  CHECK(terms.count("XClibya") == 1);
  CHECK(country_term("Libya") == "XClibya");
  CHECK(std::count_if(terms.begin(), terms.end(),
                      [](const std::string& t) { return t.starts_with("XC"); }) == 1);
  CHECK(facet_values(doc.get_value(kSlotFacets), kTagCountry) == std::vector<std::string>{"Libya"});
  const FacetSpec& countries = facet_spec(Facet::kCountries);
  CHECK(doc.get_value(countries.first_slot) == "Libya");
  CHECK(doc.get_value(countries.first_slot + 1).empty());
  auto ordinals = decode_facet_ordinals(doc.get_value(kSlotFacetOrdinals));
  CHECK(ordinals[static_cast<std::size_t>(Facet::kCountries)] == std::vector<FacetOrdinal>{0});
  const std::vector<EntityDetails> details =
      decode_entity_details(decode_summary(doc.get_value(kSlotSummary)).entities);
  const std::vector<EntityDetails> expected = {
      {EntityKind::kActor, "Khalifa Haftar", ActorType::kPerson, "", "", ""},
      {EntityKind::kActor, "NATO", ActorType::kOrganisation, "", "", ""},
      {EntityKind::kActor, "Someone", ActorType::kUnknown, "", "", ""},
      {EntityKind::kPlace, "Tripoli", ActorType::kUnknown, "city", "Libya", "32.8874,13.1873"},
      {EntityKind::kPlace, "Misrata", ActorType::kUnknown, "city", "Libya", "32.3754,15.0925"},
      {EntityKind::kPlace, "Libya", ActorType::kUnknown, "country", "Libya", ""},
      {EntityKind::kPlace, "Hariga", ActorType::kUnknown, "", "", ""}};
  CHECK(details == expected);
}

TEST_CASE("the builder reports the article's words for the spelling table") {
  Article a;
  a.id = "x";
  a.title = "Haftar\u2019s forces";
  a.body = "Forces of Haftar took 80 km, don't they?";
  Analyzer analyzer;
  FacetDictionary facet_dictionary;
  const Gazetteer gazetteer;
  DocumentBuilder builder(analyzer, facet_dictionary, gazetteer);
  Vocabulary words;
  builder.build(a, "o", "h", &words);
  CHECK(words["haftar"] == 2);
  CHECK(words["forces"] == 2);
  CHECK(words["don't"] == 1);
  CHECK(words.count("80") == 0);
  CHECK(words.count("km") == 1);
}

TEST_CASE("a partial date gives year and month terms but no sortable day value") {
  Article a;
  a.id = "x";
  a.body = "text";
  a.date = "1987";
  Analyzer analyzer;
  FacetDictionary facet_dictionary;
  const Gazetteer gazetteer;
  DocumentBuilder builder(analyzer, facet_dictionary, gazetteer);
  auto doc = builder.build(a, "o", "h");
  auto terms = terms_of(doc);
  CHECK(terms.count("Y1987") == 1);
  CHECK(doc.get_value(kSlotDate).empty());
  CHECK(facet_values(doc.get_value(kSlotFacets), kTagMonth).empty());
}

TEST_CASE("the content hash changes with any field and with the settings") {
  Article a;
  a.id = "x";
  a.body = "text";
  std::string base = content_hash(a, "s1");
  CHECK(base == content_hash(a, "s1"));
  CHECK(base != content_hash(a, "s2"));
  Article b = a;
  b.title = "t";
  CHECK(base != content_hash(b, "s1"));
  Article c = a;
  c.body = "texu";
  CHECK(base != content_hash(c, "s1"));
}

TEST_CASE("the cluster key's lead from a prefix is the whole lead's: two real corpora") {
  std::size_t bodies = 0, long_bodies = 0, differing = 0;
  for (const char* corpus : {"reuters21578", "bbc"}) {  // long bodies: the prefix path
    CorpusFile file;
    file.path = std::string(LSEARCH_SHARED_DIR) + "/corpora/" + corpus + "/articles.jsonl.gz";
    file.format = CorpusFormat::kJsonlGz;
    Diagnostics diagnostics;
    REQUIRE(read_corpus_file(file, ReadLimits{}, diagnostics, [&](Article&& article) {
      ++bodies;
      long_bodies += article.body.size() > 1024;
      differing += !same_lead(article.body);
    }));
  }
  CHECK(bodies > 20000);
  CHECK(long_bodies > 5000);  // the prefix path is taken
  CHECK(differing == 0);
}

TEST_CASE("the cluster key's lead from a prefix is the whole lead's: random mixed scripts") {
  // Pieces whose word breaks depend on their neighbours: joiners, marks, digits with
  // separators, CJK and Thai (ICU's dictionaries), regional indicators, ZWJ, tabs.
  const std::vector<std::string> pieces = {"oil",
                                           "Prices",
                                           " ",
                                           " ",
                                           " ",
                                           "  ",
                                           "U.S.",
                                           "1,000.5",
                                           "can't",
                                           "e\u0301",
                                           "\u0301",
                                           "\u5317\u4eac\u5e02",
                                           "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22",
                                           "\U0001F1EB\U0001F1F7",
                                           "\u200d",
                                           "\U0001F468",
                                           "\t",
                                           "\n",
                                           "-",
                                           ".",
                                           "'s",
                                           "caf\u00e9",
                                           "\u00a0",
                                           "x_y",
                                           "a@b",
                                           "\u0645\u0635\u0631",
                                           "\uff21\uff22"};
  std::uint64_t state = 15;
  std::size_t differing = 0;
  for (int sample = 0; sample < 1000; ++sample) {
    std::string body;
    const std::size_t target = 300 + (state >> 40) % 5000;
    while (body.size() < target) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      body += pieces[(state >> 33) % pieces.size()];
    }
    if (!same_lead(body)) ++differing;
  }
  CHECK(differing == 0);
}

}  // namespace lsearch
