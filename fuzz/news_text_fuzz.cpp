// Fuzz target: cleaning, entity extraction, date mentions and normalisation of
// arbitrary text, as one article body.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/analysis/normalizer.h"
#include "common/news/cleaner.h"
#include "common/news/date_mentions.h"
#include "common/news/entity_extractor.h"
#include "common/util/text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lsearch::Gazetteer gazetteer = lsearch::Gazetteer::builtin();
  static const lsearch::Cleaner cleaner;
  static const lsearch::EntityExtractor extractor(gazetteer, lsearch::NameLexicon::builtin());
  std::string text(reinterpret_cast<const char*>(data), size);
  lsearch::repair_utf8(text);  // readers guarantee valid UTF-8
  auto cleaned = cleaner.clean(text);
  (void)extractor.extract(cleaned.body);
  (void)lsearch::find_date_mentions(cleaned.body, 2020);
  (void)lsearch::normalize_text(text);
  (void)lsearch::normalize_query(text);
  return 0;
}
