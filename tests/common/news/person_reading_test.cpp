// Table tests of pass 4's person readings (common/news/entity_passes.h, read_run): what a
// person's name holds and what it never does (codes, brands), beside the general rows of
// entity_passes_test.cpp.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/news/entity_passes.h"

namespace lsearch {
namespace {

// Each reading of `run` as "text:p", "text:o" or "text:?", joined by " | ".
std::string readings(const std::string& run) {
  const std::vector<Token> tokens = tokenize(run);
  std::string got;
  for (const NameReading& r :
       read_run(run, tokens, NameRun{0, tokens.size()}, NameLexicon::builtin())) {
    if (!got.empty()) got += " | ";
    got += run.substr(tokens[r.begin].begin, tokens[r.end - 1].end - tokens[r.begin].begin);
    got += r.type == ActorType::kPerson ? ":p" : r.type == ActorType::kOrganisation ? ":o" : ":?";
  }
  return got;
}

struct Row {
  std::string run, names;  // the run read; its readings
};

void check(const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    CAPTURE(row.run);
    CHECK(readings(row.run) == row.names);
  }
}

}  // namespace

TEST_CASE("pass 4, people: a code in capitals without a vowel ends no person's name") {
  const std::vector<Row> rows = {
      {"Ik Su Yoo RRC", "Ik Su Yoo:p"},
      {"Zack Lau KH6CP", "Zack Lau:p"},
      {"Pakalitha Bethuel MOSISILI", "Pakalitha Bethuel MOSISILI:p"},  // the UN's surnames
      {"Jean-Bertrand ARISTIDE", "Jean-Bertrand ARISTIDE:p"},
      {"JK Rowling", "JK Rowling:p"},  // initials are no code
      {"TS Eliot", "TS Eliot:p"},
  };
  check(rows);
}

TEST_CASE("pass 4, people: a brand's medial capital names no person; surname prefixes do") {
  const std::vector<Row> rows = {
      {"HP DeskJet", "HP DeskJet:?"},
      {"PlayStation Portable", "PlayStation Portable:?"},
      {"CompuServe GIF", "CompuServe GIF:?"},
      {"SpongeBob SquarePants", "SpongeBob SquarePants:?"},
      {"Michael Landy SharpImage Software", "Michael Landy:p"},
      {"Jerry M. Lineberry InterNet", "Jerry M. Lineberry:p"},
      {"Steve McQueen", "Steve McQueen:p"},
      {"Douglas MacArthur", "Douglas MacArthur:p"},
      {"Leonardo DiCaprio", "Leonardo DiCaprio:p"},
      {"Jeff DelPapa", "Jeff DelPapa:p"},
      {"DeShawn Stevenson", "DeShawn Stevenson:p"},
      {"Martin O'Neill", "Martin O'Neill:p"},
  };
  check(rows);
}

}  // namespace lsearch
