#include "indexer/document_builder.h"

#include <algorithm>

#include "common/analysis/normalizer.h"
#include "common/analysis/query_lexer.h"
#include "common/news/dates.h"
#include "common/news/near_duplicate.h"
#include "common/schema/entity_details.h"
#include "common/schema/fields.h"
#include "common/schema/summary.h"
#include "common/schema/value_codec.h"
#include "common/schema/versions.h"
#include "common/util/hash.h"

namespace lsearch {
namespace {

std::string prefix_of(Field field) {
  return std::string(field_spec(field).prefix);
}

// Adds `name` to the facet's values once (an article names an entity once).
void add_facet(FacetValues& facets, Facet facet, std::string name) {
  auto& values = facets[static_cast<std::size_t>(facet)];
  if (std::find(values.begin(), values.end(), name) == values.end())
    values.push_back(std::move(name));
}

void add_date(Xapian::Document& doc, const std::string& iso, FacetValues& facets) {
  auto date = parse_iso_date(iso);
  if (!date) return;
  std::string compact = date->first_day_compact();
  doc.add_boolean_term(prefix_of(Field::kYear) + compact.substr(0, 4));
  if (date->month > 0) {
    doc.add_boolean_term(prefix_of(Field::kMonth) + compact.substr(0, 6));
    add_facet(facets, Facet::kMonths, compact.substr(0, 6));
  }
  // Only a full date goes in the sortable, range-filtered slot: we never invent a day.
  if (date->day > 0) {
    doc.add_boolean_term(prefix_of(Field::kDate) + compact);
    doc.add_value(kSlotDate, compact);
  }
}

// A place's details from the gazetteer entry the extractor matched (places always come from it).
EntityDetails place_details(const EntityMention& e, const Gazetteer& gazetteer) {
  EntityDetails details{EntityKind::kPlace, e.canonical, ActorType::kUnknown, "", "", ""};
  if (const GazetteerEntry* entry = gazetteer.find(EntityKind::kPlace, e.id)) {
    details.place_kind = entry->place_kind;
    details.country = country_of(*entry);
    details.coordinates = entry->coordinates;
  }
  return details;
}

// Filter terms and facet values of the actors and places, the actors' type
// terms, each place's country (term and facet value: the roll-up); returns their details
// (encoded for the summary slot).
std::string add_entities(Xapian::Document& doc, const Article& article, const Gazetteer& gazetteer,
                         FacetValues& facets) {
  std::vector<EntityDetails> details;
  for (const auto& e : article.entities) {
    bool actor = e.kind == EntityKind::kActor;
    doc.add_boolean_term(bounded_term(prefix_of(actor ? Field::kActor : Field::kPlace), e.id));
    add_facet(facets, actor ? Facet::kActors : Facet::kPlaces, e.canonical);
    // One record per facet value, so that the details line up with the hit's actors and places.
    if (std::any_of(details.begin(), details.end(), [&](const EntityDetails& d) {
          return d.kind == e.kind && d.name == e.canonical;
        }))
      continue;
    if (actor) {
      if (e.type != ActorType::kUnknown) doc.add_boolean_term(actor_type_term(e.type, e.canonical));
      details.push_back({EntityKind::kActor, e.canonical, e.type, "", "", ""});
      continue;
    }
    details.push_back(place_details(e, gazetteer));
    if (const std::string& country = details.back().country; !country.empty()) {
      doc.add_boolean_term(country_term(country));
      add_facet(facets, Facet::kCountries, country);
    }
  }
  return details.empty() ? std::string() : encode_entity_details(details);
}

// The three forms of the facet values (fields.h): tagged names in one slot
// (shown with each hit), ordinals for the local counter, and K single-valued
// slots plus an overflow list for Xapian's own spies (remote shards).
void add_facet_values(Xapian::Document& doc, const FacetValues& facets,
                      FacetDictionary& dictionary) {
  std::vector<std::string> tagged;
  for (const FacetSpec& spec : kFacets) {
    const auto& values = facets[static_cast<std::size_t>(spec.facet)];
    for (const std::string& value : values) tagged.push_back(spec.tag + value);
    for (std::size_t k = 0; k < values.size() && k < spec.slots; ++k)
      doc.add_value(spec.first_slot + static_cast<Xapian::valueno>(k), values[k]);
    if (values.size() > spec.slots && spec.overflow_slot)
      doc.add_value(*spec.overflow_slot, encode_list({values.begin() + spec.slots, values.end()}));
  }
  if (tagged.empty()) return;
  doc.add_value(kSlotFacets, encode_list(tagged));
  doc.add_value(kSlotFacetOrdinals, dictionary.encode(facets));
}

void add_mentioned_dates(Xapian::Document& doc, const Article& article) {
  if (article.mentioned_dates.empty()) return;
  const std::string prefix = prefix_of(Field::kMentioned);
  for (const auto& iso : article.mentioned_dates) {
    auto date = parse_iso_date(iso);
    if (!date) continue;
    std::string compact = date->first_day_compact();
    doc.add_boolean_term(prefix + compact.substr(0, 4));
    if (date->month > 0) doc.add_boolean_term(prefix + compact.substr(0, 6));
    if (date->day > 0) doc.add_boolean_term(prefix + compact);
  }
  doc.add_value(kSlotMentioned, encode_list(article.mentioned_dates));
}

// kSlotSortNewest / kSlotSortOldest (fields.h).
void add_sort_keys(Xapian::Document& doc, const std::string& id) {
  std::string date = doc.get_value(kSlotDate);
  std::string newest = date;
  for (char& c : newest) c = static_cast<char>('9' - (c - '0'));
  doc.add_value(kSlotSortNewest, (date.empty() ? "~" : newest) + id);
  doc.add_value(kSlotSortOldest, (date.empty() ? "~" : date) + id);
}

}  // namespace

std::string document_format() {
  return "document=" + std::to_string(kDocumentFormat) +
         ";title_weight=" + std::to_string(kTitleWeight);
}

std::string id_term(const std::string& id) {
  return bounded_term(prefix_of(Field::kId), id);
}

std::string origin_term(const std::string& origin_key) {
  return prefix_of(Field::kOrigin) + origin_key;
}

std::string term_value(const Xapian::Document& doc, Field field) {
  const std::string prefix = prefix_of(field);
  auto it = doc.termlist_begin();
  it.skip_to(prefix);
  if (it == doc.termlist_end() || !(*it).starts_with(prefix)) return "";
  return (*it).substr(prefix.size());
}

DocumentBuilder::DocumentBuilder(const Analyzer& analyzer, FacetDictionary& dictionary,
                                 const Gazetteer& gazetteer)
    : analyzer_(analyzer), dictionary_(dictionary), gazetteer_(gazetteer) {
  analyzer_.configure(generator_);
}

Xapian::Document DocumentBuilder::build(const Article& article, const std::string& origin_key,
                                        const std::string& hash, Vocabulary* words) {
  Xapian::Document doc;
  generator_.set_document(doc);
  if (!article.title.empty()) {
    analyzer_.index_text(generator_, article.title, 1, prefix_of(Field::kTitle));
    std::string title = analyzer_.index_text(generator_, article.title, kTitleWeight);
    if (words != nullptr) add_words(*words, title);
    generator_.increase_termpos(10);  // no phrase spans title and body
  }
  std::string body = analyzer_.index_text(generator_, article.body);
  if (words != nullptr) add_words(*words, body);

  doc.add_boolean_term(id_term(article.id));
  doc.add_boolean_term(origin_term(origin_key));
  FacetValues facets;
  add_date(doc, article.date, facets);
  if (!article.source.empty()) {
    doc.add_boolean_term(
        bounded_term(prefix_of(Field::kSource), slugify(normalize_text(article.source))));
    add_facet(facets, Facet::kSources, article.source);
  }
  const std::string details = add_entities(doc, article, gazetteer_, facets);
  add_facet_values(doc, facets, dictionary_);
  add_mentioned_dates(doc, article);
  doc.add_value(kSlotContentHash, hash);
  doc.add_value(kSlotArticleHash, article_hash(article));
  // Wire copies share this key; a pure function of the article, so a copy added by any update
  // joins its cluster without looking at the others.
  const std::string key = near_duplicate_key(article.title, article.body);
  if (!key.empty()) doc.add_value(kSlotCluster, key);
  doc.add_value(kSlotSummary, encode_summary({article.id, article.title, article.date,
                                              article.source, article.url, key, details}));
  add_sort_keys(doc, article.id);
  doc.set_data(article.body);
  return doc;
}

std::string content_hash(const Article& raw, const std::string& settings) {
  std::uint64_t h = fnv1a64(settings);
  for (const std::string* field :
       {&raw.id, &raw.title, &raw.date, &raw.source, &raw.url, &raw.body}) {
    h = fnv1a64(*field, h);
    h = fnv1a64(std::string_view("\x1f", 1), h);
  }
  return hex64(h);
}

std::string article_hash(const Article& article) {
  std::uint64_t h = kFnvOffset;
  for (const std::string* field :
       {&article.id, &article.title, &article.date, &article.source, &article.url, &article.body}) {
    h = fnv1a64(*field, h);
    h = fnv1a64(std::string_view("\x1f", 1), h);
  }
  return hex64(h);
}

void add_words(Vocabulary& vocabulary, std::string_view text) {
  constexpr std::size_t kMaxWord = 40;
  // The one word rule (common/analysis/query_lexer.h), so "did you mean" knows the query's words.
  for_each_word(text, [&](std::string_view word) {
    bool numeric = word[0] >= '0' && word[0] <= '9';
    if (word.size() >= 2 && word.size() <= kMaxWord && !numeric) ++vocabulary[std::string(word)];
  });
}

void add_spelling(Xapian::WritableDatabase& db, const Vocabulary& vocabulary) {
  for (const auto& [word, count] : vocabulary) db.add_spelling(word, count);
}

}  // namespace lsearch
