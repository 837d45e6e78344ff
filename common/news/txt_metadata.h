// Metadata at the top of a .txt article: the seed form (" date YYYY-MM-DD "
// before the text) or a header block of "Title:", "Date:", "Source:", "URL:"
// lines ended by a blank line. What is not metadata is returned as the text.
#pragma once

#include <string>
#include <string_view>

#include "common/article.h"

namespace lsearch {

struct TxtMetadata {
  std::string title, date, source, url;
  std::string text;  // everything after the metadata
};

TxtMetadata parse_txt_metadata(std::string_view raw);

// The raw article a .txt file holds (metadata fields, text as the body).
Article to_article(TxtMetadata meta, std::string id);

}  // namespace lsearch
