// lsearch-place-gazetteer: writes the world place gazetteer at build time from
// the data Debian keeps up to date (../shared/notes/debian-place-data.md):
// countries (ISO 3166-1) and their regions (ISO 3166-2: states, provinces,
// England, Scotland ...) from iso-codes, cities of 15,000+ people with region,
// country, coordinates and population from libgeonames, and the cities'
// Arabic names from libgeonames' own gettext catalogue. Its output is a
// gazetteer TSV (common/news/gazetteer.h) with the place columns; it is not
// committed. Hand lists (data/gazetteer-*.tsv) are loaded before it and win.
//
// Names that need evidence in the article are marked on the alias:
//   "!Reading"  a common English word: only after a locative ("in Reading") or
//               with a place beside it ("Reading, Pennsylvania");
//   "?Tarhuna"  a city of fewer than kStrongPopulation people: also when the
//               article names its region or country.
//
//   lsearch-place-gazetteer ISO_JSON_DIR GEONAMES_AR_MO COMMON_WORDS[,MORE_WORDS...] COUNTRIES_TSV
//   OUT
// (the word lists: data/common-words.txt and its British spellings, data/common-words-british.txt)
#include <geonames.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

// Cities this big are named without further evidence (unless a common word).
constexpr unsigned kStrongPopulation = 200000;
// A region that shares its name with a city this big is the city ("New York").
constexpr unsigned kCityOverRegion = 1000000;

// libgeonames translates a city's name with g_dgettext(domain, geonames id) and
// keeps the English name when the catalogue has none. Defining g_dgettext here
// (the executable's symbol wins over GLib's) tells us each city's GeoNames id,
// which keys the Arabic catalogue; we return the id so the name stays English.
std::string g_last_id;

}  // namespace

extern "C" const gchar* g_dgettext(const gchar* /*domain*/, const gchar* msgid) {
  g_last_id = msgid != nullptr ? msgid : "";
  return msgid;
}

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The files of a comma-separated list, one after the other.
std::string slurp_all(const std::string& paths) {
  std::string all;
  std::istringstream list(paths);
  for (std::string path; std::getline(list, path, ',');) all += slurp(path) + "\n";
  return all;
}

// A gettext .mo catalogue: msgid -> msgstr.
std::unordered_map<std::string, std::string> read_mo(const std::string& path) {
  std::unordered_map<std::string, std::string> out;
  const std::string d = slurp(path);
  auto u32 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 4; i > 0; --i) v = (v << 8) | static_cast<unsigned char>(d.at(at + i - 1));
    return v;
  };
  if (d.size() < 20 || u32(0) != 0x950412de) return out;  // little-endian catalogue only
  const std::uint32_t n = u32(8), ids = u32(12), strs = u32(16);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::string id = d.substr(u32(ids + 8 * i + 4), u32(ids + 8 * i));
    std::string str = d.substr(u32(strs + 8 * i + 4), u32(strs + 8 * i));
    if (!id.empty()) out.emplace(std::move(id), std::move(str));
  }
  return out;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// "Isle of Anglesey [Sir Ynys Môn GB-YNM]" -> "Isle of Anglesey"; "X (Y)" -> "X".
std::string plain_name(std::string name) {
  for (const char* cut : {" [", " ("})
    if (std::size_t at = name.find(cut); at != std::string::npos) name.resize(at);
  return name;
}

bool usable(const std::string& name) {
  return name.size() >= 3 && name.find(',') == std::string::npos &&
         name.find("\u060c") == std::string::npos &&  // the Arabic comma
         name.find('\t') == std::string::npos && name.find('|') == std::string::npos;
}

struct Place {
  std::string kind;  // country, region, city
  std::string canonical;
  std::vector<std::string> aliases;
  std::string country;  // canonical name of its country ("" for a country)
  std::string region;
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  unsigned population = 0;
};

class World {
 public:
  World(const std::string& common_words, const std::string& countries_tsv) {
    std::istringstream words(common_words);
    for (std::string w; std::getline(words, w);)
      if (!w.empty() && w[0] != '#') common_.insert(w);
    // The hand list's canonical country names win ("Russia", not "Russian Federation").
    std::istringstream lines(countries_tsv);
    for (std::string line; std::getline(lines, line);) {
      std::vector<std::string> cols;
      std::istringstream f(line);
      for (std::string col; std::getline(f, col, '\t');) cols.push_back(col);
      if (cols.size() < 2 || cols[0] != "place") continue;
      hand_country_[lower(cols[1])] = cols[1];
      if (cols.size() > 2) {
        std::istringstream aliases(cols[2]);
        for (std::string a; std::getline(aliases, a, '|');)
          if (!a.empty()) hand_country_[lower(a)] = cols[1];
      }
    }
  }

  void add_countries(const nlohmann::json& iso) {
    for (const auto& c : iso.at("3166-1")) {
      std::vector<std::string> names;
      for (const char* field : {"common_name", "name", "official_name"})
        if (c.contains(field)) names.push_back(c[field].get<std::string>());
      std::string canonical = names.front();
      for (const auto& n : names)
        if (auto it = hand_country_.find(lower(n)); it != hand_country_.end())
          canonical = it->second;
      Place p{"country", canonical, {}, "", "", 0, 0, false, 0};
      for (const auto& n : names)
        if (n != canonical && usable(n)) p.aliases.push_back(n);
      country_by_code_[c.at("alpha_2").get<std::string>()] = canonical;
      add(std::move(p));
    }
  }

  void add_regions(const nlohmann::json& iso) {
    static const std::set<std::string> kinds = {"State",
                                                "Province",
                                                "Country",
                                                "Region",
                                                "Governorate",
                                                "Prefecture",
                                                "Autonomous community",
                                                "Land",
                                                "Republic",
                                                "Voivodship",
                                                "Autonomous region",
                                                "Two-tier county",
                                                "County",
                                                "Emirate",
                                                "Federal district",
                                                "Nation",
                                                "Autonomous province",
                                                "Oblast",
                                                "Territory",
                                                "Autonomous republic",
                                                "Canton"};
    for (const auto& r : iso.at("3166-2")) {
      if (!kinds.count(r.at("type").get<std::string>())) continue;
      std::string name = plain_name(r.at("name").get<std::string>());
      if (!usable(name)) continue;
      std::string code = r.at("code").get<std::string>();
      auto country = country_by_code_.find(code.substr(0, 2));
      if (country == country_by_code_.end()) continue;
      add({"region", name, {}, country->second, "", 0, 0, false, 0});
    }
  }

  void add_cities(const std::unordered_map<std::string, std::string>& arabic) {
    const int n = geonames_get_n_cities();
    for (int i = 0; i < n; ++i) {
      GeonamesCity* c = geonames_get_city(i);
      g_last_id.clear();
      std::string name = geonames_city_get_name(c);
      const std::string id = g_last_id;
      auto country = country_by_code_.find(geonames_city_get_country_code(c));
      Place p{"city",
              name,
              {},
              country != country_by_code_.end() ? country->second : geonames_city_get_country(c),
              geonames_city_get_state(c) != nullptr ? geonames_city_get_state(c) : "",
              geonames_city_get_latitude(c),
              geonames_city_get_longitude(c),
              true,
              geonames_city_get_population(c)};
      geonames_city_free(c);
      if (!usable(name)) continue;
      if (auto ar = arabic.find(id); ar != arabic.end() && usable(ar->second))
        p.aliases.push_back(ar->second);
      add(std::move(p));
    }
  }

  void write(std::ostream& out) const {
    out << "# Generated at build time by tools/place_gazetteer.cpp from iso-codes and "
           "libgeonames. Do not edit.\n";
    for (const auto& key : order_) {
      const Place& p = places_.at(key);
      out << "place\t" << p.canonical << '\t';
      const std::string mark = evidence_mark(p);
      std::string aliases = mark.empty() ? "" : mark + p.canonical;
      for (const auto& a : p.aliases) {
        if (!aliases.empty()) aliases += '|';
        aliases += mark + a;
      }
      out << aliases << '\t' << p.kind << '\t' << p.country << '\t' << p.region << '\t';
      if (p.has_coordinates) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.4f,%.4f", p.lat, p.lon);
        out << buf;
      }
      out << '\n';
    }
  }

 private:
  std::string evidence_mark(const Place& p) const {
    if (p.kind == "country") return "";
    if (common_.count(lower(p.canonical))) return "!";
    if (p.kind == "city" && p.population < kStrongPopulation) return "?";
    return "";
  }

  // One place per name: a country over a region or city, a big city over a
  // region, and among cities of one name the most populous.
  void add(Place p) {
    const std::string key = lower(p.canonical);
    auto it = places_.find(key);
    if (it == places_.end()) {
      order_.push_back(key);
      places_.emplace(key, std::move(p));
      return;
    }
    Place& kept = it->second;
    if (kept.kind == "country") return;
    bool replace = p.kind == "city" ? (kept.kind == "region" ? p.population >= kCityOverRegion
                                                             : p.population > kept.population)
                                    : p.kind == "country";
    if (replace) {
      for (const auto& a : kept.aliases)
        if (std::find(p.aliases.begin(), p.aliases.end(), a) == p.aliases.end())
          p.aliases.push_back(a);
      kept = std::move(p);
    }
  }

  std::set<std::string> common_;
  std::map<std::string, std::string> hand_country_;
  std::map<std::string, std::string> country_by_code_;
  std::unordered_map<std::string, Place> places_;
  std::vector<std::string> order_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::cerr << "usage: lsearch-place-gazetteer ISO_JSON_DIR GEONAMES_AR_MO "
                 "COMMON_WORDS[,MORE_WORDS...] "
                 "COUNTRIES_TSV OUT\n";
    return 2;
  }
  try {
    World world(slurp_all(argv[3]), slurp(argv[4]));
    const std::string iso = argv[1];
    world.add_countries(nlohmann::json::parse(slurp(iso + "/iso_3166-1.json")));
    world.add_regions(nlohmann::json::parse(slurp(iso + "/iso_3166-2.json")));
    world.add_cities(read_mo(argv[2]));
    const std::string out_path = argv[5];
    std::ofstream out(out_path + ".tmp", std::ios::binary);
    world.write(out);
    out.close();
    if (!out || std::rename((out_path + ".tmp").c_str(), out_path.c_str()) != 0)
      throw std::runtime_error("cannot write " + out_path);
  } catch (const std::exception& e) {
    std::cerr << "lsearch-place-gazetteer: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
