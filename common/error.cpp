// The destructors are the error classes' key functions: their vtables and
// type_info live in the library, once, and are exported with them.
#include "lsearch/error.h"

namespace lsearch {

Error::~Error() = default;
CorpusError::~CorpusError() = default;
ShrinkError::~ShrinkError() = default;
IndexError::~IndexError() = default;
SchemaMismatchError::~SchemaMismatchError() = default;
LockedError::~LockedError() = default;
InterruptedError::~InterruptedError() = default;
QueryError::~QueryError() = default;

}  // namespace lsearch
