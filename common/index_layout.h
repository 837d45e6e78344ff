// IndexLayout: the names inside an lsearch index directory, shared by lindex
// (which writes them) and lsearch (which reads the stub). PATH/XAPIANDB is a
// Xapian stub ("auto gen-000007") naming the live generation; gen-NNNNNN are
// glass databases; scratch-PID holds a full build in progress; lock is the
// writers' flock. Entries with other names are not ours and are left alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lsearch {

inline constexpr std::string_view kStubName = "XAPIANDB";
inline constexpr std::string_view kLockName = "lock";
inline constexpr std::string_view kGenerationPrefix = "gen-";
inline constexpr std::string_view kScratchPrefix = "scratch-";

// PATH/XAPIANDB.
std::string stub_path(const std::string& index_dir);
// "gen-000007" for 7.
std::string generation_name(unsigned number);
// 7 for "gen-000007"; nullopt for any other name ("gen-old", "gen-1x").
std::optional<unsigned> parse_generation_name(std::string_view name);
// The pid of "scratch-1234"; nullopt for other names or numbers no pid can be.
std::optional<int> parse_scratch_name(std::string_view name);

// The stub's text, or "" when there is no stub. Throws IndexError naming the
// stub and the fix (lindex --rebuild) when it is empty or not ours, so neither
// binary passes a damaged stub on to Xapian.
std::string read_index_stub(const std::string& index_dir);
// The generation name the stub text points at ("gen-000007"), or nullopt when
// the text is not "auto gen-NNNNNN".
std::optional<std::string> stub_generation(std::string_view stub_text);

}  // namespace lsearch
