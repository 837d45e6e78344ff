// The lsearch::Error family: every failure the libraries report, with the path,
// line or query it is about. Libraries throw these; only main() catches them.
#pragma once

#include <stdexcept>
#include <string>

namespace lsearch {

// Process exit codes shared by lindex and lsearch (documented in README).
inline constexpr int kExitOk = 0;
inline constexpr int kExitNoMatchOrSkipped = 1;  // lsearch: no hits; lindex: some inputs skipped
inline constexpr int kExitError = 2;
inline constexpr int kExitLocked = 3;         // lindex: another writer holds the database
inline constexpr int kExitInterrupted = 130;  // lindex: SIGINT/SIGTERM (128 + SIGINT, as shells do)

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A corpus input that cannot be read (file-level; record-level problems are Skips).
class CorpusError : public Error {
 public:
  CorpusError(const std::string& path, const std::string& why)
      : Error(path + ": " + why), path_(path) {}
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The database is missing, unreadable, or Xapian failed while using it.
class IndexError : public Error {
 public:
  using Error::Error;
};

// The database was built with another schema or analysis: it must be rebuilt.
class SchemaMismatchError : public IndexError {
 public:
  using IndexError::IndexError;
};

// Another lindex holds the write lock.
class LockedError : public IndexError {
 public:
  using IndexError::IndexError;
};

// A run stopped by SIGINT/SIGTERM before it could start writing.
class InterruptedError : public Error {
 public:
  using Error::Error;
};

// A query or filter that cannot mean anything (e.g. an invalid date).
class QueryError : public Error {
 public:
  using Error::Error;
};

}  // namespace lsearch
