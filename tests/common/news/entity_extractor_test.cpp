#include "common/news/entity_extractor.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace lsearch {
namespace {

std::vector<EntityMention> extract(const std::string& text) {
  static const Gazetteer g = Gazetteer::builtin();
  EntityExtractor extractor(g, NameLexicon::builtin());
  return extractor.extract(text);
}

const EntityMention* find(const std::vector<EntityMention>& all, const std::string& canonical) {
  auto it =
      std::find_if(all.begin(), all.end(), [&](const auto& m) { return m.canonical == canonical; });
  return it == all.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("gazetteer names with titles, possessives and curly apostrophes are one actor") {
  auto found = extract(
      "Field Marshal Khalifa Haftar met envoys. Haftar\u2019s forces advanced. "
      "Mr Haftar said so. Hifter denied it. Khalifa\u2019s militia retreated.");
  const auto* haftar = find(found, "Khalifa Haftar");
  REQUIRE(haftar != nullptr);
  CHECK(haftar->kind == EntityKind::kActor);
  CHECK(haftar->count == 5);
  CHECK(found.front().id == "khalifa_haftar");
}

TEST_CASE("unknown people are found, titles stripped, and later surnames linked") {
  auto found = extract(
      "UN spokesman Stephane Dujarric said the talks failed. Dujarric added that more was needed.");
  const auto* dujarric = find(found, "Stephane Dujarric");
  REQUIRE(dujarric != nullptr);
  CHECK(dujarric->count == 2);
  CHECK(find(found, "United Nations") != nullptr);
}

TEST_CASE("organisations end in a head noun") {
  auto found = extract("He spoke to the Libyan Joint Military Commission in Geneva.");
  CHECK(find(found, "Libyan Joint Military Commission") != nullptr);
  CHECK(find(found, "Geneva") != nullptr);
}

TEST_CASE("sentence starts and common capitalised words are not entities") {
  auto found = extract(
      "Armed clashes took place on Friday. Late on Thursday the assembly met. "
      "World Leaders Address United Nations General Assembly. Several governments objected.");
  for (const auto& m : found) {
    CAPTURE(m.canonical);
    CHECK(m.canonical != "Armed");
    CHECK(m.canonical != "Friday");
    CHECK(m.canonical != "Late");
    CHECK(m.canonical != "World Leaders Address");
    CHECK(m.canonical != "Several");
  }
  CHECK(find(found, "UN General Assembly") != nullptr);
}

TEST_CASE("places inside a rejected capitalised run are still found") {
  auto found = extract("the Islamic State of Iraq and the Levant, and fighters in Iraq");
  CHECK(find(found, "Islamic State") != nullptr);
  CHECK(find(found, "Iraq") != nullptr);
}

TEST_CASE("lower-case words do not match aliases") {
  auto found = extract("let us go; the un-named man was in turkey sandwiches");
  CHECK(find(found, "United States") == nullptr);
  CHECK(find(found, "Turkey") == nullptr);
}

}  // namespace lsearch
