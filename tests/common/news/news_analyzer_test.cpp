// The five seed articles come out with the right title, date, source, entities
// and mentioned dates.
#include "common/news/news_analyzer.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "common/news/txt_metadata.h"
#include "seed_fixture.h"

namespace lsearch {
namespace {

Article understand_seed(const std::string& name) {
  static const NewsAnalyzer analyzer(Gazetteer::builtin());
  Article a = to_article(parse_txt_metadata(testing::read_seed(name)), name);
  analyzer.understand(a);
  return a;
}

std::vector<std::string> names(const Article& a, EntityKind kind) {
  std::vector<std::string> out;
  for (const auto& e : a.entities)
    if (e.kind == kind) out.push_back(e.canonical);
  std::sort(out.begin(), out.end());
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

void check_all(const std::vector<std::string>& got, std::initializer_list<const char*> expected) {
  for (std::string e : expected) {
    CAPTURE(e);
    CHECK(has(got, e));
  }
}

}  // namespace

TEST_CASE("seed 000: dated by its prefix, no title, Haftar among the top two") {
  Article a = understand_seed("000_e50b9389b7aca812.txt");
  CHECK(a.date == "2020-07-02");
  CHECK(a.title.empty());
  CHECK(a.source.empty());
  CHECK(a.body.starts_with("UN Secretary-General Antonio Guterres"));
  REQUIRE(a.entities.size() >= 2);
  CHECK(
      (a.entities[0].canonical == "Khalifa Haftar" || a.entities[1].canonical == "Khalifa Haftar"));
  check_all(names(a, EntityKind::kActor),
            {"Khalifa Haftar", "Antonio Guterres", "Stephane Dujarric", "Fayez al-Sarraj",
             "United Nations", "Libyan Joint Military Commission"});
  check_all(names(a, EntityKind::kPlace), {"Tripoli", "Libya", "Tarhuna"});
  CHECK(has(a.mentioned_dates, "2019-04"));
  CHECK(has(a.mentioned_dates, "2020-06-12"));
}

TEST_CASE("seed 001: no metadata at all, Arabic share button removed") {
  Article a = understand_seed("001_d11ef2eea91aa6fc.txt");
  CHECK(a.date.empty());
  CHECK(a.title.empty());
  CHECK(a.source.empty());
  CHECK(a.body.find("\u0645\u0634\u0627\u0631\u0643\u0629") == std::string::npos);
  check_all(
      names(a, EntityKind::kActor),
      {"Antonio Guterres", "Khalifa Haftar", "Libyan National Army", "House of Representatives",
       "Aguila Saleh", "UN Security Council", "Government of National Accord", "Fayez al-Sarraj",
       "Kremlin", "Dmitry Peskov", "Organisation of Islamic Cooperation"});
  check_all(names(a, EntityKind::kPlace), {"Libya", "Tobruk", "Tripoli", "New York",
                                           "United Kingdom", "Gharyan", "Abu Dhabi", "Moscow"});
}

TEST_CASE("seed 002: source from the SOURCE: credit, reply form gone") {
  Article a = understand_seed("002_2f99136e3ac0f3d2.txt");
  CHECK(a.source == "Al Jazeera");
  CHECK(a.title.empty());
  CHECK(a.body.find("LEAVE A REPLY") == std::string::npos);
  check_all(names(a, EntityKind::kActor),
            {"Khalifa Haftar", "Fayez al-Sarraj", "Muammar Gaddafi", "Libyan National Army",
             "World Health Organization", "International Criminal Court", "Ghassan Salame",
             "UN Human Rights Council", "Islamic State", "Government of National Accord"});
  check_all(
      names(a, EntityKind::kPlace),
      {"Tripoli", "Libya", "Egypt", "United Arab Emirates", "United States", "Russia", "France",
       "Turkey", "Qatar", "Italy", "New York", "Misrata", "Sirte", "Jufra", "Murzuq", "Germany"});
  CHECK(has(a.mentioned_dates, "2011"));
}

TEST_CASE("seed 003: headline title, caption removed but its date kept") {
  Article a = understand_seed("003_ebc747be27607751.txt");
  CHECK(a.title ==
        "Libya's Haftar and Russian defence chief agree political settlement is 'only option'");
  CHECK(a.body.starts_with("Libya's UN-backed government halted"));
  CHECK(a.body.find("Powered by automated translation") == std::string::npos);
  check_all(names(a, EntityKind::kActor),
            {"Khalifa Haftar", "Sergei Shoigu", "Sergey Lavrov", "Ghassan Salame",
             "Recep Tayyip Erdogan", "Government of National Accord", "UN Support Mission in Libya",
             "European Union", "Muammar Gaddafi", "NATO"});
  check_all(names(a, EntityKind::kPlace),
            {"Libya", "Tripoli", "Russia", "Turkey", "Geneva", "Moscow", "Berlin"});
  CHECK(has(a.mentioned_dates, "2020-02-18"));
  CHECK(has(a.mentioned_dates, "2011"));
}

TEST_CASE("seed 004: source and place from the dateline") {
  Article a = understand_seed("004_23e8d5bb857ada88.txt");
  CHECK(a.source == "Halbeeg News");
  CHECK(a.body.find("Discussion about this post") == std::string::npos);
  check_all(names(a, EntityKind::kActor),
            {"Antonio Guterres", "Khalifa Haftar", "Government of National Accord",
             "Libyan National Army", "Maja Kocijancic", "European Commission", "Matteo Salvini",
             "Dmitry Peskov", "Vladimir Putin"});
  check_all(names(a, EntityKind::kPlace),
            {"Tripoli", "Libya", "Benghazi", "Misrata", "Zawiya", "France", "United Arab Emirates",
             "United Kingdom", "Italy", "United States", "Mediterranean", "Algeria", "Russia"});
}

TEST_CASE("canonical_source tidies credits") {
  CHECK(canonical_source("AL JAZEERA AND NEWS AGENCIES") == "Al Jazeera");
  CHECK(canonical_source("Reuters") == "Reuters");
  CHECK(canonical_source(" BBC / agencies ") == "BBC");
}

TEST_CASE("txt header blocks give title, date, source and url") {
  auto meta = parse_txt_metadata(
      "Title: Talks resume\nDate: 2020-03-01\nSource: Libya Herald\n"
      "URL: https://example.org/a\n\nBody text here.");
  CHECK(meta.title == "Talks resume");
  CHECK(meta.date == "2020-03-01");
  CHECK(meta.source == "Libya Herald");
  CHECK(meta.url == "https://example.org/a");
  CHECK(meta.text == "Body text here.");
  auto plain = parse_txt_metadata("Tripoli: clashes resumed.\n\nMore.");
  CHECK(plain.title.empty());
  CHECK(plain.text == "Tripoli: clashes resumed.\n\nMore.");
}

}  // namespace lsearch
