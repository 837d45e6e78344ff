#include "searcher/article_lookup.h"

#include <algorithm>

#include "common/error.h"
#include "common/schema/fields.h"
#include "common/schema/summary.h"
#include "common/schema/value_codec.h"
#include "searcher/snippets/highlighter.h"

namespace lsearch {
namespace {

// Every place `name` (any of its aliases) is named in `text`. A name the
// resolver does not know (none should be: it comes from the index) marks nothing.
void add_spans(const Analyzer& analyzer, EntityResolver& resolver, EntityKind kind,
               const std::string& name, const std::string& text, std::vector<EntitySpan>& out) {
  ResolvedEntity entity;
  try {
    entity = resolver.resolve(kind, name);
  } catch (const QueryError&) {
    return;
  }
  HighlightTerms terms(Xapian::Query(), analyzer);
  terms.add_alias_keys(resolver.alias_keys(entity));
  for (const Highlight& h : highlight_all(text, terms))
    out.push_back({h.begin, h.end, std::string(to_string(kind)), name});
}

// Text order. Names can overlap (an actor's alias containing a place's name):
// the earlier, then the longer one is kept, so a reader sees one mark per word.
std::vector<EntitySpan> without_overlaps(std::vector<EntitySpan> spans) {
  std::sort(spans.begin(), spans.end(), [](const EntitySpan& a, const EntitySpan& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<EntitySpan> kept;
  for (auto& span : spans)
    if (kept.empty() || span.begin >= kept.back().end) kept.push_back(std::move(span));
  return kept;
}

}  // namespace

std::optional<StoredArticle> lookup_article(const Xapian::Database& db, const Analyzer& analyzer,
                                            EntityResolver& resolver, const std::string& id) {
  const std::string term = bounded_term(field_spec(Field::kId).prefix, id);
  auto it = db.postlist_begin(term);
  if (it == db.postlist_end(term)) return std::nullopt;
  Xapian::Document doc = db.get_document(*it);
  ArticleSummary summary = decode_summary(doc.get_value(kSlotSummary));
  if (summary.id != id) return std::nullopt;  // a bounded term shared by two long ids
  StoredArticle article;
  article.id = std::move(summary.id);
  article.title = std::move(summary.title);
  article.date = std::move(summary.date);
  article.source = std::move(summary.source);
  article.url = std::move(summary.url);
  article.text = doc.get_data();
  const std::string facets = doc.get_value(kSlotFacets);
  article.actors = facet_values(facets, kTagActor);
  article.places = facet_values(facets, kTagPlace);
  std::vector<EntitySpan> spans;
  for (const auto& name : article.actors)
    add_spans(analyzer, resolver, EntityKind::kActor, name, article.text, spans);
  for (const auto& name : article.places)
    add_spans(analyzer, resolver, EntityKind::kPlace, name, article.text, spans);
  article.mentions = without_overlaps(std::move(spans));
  return article;
}

}  // namespace lsearch
