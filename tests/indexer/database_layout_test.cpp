// The index directory as lindex manages it: foreign entries are left alone,
// cleanup keeps the live and the previous good generation, a damaged stub is
// a clear error.
#include "indexer/database_layout.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>

#include "../support/temp_dir.h"
#include "common/error.h"

namespace fs = std::filesystem;

namespace lsearch {

TEST_CASE("foreign entries in the index directory are ignored, never parsed or removed") {
  testing::TempDir dir;
  DatabaseLayout layout(dir.file("db"));
  fs::create_directories(dir.file("db/gen-000001"));
  fs::create_directories(dir.file("db/gen-old"));
  fs::create_directories(dir.file("db/scratch-99999999999"));
  fs::create_directories(dir.file("db/scratch-notes"));
  layout.switch_to(dir.file("db/gen-000001"));
  CHECK(layout.new_generation_path() == dir.file("db/gen-000002"));  // used to throw (stoul)
  layout.remove_old_generations(std::nullopt);                       // used to throw (stoi)
  CHECK(fs::exists(dir.file("db/gen-old")));
  CHECK(fs::exists(dir.file("db/scratch-99999999999")));
  CHECK(fs::exists(dir.file("db/scratch-notes")));
}

TEST_CASE("cleanup keeps the previous good generation, not a partial one a failed run left") {
  testing::TempDir dir;
  DatabaseLayout layout(dir.file("db"));
  fs::create_directories(dir.file("db/gen-000001"));
  layout.switch_to(dir.file("db/gen-000001"));        // the good live generation
  fs::create_directories(dir.file("db/gen-000002"));  // left by a build that ran out of space
  const auto previous = layout.live_generation();
  fs::create_directories(dir.file("db/gen-000003"));
  layout.switch_to(dir.file("db/gen-000003"));
  layout.remove_old_generations(previous);
  CHECK(
      fs::exists(dir.file("db/gen-000001")));  // readers may have it open; it is the last good one
  CHECK_FALSE(fs::exists(dir.file("db/gen-000002")));
  CHECK(fs::exists(dir.file("db/gen-000003")));
  // A dead process's scratch directory goes; this process's stays.
  fs::create_directories(dir.file("db/scratch-" + std::to_string(::getpid())));
  layout.remove_old_generations(previous);
  CHECK(fs::exists(dir.file("db/scratch-" + std::to_string(::getpid()))));
}

TEST_CASE("a damaged stub, or one naming a missing generation, is an IndexError with the fix") {
  testing::TempDir dir;
  DatabaseLayout layout(dir.file("db"));
  dir.write("db/XAPIANDB", "");
  CHECK(layout.exists());
  CHECK_THROWS_WITH_AS(layout.live_generation(), doctest::Contains("lindex --rebuild"), IndexError);
  CHECK_FALSE(layout.live_generation_if_valid());
  dir.write("db/XAPIANDB", "auto gen-000005\n");
  CHECK_THROWS_WITH_AS(layout.live_generation(), doctest::Contains("gen-000005, which is missing"),
                       IndexError);
}

TEST_CASE("a GenerationGuard removes what a failed build wrote unless released") {
  testing::TempDir dir;
  { GenerationGuard guard(dir.write("db/gen-000004/postlist.glass", "partial")); }
  CHECK_FALSE(fs::exists(dir.file("db/gen-000004/postlist.glass")));
  {
    GenerationGuard guard(dir.file("db/gen-000004"));
    dir.write("db/gen-000004/iamglass", "done");
    guard.release();
  }
  CHECK(fs::exists(dir.file("db/gen-000004/iamglass")));
}

TEST_CASE("SIGTERM while waiting for the lock: InterruptedError at once, not after the timeout") {
  testing::TempDir dir;
  fs::create_directories(dir.file("db"));
  WriteLock held(dir.file("db/lock"), 0);
  std::atomic<bool> cancel{true};
  CHECK_THROWS_AS(WriteLock(dir.file("db/lock"), 3600, &cancel), InterruptedError);
}

}  // namespace lsearch
