// data/ as the loader reads it, with one file edited: for tests of what the loader refuses.
#pragma once
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/input_error.hpp"
#include "engine/knowledge.hpp"

namespace fasthold::test {

inline std::vector<EmbeddedFile> data_files() { return read_data_dir(std::string(FASTHOLD_SOURCE_DIR) + "/data"); }

inline std::vector<EmbeddedFile> edited(const std::string& file, const std::function<void(nlohmann::json&)>& edit) {
  auto files = data_files();
  for (auto& f : files)
    if (f.name == file) {
      nlohmann::json doc = nlohmann::json::parse(f.json);
      edit(doc);
      f.json = doc.dump();
    }
  return files;
}

// The loader's complaint about an edited data/: where, and what ("(loaded)" if none).
struct LoadProblem {
  std::string pointer, message;
};
inline LoadProblem load_problem_of(const std::string& file, const std::function<void(nlohmann::json&)>& edit) {
  try {
    load_knowledge_base(edited(file, edit));
  } catch (const InputError& e) {
    return {e.pointer, e.what()};
  }
  return {"", "(loaded)"};
}

// The same as one line, "pointer message".
inline std::string load_problem(const std::string& file, const std::function<void(nlohmann::json&)>& edit) {
  LoadProblem p = load_problem_of(file, edit);
  return p.pointer.empty() ? p.message : p.pointer + " " + p.message;
}

}  // namespace fasthold::test
