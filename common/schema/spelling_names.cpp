#include "common/schema/spelling_names.h"

#include <algorithm>
#include <charconv>
#include <tuple>
#include <vector>

#include "common/schema/fields.h"
#include "common/schema/value_codec.h"

namespace lsearch {
namespace {

constexpr const char* kSpellingNames = "lsearch.spelling-names";
// The first line: says the table was written (even for an empty gazetteer) and its format.
constexpr std::string_view kHeader = "lsearch spelling names 1\n";

struct Line {
  std::string key;
  std::size_t entry;
  std::size_t position;
  std::string term;
};

// Where the entry first lists an alias with this key.
std::size_t alias_position(const GazetteerEntry& entry, const std::string& key) {
  for (std::size_t i = 0; i < entry.aliases.size(); ++i)
    if (Gazetteer::alias_key(entry.aliases[i]) == key) return i;
  return entry.aliases.size();
}

std::string term_of(const GazetteerEntry& entry) {
  return bounded_term(field_spec(entity_field(entry.kind)).prefix, entry.id);
}

// The text up to `separator` (consumed), or false when there is none.
bool take(std::string_view& rest, char separator, std::string_view& out) {
  const std::size_t end = rest.find(separator);
  if (end == std::string_view::npos) return false;
  out = rest.substr(0, end);
  rest.remove_prefix(end + 1);
  return true;
}

bool take_number(std::string_view& rest, std::size_t& out) {
  std::string_view digits;
  if (!take(rest, '\t', digits)) return false;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
  return error == std::errc() && end == digits.data() + digits.size();
}

}  // namespace

std::string spelling_names_of(const Gazetteer& gazetteer) {
  std::vector<Line> lines;
  for (const auto& [key, entries] : gazetteer.keys()) {
    if (key.find(' ') != std::string::npos) continue;
    for (std::size_t index : entries) {
      const GazetteerEntry& entry = gazetteer.entry(index);
      lines.push_back({key, index, alias_position(entry, key), term_of(entry)});
    }
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return std::tie(a.key, a.entry) < std::tie(b.key, b.entry);
  });
  std::string text(kHeader);
  for (const Line& line : lines)
    text += line.key + '\t' + std::to_string(line.entry) + '\t' + std::to_string(line.position) +
            '\t' + line.term + '\n';
  return text;
}

SpellingNameReader::SpellingNameReader(std::string_view table) : rest_(table) {
  if (rest_.starts_with(kHeader)) rest_.remove_prefix(kHeader.size());
}

bool SpellingNameReader::next(SpellingName& name) {
  std::string_view line = rest_;
  if (!take(line, '\t', name.key) || !take_number(line, name.entry) ||
      !take_number(line, name.position) || !take(line, '\n', name.term)) {
    rest_ = {};
    return false;
  }
  rest_ = line;
  return true;
}

bool has_spelling_names(const Xapian::Database& db) {
  return !db.get_metadata(kSpellingNames).empty();
}

std::string read_spelling_names(const Xapian::Database& db) {
  return db.get_metadata(kSpellingNames);
}

void write_spelling_names(Xapian::WritableDatabase& db, const Gazetteer& gazetteer) {
  db.set_metadata(kSpellingNames, spelling_names_of(gazetteer));
}

}  // namespace lsearch
