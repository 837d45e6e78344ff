// The lsearch::Error family: every failure the library reports, with the path,
// line or query it is about. Library functions throw these (Xapian's own errors
// are wrapped with what was being done); a program catches them once, at its
// top. Catch lsearch::Error for all of them, or a subclass for one kind.
#pragma once

#include <stdexcept>
#include <string>

#include "lsearch/export.h"

namespace lsearch {

class LSEARCH_EXPORT Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  ~Error() override;
};

// A corpus input that cannot be read (file-level; record-level problems are skips).
class LSEARCH_EXPORT CorpusError : public Error {
 public:
  CorpusError(const std::string& path, const std::string& why)
      : Error(path + ": " + why), path_(path) {}
  ~CorpusError() override;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A run refused because it would lose most of a root's or a feed's articles,
// or because an input is missing: nothing was changed. The message says what
// would be lost; IndexRequest::allow_shrink confirms (lindex --allow-shrink).
class LSEARCH_EXPORT ShrinkError : public CorpusError {
 public:
  using CorpusError::CorpusError;
  ~ShrinkError() override;
};

// The database is missing, unreadable, or Xapian failed while using it.
class LSEARCH_EXPORT IndexError : public Error {
 public:
  using Error::Error;
  ~IndexError() override;
};

// The database was built with another schema or analysis: it must be rebuilt.
class LSEARCH_EXPORT SchemaMismatchError : public IndexError {
 public:
  using IndexError::IndexError;
  ~SchemaMismatchError() override;
};

// Another lindex (or indexing program) holds the write lock.
class LSEARCH_EXPORT LockedError : public IndexError {
 public:
  using IndexError::IndexError;
  ~LockedError() override;
};

// A run stopped (SIGINT/SIGTERM, IndexRequest::cancel) before it could start writing.
class LSEARCH_EXPORT InterruptedError : public Error {
 public:
  using Error::Error;
  ~InterruptedError() override;
};

// A query or filter that cannot mean anything (e.g. an invalid date, an unknown actor).
class LSEARCH_EXPORT QueryError : public Error {
 public:
  using Error::Error;
  ~QueryError() override;
};

}  // namespace lsearch
