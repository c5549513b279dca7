// The hostile corpus (tests/hostile/make_corpus.py, made by ctest into the build folder)
// through the page's import path, as platform_native hands a chosen file over: a refused
// file says why, naming the field, and leaves the stored cases as they were.
// Hidden ([.]): run by the ctest entry hostile_import, which sets FASTHOLD_HOSTILE_DIR.
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "helpers.hpp"
#include "platform/platform_native.hpp"
#include "ui/app_state.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;
namespace native = fasthold::platform::native;

namespace {

struct Expected {
  std::string name;
  int exit;              // the CLI's: 0 read, 2 refused
  std::string fragment;  // what the message must hold
};

std::vector<Expected> manifest(const std::string& dir) {
  std::ifstream in(dir + "/manifest.tsv");
  std::vector<Expected> out;
  for (std::string line; std::getline(in, line);) {
    size_t a = line.find('\t'), b = line.find('\t', a + 1);
    out.push_back({line.substr(0, a), std::stoi(line.substr(a + 1, b - a - 1)), line.substr(b + 1)});
  }
  return out;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool printable(const std::string& m) {
  for (unsigned char c : m)
    if (c < 0x20 || c == 0x7F) return false;
  return true;
}

}  // namespace

TEST_CASE("hostile files through the page's import", "[.hostile]") {
  const char* dir = std::getenv("FASTHOLD_HOSTILE_DIR");
  REQUIRE(dir != nullptr);
  auto files = manifest(dir);
  REQUIRE(files.size() > 40);
  for (const auto& f : files) {
    native::reset();
    AppState s = start_app(kb());
    s.lang = Lang::en;
    new_case(kb(), s, "Stored");
    std::string before = native::state().storage[cases_key];
    platform::open_file_picker(max_import_bytes);
    native::state().opened_file = slurp(std::string(dir) + "/" + f.name + ".json");
    size_t bytes = native::state().opened_file->size();
    auto opened = platform::take_opened_file();
    REQUIRE(opened.has_value());
    import_file(kb(), s, *opened);
    INFO(f.name << ": " << s.import_error);
    CHECK(printable(s.import_error));
    CHECK(s.import_error.size() < 1000);
    if (bytes > max_import_bytes) {
      CHECK_FALSE(opened->text.has_value());  // refused unread
      CHECK_THAT(s.import_error, Catch::Contains("MB, more than the 2 MB Fasthold reads"));
    } else if (f.exit == 0) {
      CHECK(s.import_error.empty());
      CHECK(s.cases.size() == 2);
      continue;
    } else {
      CHECK_THAT(s.import_error, Catch::Contains(f.fragment));
    }
    CHECK(s.cases.size() == 1);
    CHECK(native::state().storage[cases_key] == before);
  }
}
