// Collection stub files: the lines Xapian's own stub syntax allows, with our
// timeouts; bad lines named by FILE:LINE; a directory is one index.
#include "searcher/collection.h"

#include <doctest/doctest.h>

#include "../support/temp_dir.h"
#include "common/error.h"

namespace lsearch {

TEST_CASE("a stub lists local, tcp and program shards; relative paths from the stub's directory") {
  testing::TempDir dir;
  std::string stub = dir.write("c/collection",
                               "# three shards\n"
                               "auto shard-0\n"
                               "auto /abs/shard-1\n"
                               "remote 127.0.0.1:7101\n"
                               "remote [::1]:7102 timeout=1500 connect_timeout=250\n"
                               "remote :xapian-progsrv /srv/shard-3\n");
  auto shards = read_collection_stub(stub);
  REQUIRE(shards.size() == 5);
  CHECK(shards[0].kind == ShardSpec::Kind::kLocal);
  CHECK(shards[0].path == dir.file("c") + "/shard-0");
  CHECK(shards[1].path == "/abs/shard-1");
  CHECK(shards[2].kind == ShardSpec::Kind::kTcp);
  CHECK(shards[2].host == "127.0.0.1");
  CHECK(shards[2].port == 7101);
  CHECK(shards[2].timeout_ms == 5000);
  CHECK(shards[2].connect_timeout_ms == 2000);
  CHECK(shards[3].host == "::1");
  CHECK(shards[3].timeout_ms == 1500);
  CHECK(shards[3].connect_timeout_ms == 250);
  CHECK(shards[4].kind == ShardSpec::Kind::kProgram);
  CHECK(shards[4].program == "xapian-progsrv");
  CHECK(shards[4].args == "/srv/shard-3");
  CHECK(shards[2].name == "remote 127.0.0.1:7101");
  CHECK(is_collection_stub(stub));
  CHECK_FALSE(is_collection_stub(dir.path()));
}

TEST_CASE("bad lines are errors naming the file and line") {
  testing::TempDir dir;
  for (const char* line :
       {"remote 127.0.0.1", "remote host:0", "remote host:99999", "remote host:7101 timeout=soon",
        "remote host:7101 retries=3", "glass /x", "auto"}) {
    CAPTURE(line);
    std::string stub = dir.write("bad", std::string("auto ok\n") + line + "\n");
    CHECK_THROWS_WITH_AS(read_collection_stub(stub),
                         doctest::Contains((stub + ":2: bad shard line").c_str()), IndexError);
  }
  CHECK_THROWS_AS(read_collection_stub(dir.write("empty", "# nothing\n")), IndexError);
}

}  // namespace lsearch
