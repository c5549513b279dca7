// Every text in data/ is for a manager: no internal document, file or design note is named,
// and each of our interpretations says in plain words how we read the source.
#include <filesystem>
#include <fstream>
#include <regex>

#include "helpers.hpp"

using namespace fasthold;
using nlohmann::json;

namespace {

struct Found {
  std::string where, text;
};

void strings(const json& j, const std::string& where, std::vector<Found>& out) {
  if (j.is_string()) out.push_back({where, j.get<std::string>()});
  else if (j.is_object())
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "filename") continue;  // a document's own file name is meant to be one
      strings(it.value(), where + "/" + it.key(), out);
    }
  else if (j.is_array())
    for (size_t i = 0; i < j.size(); ++i) strings(j[i], where + "/" + std::to_string(i), out);
}

std::vector<Found> data_strings() {
  std::vector<Found> out;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(FASTHOLD_SOURCE_DIR) + "/data")) {
    std::ifstream in(entry.path());
    strings(json::parse(in), entry.path().filename().string(), out);
  }
  return out;
}

}  // namespace

TEST_CASE("no user-facing text names a file or an internal document", "[data][texts]") {
  const std::regex file(R"([A-Za-z0-9_-]+\.(md|json|cpp|hpp|txt|js|mjs|html|yaml)\b)");
  const std::regex internal(R"(DOMAIN|udtrukne tekst|extracted text|design note)", std::regex::icase);
  std::vector<Found> all = data_strings();
  REQUIRE(all.size() > 500);
  for (const auto& s : all) {
    INFO(s.where << ": " << s.text);
    CHECK_FALSE(std::regex_search(s.text, file));
    CHECK_FALSE(std::regex_search(s.text, internal));
  }
}

TEST_CASE("the test for file names in texts catches one", "[data][texts]") {
  const std::regex file(R"([A-Za-z0-9_-]+\.(md|json|cpp|hpp|txt|js|mjs|html|yaml)\b)");
  CHECK(std::regex_search(std::string("Se DOMAIN.md, Beslutninger"), file));
  CHECK(std::regex_search(std::string("in data/adaptations.json"), file));
  CHECK_FALSE(std::regex_search(std::string("Hent sagen som en .json-fil"), file));
}

TEST_CASE("every interpretation says in plain words how we read the source", "[data][texts]") {
  for (const auto& s : data_strings()) {
    if (s.where.size() < 15 || s.where.compare(s.where.size() - 15, 15, "/interpretation") != 0) continue;
    INFO(s.where << ": " << s.text);
    CHECK(s.text.rfind("Vi læser ", 0) == 0);
    CHECK(s.text.find(" sådan: ") != std::string::npos);
  }
}
