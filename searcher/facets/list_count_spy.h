// ListCountMatchSpy: counts the values of a multi-valued facet (actors,
// places), stored as an encoded list in one value slot (common/schema/
// value_codec.h). Xapian 1.4 has no multi-valued spy. Local databases only:
// a custom spy cannot be serialised to a remote backend.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>

namespace lsearch {

class ListCountMatchSpy : public Xapian::MatchSpy {
 public:
  explicit ListCountMatchSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new ListCountMatchSpy(slot_); }
  std::string name() const override { return "lsearch::ListCountMatchSpy"; }

  const std::unordered_map<std::string, std::size_t>& counts() const { return counts_; }
  std::size_t documents_seen() const { return seen_; }

 private:
  Xapian::valueno slot_;
  std::unordered_map<std::string, std::size_t> counts_;
  std::size_t seen_ = 0;
};

}  // namespace lsearch
