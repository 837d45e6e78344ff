#include "common/news/name_knowledge.h"

#include <array>
#include <utility>

#include "common/util/text.h"
#include "data/embedded_data.h"

namespace lsearch {
namespace {

constexpr std::array<std::pair<std::string_view, std::uint16_t>, 9> kClassNames{{
    {"person", kNamePerson},
    {"given", kNameGiven},
    {"member", kNameMember},
    {"people", kNamePeople},
    {"org", kNameOrg},
    {"body", kNameBody},
    {"place", kNamePlace},
    {"thing", kNameThing},
    {"common", kNameCommon},
}};

std::uint16_t parse_classes(std::string_view list) {
  std::uint16_t flags = 0;
  for (std::string_view name : split(list, ','))
    for (const auto& [known, flag] : kClassNames)
      if (name == known) flags |= flag;
  return flags;
}

constexpr std::uint16_t kActorClasses = kNamePerson | kNameOrg | kNameBody;

}  // namespace

const NameKnowledge& NameKnowledge::builtin() {
  static const NameKnowledge instance(embedded::kNameKnowledge);
  return instance;
}

NameKnowledge::NameKnowledge(std::string_view table) {
  for (std::string_view line : split_lines(table)) {
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    classes_.emplace(std::string(line.substr(0, tab)), parse_classes(line.substr(tab + 1)));
  }
}

std::uint16_t NameKnowledge::classes(const std::string& norm) const {
  auto it = classes_.find(norm);
  return it == classes_.end() ? 0 : it->second;
}

bool NameKnowledge::never_actor(const std::string& norm) const {
  const std::uint16_t c = classes(norm);
  return (c & (kNamePeople | kNameThing)) != 0 && (c & kActorClasses) == 0;
}

bool NameKnowledge::only_person(const std::string& norm) const {
  return classes(norm) == kNamePerson;
}

bool NameKnowledge::only_organisation(const std::string& norm) const {
  const std::uint16_t c = classes(norm);
  return c != 0 && (c & ~(kNameOrg | kNameBody)) == 0;
}

bool NameKnowledge::is_member(const std::string& norm) const {
  return (classes(norm) & ~(kNameCommon | kNamePeople)) == kNameMember;
}

}  // namespace lsearch
