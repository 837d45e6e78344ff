#include "common/news/txt_metadata.h"

#include "common/news/dates.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

bool header_field(std::string_view line, std::string_view& name, std::string_view& value) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 12) return false;
  name = line.substr(0, colon);
  value = trim(line.substr(colon + 1));
  return name == "Title" || name == "Date" || name == "Source" || name == "URL" || name == "Url" ||
         name == "title" || name == "date" || name == "source" || name == "url";
}

}  // namespace

TxtMetadata parse_txt_metadata(std::string_view raw) {
  TxtMetadata meta;
  if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);  // UTF-8 BOM

  // Seed form: " date 2020-07-02 UN Secretary-General ..."
  std::string_view probe = raw;
  while (!probe.empty() && probe.front() == ' ') probe.remove_prefix(1);
  if (probe.starts_with("date ") && probe.size() >= 15) {
    if (auto d = parse_iso_date(probe.substr(5, 10)); d && d->day > 0) {
      meta.date = d->iso();
      meta.text = std::string(trim(probe.substr(15)));
      return meta;
    }
  }

  // Header block: at least one known field line, then a blank line.
  std::size_t pos = 0;
  bool any = false;
  TxtMetadata header;
  while (pos < raw.size()) {
    std::size_t nl = raw.find('\n', pos);
    std::string_view line =
        trim(raw.substr(pos, nl == std::string_view::npos ? raw.size() - pos : nl - pos));
    std::size_t next = nl == std::string_view::npos ? raw.size() : nl + 1;
    if (line.empty()) {
      if (any) {
        header.text = std::string(raw.substr(next));
        return header;
      }
      break;
    }
    std::string_view name, value;
    if (!header_field(line, name, value)) break;
    any = true;
    char c = static_cast<char>(name[0] | 0x20);
    if (c == 't')
      header.title = value;
    else if (c == 'd')
      header.date = value;
    else if (c == 's')
      header.source = value;
    else
      header.url = value;
    pos = next;
  }
  meta.text = std::string(raw);
  return meta;
}

Article to_article(TxtMetadata meta, std::string id) {
  Article article;
  article.id = std::move(id);
  article.title = std::move(meta.title);
  article.date = std::move(meta.date);
  article.source = std::move(meta.source);
  article.url = std::move(meta.url);
  article.body = std::move(meta.text);
  return article;
}

}  // namespace lsearch
