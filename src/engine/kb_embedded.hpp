// The data/*.json files, compiled in by cmake/embed_data.cmake.
#pragma once
#include <string>
#include <vector>

namespace fasthold {

struct EmbeddedFile {
  std::string name;  // file stem: "flowchart" for data/flowchart.json
  std::string json;
};

const std::vector<EmbeddedFile>& embedded_kb_files();

}  // namespace fasthold
