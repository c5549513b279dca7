// data/*.json read from a folder: the CLI's check-data and the native tests. In its own file
// so that the page, which reads the knowledge base compiled in, links no file streams.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "engine/knowledge.hpp"

namespace fasthold {

std::vector<EmbeddedFile> read_data_dir(const std::string& dir) {
  std::vector<EmbeddedFile> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    files.push_back({entry.path().stem().string(), std::string(std::istreambuf_iterator<char>(in), {})});
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return files;
}

}  // namespace fasthold
