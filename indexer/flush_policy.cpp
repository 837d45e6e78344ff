#include "indexer/flush_policy.h"

#include <cstdlib>
#include <string>

namespace lsearch {

FlushPolicy flush_policy() {
  FlushPolicy policy;
  if (const char* env = std::getenv("XAPIAN_FLUSH_THRESHOLD")) {
    try {
      const unsigned long docs = std::stoul(env);
      if (docs > 0) policy.docs = docs;
    } catch (const std::exception&) {  // not a number: Xapian ignores it too
    }
  }
  return policy;
}

}  // namespace lsearch
