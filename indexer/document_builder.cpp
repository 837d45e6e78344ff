#include "indexer/document_builder.h"

#include "common/analysis/normalizer.h"
#include "common/news/dates.h"
#include "common/schema/fields.h"
#include "common/schema/value_codec.h"
#include "common/util/hash.h"

namespace lsearch {
namespace {

std::string prefix_of(Field field) { return std::string(field_spec(field).prefix); }

void add_date(Xapian::Document& doc, const std::string& iso, std::vector<std::string>& facets) {
  auto date = parse_iso_date(iso);
  if (!date) return;
  std::string compact = date->first_day_compact();
  doc.add_boolean_term(prefix_of(Field::kYear) + compact.substr(0, 4));
  if (date->month > 0) {
    doc.add_boolean_term(prefix_of(Field::kMonth) + compact.substr(0, 6));
    facets.push_back(kTagMonth + compact.substr(0, 6));
  }
  // Only a full date goes in the sortable, range-filtered slot: we never invent a day.
  if (date->day > 0) {
    doc.add_boolean_term(prefix_of(Field::kDate) + compact);
    doc.add_value(kSlotDate, compact);
  }
}

void add_entities(Xapian::Document& doc, const Article& article, std::vector<std::string>& facets) {
  for (const auto& e : article.entities) {
    bool actor = e.kind == EntityKind::kActor;
    doc.add_boolean_term(bounded_term(prefix_of(actor ? Field::kActor : Field::kPlace), e.id));
    facets.push_back((actor ? kTagActor : kTagPlace) + e.canonical);
  }
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

std::string summary_value(const Article& article) {
  return encode_list({article.id, article.title, article.date, article.source, article.url});
}

}  // namespace

std::string document_format() {
  return "document=3;title_weight=" + std::to_string(kTitleWeight);
}

std::string id_term(const std::string& id) { return bounded_term(prefix_of(Field::kId), id); }

std::string origin_term(const std::string& origin_key) {
  return prefix_of(Field::kOrigin) + origin_key;
}

DocumentBuilder::DocumentBuilder(const Analyzer& analyzer) : analyzer_(analyzer) {
  analyzer_.configure(generator_);
}

Xapian::Document DocumentBuilder::build(const Article& article, const std::string& origin_key,
                                        const std::string& hash) {
  Xapian::Document doc;
  generator_.set_document(doc);
  if (!article.title.empty()) {
    analyzer_.index_text(generator_, article.title, 1, prefix_of(Field::kTitle));
    analyzer_.index_text(generator_, article.title, kTitleWeight);
    generator_.increase_termpos(10);  // no phrase spans title and body
  }
  analyzer_.index_text(generator_, article.body);

  doc.add_boolean_term(id_term(article.id));
  doc.add_boolean_term(origin_term(origin_key));
  std::vector<std::string> facets;
  add_date(doc, article.date, facets);
  if (!article.source.empty()) {
    doc.add_boolean_term(bounded_term(prefix_of(Field::kSource), slugify(normalize_text(article.source))));
    facets.push_back(kTagSource + article.source);
  }
  add_entities(doc, article, facets);
  if (!facets.empty()) doc.add_value(kSlotFacets, encode_list(facets));
  add_mentioned_dates(doc, article);
  doc.add_value(kSlotContentHash, hash);
  doc.add_value(kSlotSummary, summary_value(article));
  doc.set_data(article.body);
  return doc;
}

std::string content_hash(const Article& raw, const std::string& settings) {
  std::uint64_t h = fnv1a64(settings);
  for (const std::string* field : {&raw.id, &raw.title, &raw.date, &raw.source, &raw.url, &raw.body}) {
    h = fnv1a64(*field, h);
    h = fnv1a64(std::string_view("\x1f", 1), h);
  }
  return hex64(h);
}

namespace {

// Words worth suggesting: unprefixed (prefixes are upper-case), not numbers, not huge.
bool spelling_word(const std::string& term) {
  if (term.empty() || term.size() > 40) return false;
  char c = term[0];
  return !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9');
}

}  // namespace

void add_spelling(Xapian::WritableDatabase& db, const Xapian::Document& doc) {
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it)
    if (spelling_word(*it)) db.add_spelling(*it, it.get_wdf());
}

void add_vocabulary_to_spelling(Xapian::WritableDatabase& db) {
  std::vector<std::pair<std::string, Xapian::doccount>> words;
  auto it = db.allterms_begin();
  it.skip_to("a");  // prefixed terms (upper-case) and numbers sort before "a"
  for (; it != db.allterms_end(); ++it)
    if (spelling_word(*it)) words.emplace_back(*it, it.get_termfreq());
  for (const auto& [word, freq] : words) db.add_spelling(word, freq);
}

}  // namespace lsearch
