// UnseenDecider: the Xapian MatchDecider behind lsearch --watch. It lets
// through only articles a watch has not reported, or that changed since (their
// article hash differs), and, in the exact counting pass, records every
// article of the query, seen or not, for the watch's next state.
#pragma once

#include <xapian.h>

#include "lsearch/searcher.h"

namespace lsearch {

// The key a watch stores for an article id.
std::uint64_t article_key(std::string_view id);

class UnseenDecider : public Xapian::MatchDecider {
 public:
  explicit UnseenDecider(const SeenArticles& seen) : seen_(seen) {}
  // From now on, remember every document offered (Xapian calls a decider const).
  void record(SeenArticles* into) { record_ = into; }
  bool operator()(const Xapian::Document& doc) const override;

 private:
  const SeenArticles& seen_;
  SeenArticles* record_ = nullptr;
};

}  // namespace lsearch
