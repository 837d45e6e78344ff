// The JSON output (schema version kJsonSchemaVersion): one object per query (json), or one
// object per hit (jsonl). Both share the hit object.
#pragma once

#include <nlohmann/json.hpp>

#include "common/schema/versions.h"  // kJsonSchemaVersion
#include "searcher/cli/printers/printer.h"

namespace lsearch {

nlohmann::ordered_json hit_to_json(const Hit& hit);
nlohmann::ordered_json results_to_json(const PrintContext& context, const SearchResults& results);
// {"qid": ..., "error": ...}: what json and jsonl write for a query that failed.
nlohmann::ordered_json error_to_json(const PrintContext& context, const std::string& message);

class JsonPrinter : public Printer {
 public:
  void print(const PrintContext& context, const SearchResults& results, std::ostream& out) override;
  void print_error(const PrintContext& context, const std::string& message,
                   std::ostream& out) override;
};

class JsonLinesPrinter : public Printer {
 public:
  void print(const PrintContext& context, const SearchResults& results, std::ostream& out) override;
  void print_error(const PrintContext& context, const std::string& message,
                   std::ostream& out) override;
};

}  // namespace lsearch
