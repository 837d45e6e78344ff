#include "lsearch/version.h"

namespace lsearch {

const char* version() {
  return LSEARCH_VERSION_STRING;
}

}  // namespace lsearch
