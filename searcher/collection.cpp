#include "searcher/collection.h"

#include <sys/stat.h>

#include <charconv>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "common/index_layout.h"
#include "common/schema/index_metadata.h"

namespace lsearch {
namespace {

std::string directory_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

bool parse_ms(std::string_view text, unsigned& out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

// "HOST:PORT [timeout=MS] [connect_timeout=MS]"; false when malformed.
bool parse_tcp(const std::string& rest, ShardSpec& spec) {
  std::istringstream words(rest);
  std::string address, option;
  words >> address;
  auto colon = address.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  spec.host = address.substr(0, colon);
  if (spec.host.front() == '[' && spec.host.back() == ']')
    spec.host = spec.host.substr(1, spec.host.size() - 2);
  if (!parse_ms(std::string_view(address).substr(colon + 1), spec.port) || spec.port == 0 ||
      spec.port > 65535)
    return false;
  while (words >> option) {
    auto eq = option.find('=');
    if (eq == std::string::npos) return false;
    std::string key = option.substr(0, eq), value = option.substr(eq + 1);
    unsigned* target = key == "timeout"           ? &spec.timeout_ms
                       : key == "connect_timeout" ? &spec.connect_timeout_ms
                                                  : nullptr;
    if (target == nullptr || !parse_ms(value, *target)) return false;
  }
  return true;
}

Xapian::Database open_shard(const ShardSpec& spec) {
  switch (spec.kind) {
    case ShardSpec::Kind::kTcp:
      return Xapian::Remote::open(spec.host, spec.port, spec.timeout_ms, spec.connect_timeout_ms);
    case ShardSpec::Kind::kProgram:
      return Xapian::Remote::open(spec.program, spec.args, spec.timeout_ms);
    case ShardSpec::Kind::kLocal:
      break;
  }
  return Xapian::Database(spec.path);
}

}  // namespace

bool is_collection_stub(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::vector<ShardSpec> read_collection_stub(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw IndexError(path + ": cannot read the collection file");
  std::vector<ShardSpec> shards;
  std::string line;
  for (unsigned number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto space = line.find(' ');
    std::string type = line.substr(0, space);
    std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
    ShardSpec spec;
    spec.name = line;
    bool ok = !rest.empty();
    if (ok && type == "auto") {
      spec.path = rest[0] == '/' ? rest : directory_of(path) + "/" + rest;
    } else if (ok && type == "remote" && rest[0] == ':') {
      spec.kind = ShardSpec::Kind::kProgram;
      auto gap = rest.find(' ');
      spec.program = rest.substr(1, gap == std::string::npos ? std::string::npos : gap - 1);
      if (gap != std::string::npos) spec.args = rest.substr(gap + 1);
    } else if (ok && type == "remote") {
      spec.kind = ShardSpec::Kind::kTcp;
      ok = parse_tcp(rest, spec);
    } else {
      ok = false;
    }
    if (!ok)
      throw IndexError(path + ":" + std::to_string(number) +
                       ": bad shard line (expected 'auto PATH', 'remote HOST:PORT "
                       "[timeout=MS] [connect_timeout=MS]' or 'remote :PROGRAM ARGS')");
    shards.push_back(std::move(spec));
  }
  if (shards.empty()) throw IndexError(path + ": the collection lists no shards");
  return shards;
}

void Collection::open(const std::string& path, const std::string& analysis, bool allow_partial) {
  path_ = path;
  const bool stub = is_collection_stub(path);
  std::vector<ShardSpec> specs;
  if (stub) {
    specs = read_collection_stub(path);
  } else {
    specs.emplace_back();
    specs.back().name = specs.back().path = path;
  }
  shards_.clear();
  missing_.clear();
  db_ = Xapian::Database();
  std::string entities;  // the first non-empty shard's entity fingerprint
  for (const ShardSpec& spec : specs) {
    const std::string label = stub ? "shard '" + spec.name + "' of " + path : path;
    OpenShard shard{spec, {}, {}};
    try {
      if (spec.kind == ShardSpec::Kind::kLocal) shard.stub = read_index_stub(spec.path);
      shard.db = open_shard(spec);
      check_compatible(shard.db, analysis, label);
    } catch (const Xapian::Error& e) {
      if (!stub) throw;  // one index: Searcher::open words the message
      if (!allow_partial) throw IndexError(label + ": " + e.get_description());
      missing_.push_back(spec.name + ": " + e.get_msg());
      continue;
    }
    if (shard.db.get_doccount() > 0) {
      // One key: read_index_metadata would also copy the 1.6 MB gazetteer TSV.
      std::string these = shard.db.get_metadata(kMetaEntities);
      if (entities.empty()) entities = these;
      if (these != entities)
        throw SchemaMismatchError(label +
                                  ": built with another gazetteer or cleaning rules than the "
                                  "first shard; rebuild the shards with the same lindex and "
                                  "--entities files");
    }
    db_.add_database(shard.db);
    shards_.push_back(std::move(shard));
  }
  if (shards_.empty()) throw IndexError(path + ": no shard answered (" + missing_.front() + ")");
  const bool one_local = shards_.size() == 1 && shards_[0].spec.kind == ShardSpec::Kind::kLocal;
  facet_method_ = one_local ? FacetMethod::kOrdinals : FacetMethod::kSlots;
  facet_column_.reset();
  generation_dir_.clear();
  if (one_local)
    if (auto generation = stub_generation(shards_[0].stub))
      generation_dir_ = shards_[0].spec.path + "/" + *generation;
}

std::shared_ptr<const FacetColumn> Collection::facet_column() {
  if (generation_dir_.empty()) return nullptr;
  if (!facet_column_ || !facet_column_->matches(db_))
    facet_column_ = FacetColumn::open(generation_dir_, db_);
  return facet_column_;
}

bool Collection::has_remote() const {
  for (const OpenShard& shard : shards_)
    if (shard.spec.kind != ShardSpec::Kind::kLocal) return true;
  return false;
}

bool Collection::refresh(const std::string& analysis, bool allow_partial) {
  bool switched = !missing_.empty();  // a shard that was down may be back
  for (const OpenShard& shard : shards_)
    if (shard.spec.kind == ShardSpec::Kind::kLocal &&
        read_index_stub(shard.spec.path) != shard.stub)
      switched = true;
  if (switched) {
    open(path_, analysis, allow_partial);
    return true;
  }
  db_.reopen();
  return false;
}

}  // namespace lsearch
