// Replays fuzz inputs (files or directories of files) through a fuzz target
// without libFuzzer: the committed seed corpora and every crash found become
// regression tests in the ordinary (ASan) test build.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  std::size_t replayed = 0;
  for (int i = 1; i < argc; ++i) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(argv[i])) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i]))
        if (entry.is_regular_file()) files.push_back(entry.path());
    } else {
      files.emplace_back(argv[i]);
    }
    for (const auto& file : files) {
      std::string bytes(std::filesystem::file_size(file), '\0');
      std::FILE* in = std::fopen(file.c_str(), "rb");
      if (in == nullptr) {
        std::fprintf(stderr, "replay: cannot open %s\n", file.c_str());
        return 1;
      }
      bytes.resize(std::fread(bytes.data(), 1, bytes.size(), in));
      std::fclose(in);
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  std::printf("replayed %zu inputs\n", replayed);
  return replayed > 0 ? 0 : 1;
}
