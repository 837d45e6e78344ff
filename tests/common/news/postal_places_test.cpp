// A US state's postal code in an address (common/news/postal_places.h), and what the
// extractor makes of it.
#include "common/news/postal_places.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "common/news/entity_extractor.h"

namespace lsearch {

TEST_CASE("a state's postal code between a town and a ZIP code names the state") {
  static const Gazetteer g = Gazetteer::builtin();
  struct Row {
    std::string text;
    std::string state;  // "" for none
  };
  const std::vector<Row> rows = {
      {"Open Software Foundation\nCambridge, MA 02142\n", "Massachusetts"},
      {"225 Main Street\n\tNewington CT  06111\tmodes", "Connecticut"},
      {"Menlo Park, CA. 94025", "California"},
      {"Birmingham, AL 35294-1170", "Alabama"},
      {"it was Cambridge, MA\n", ""},  // no ZIP code mid-text: "No, MI" is no address
      // A signature's address line, the town and its state alone on the line.
      {"Siemens Industrial Automation, Inc.\nJohnson City, TN\n\naff209", "Tennessee"},
      {"Inc.\nCambridge, MA", "Massachusetts"},
      {"Inc.\n  Murray Hill, NJ  \r\n", "New Jersey"},
      {"said:\nNo, MI\n", ""},             // a word, no town
      {"Inc.\nCambridge, MA, USA\n", ""},  // not the line's end
      {"Inc.\nCambridge,MA\n", ""},        // no space after the comma
      {"Version 2 OK 12345 bytes", ""},    // no town's name before it
      {"Atlanta, GA 30332", ""},           // the gazetteer's Georgia is the country
      {"Cambridge, XY 02142", ""},         // no state's code
      {"Cambridge, MA 021", ""},           // no ZIP code's five digits
      // The AP's abbreviations after a town and a comma, as US wires write a state.
      {"its plant in Dakota City, Neb., said", "Nebraska"},
      {"Menlo Park, Calif. - The company", "California"},
      {"based in Pittsburgh, Pa.", "Pennsylvania"},
      {"Dakota City, Neb said", ""},  // no full stop: no abbreviation
      {"Dakota City Neb. said", ""},  // no comma after the town
      {"said Smith, Mass. officials", "Massachusetts"},
      {"in the Calif. market", ""},  // no town before it
      {"Atlanta, Ga. said", ""},     // the gazetteer's Georgia is the country
      {"Dakota City, NEB.", ""},     // shouting: not the AP's spelling
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    std::string found;
    for (std::size_t k = 0; k < tokens.size(); ++k)
      if (const GazetteerEntry* e = postal_state(row.text, tokens, g, k)) found = e->canonical;
    CHECK(found == row.state);
  }
  // The state is a place of the post, and the town beside it has its evidence.
  const std::vector<EntityMention> found =
      EntityExtractor(g, NameLexicon::builtin())
          .extract("Thanks.\n\nWrite to: 11 Main Street, Cambridge, MA 02142.\n");
  auto place = [&](const std::string& name) {
    return std::any_of(found.begin(), found.end(), [&](const EntityMention& m) {
      return m.kind == EntityKind::kPlace && m.canonical == name;
    });
  };
  CHECK(place("Massachusetts"));
  CHECK(place("Cambridge"));
  // An abbreviated state is a place, and no actor "Neb" is left.
  const std::vector<EntityMention> wire =
      EntityExtractor(g, NameLexicon::builtin())
          .extract("The plant in Dakota City, Neb., will reopen, the company said.\n");
  CHECK(std::any_of(wire.begin(), wire.end(), [](const EntityMention& m) {
    return m.kind == EntityKind::kPlace && m.canonical == "Nebraska";
  }));
  CHECK(std::none_of(wire.begin(), wire.end(),
                     [](const EntityMention& m) { return m.canonical == "Neb"; }));
  // A signature's "Johnson City, TN" gives the state, and no actor "TN".
  const std::vector<EntityMention> signature =
      EntityExtractor(g, NameLexicon::builtin())
          .extract(
              "Thanks.\n\nAnn Freeman\nSiemens Industrial Automation, Inc.\nJohnson City, "
              "TN\n\naff209%tijc02@uunet.uu.net\n");
  CHECK(std::any_of(signature.begin(), signature.end(), [](const EntityMention& m) {
    return m.kind == EntityKind::kPlace && m.canonical == "Tennessee";
  }));
  CHECK(std::none_of(signature.begin(), signature.end(), [](const EntityMention& m) {
    return m.kind == EntityKind::kActor && m.canonical == "TN";
  }));
  // The town before the state has a person's shape but is no person.
  CHECK(std::none_of(wire.begin(), wire.end(),
                     [](const EntityMention& m) { return m.canonical == "Dakota City"; }));
  const std::vector<EntityMention> named =
      EntityExtractor(g, NameLexicon::builtin()).extract("Dakota Johnson said on Monday.\n");
  CHECK(std::any_of(named.begin(), named.end(), [](const EntityMention& m) {
    return m.kind == EntityKind::kActor && m.canonical == "Dakota Johnson";
  }));
}

}  // namespace lsearch
