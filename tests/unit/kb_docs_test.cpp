// docs/knowledge-base.md lists each data file's fields; the loader and the snapshot read them from
// kb_fields.hpp. This test keeps the docs to that one description: a field added in C++ and
// not documented, or documented and not read, fails here.
#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "engine/kb_fields.hpp"

using namespace fasthold;

namespace {
std::string docs() {
  std::ifstream in(std::string(FASTHOLD_SOURCE_DIR) + "/docs/knowledge-base.md");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The names a docs table row gives in backticks for `file` ("dated" stands for the row's dates).
std::set<std::string> documented(const std::string& text, const std::string& file) {
  std::string row_start = "| `" + file + "` |";
  size_t at = text.find(row_start);
  if (at == std::string::npos) return {"(no row for " + file + ")"};
  std::string row = text.substr(at + row_start.size(), text.find('\n', at) - at - row_start.size());
  row = row.substr(row.find('|') + 1);  // the fields column, after the rows' description
  std::set<std::string> names;
  std::regex name("`([a-z_]+)`");
  for (std::sregex_iterator it(row.begin(), row.end(), name), end; it != end; ++it) names.insert((*it)[1]);
  if (std::regex_search(row, std::regex(R"(\bdated\b)"))) names.insert(std::begin(kDatedNames), std::end(kDatedNames));
  return names;
}

template <class T>
std::set<std::string> described_as(std::initializer_list<const char*> file_level = {}) {
  auto names = field_names<T>();
  std::set<std::string> out(names.begin(), names.end());
  out.insert(file_level.begin(), file_level.end());
  return out;
}
}  // namespace

TEST_CASE("docs/knowledge-base.md lists every data file's fields as the loader reads them", "[data][docs]") {
  const std::string text = docs();
  CHECK(documented(text, "sources.json") == described_as<Source>());
  CHECK(documented(text, "thresholds.json") == described_as<Threshold>());
  CHECK(documented(text, "pension.json") == described_as<PensionRow>());
  CHECK(documented(text, "facts.json") == described_as<Fact>());
  // A scheme's row also describes its parts: the track, the renewal, a note.
  std::set<std::string> scheme = described_as<Scheme>();
  for (const auto& part : {described_as<Track>(), described_as<Renewal>(), described_as<SchemeNote>()})
    scheme.insert(part.begin(), part.end());
  CHECK(documented(text, "schemes.json") == scheme);
  CHECK(documented(text, "flowchart.json") == described_as<FlowNode>({"start", "nodes"}));
  CHECK(documented(text, "roles.json") == described_as<Role>());
  CHECK(documented(text, "contacts.json") == described_as<Contact>());
  CHECK(documented(text, "adaptations.json") == described_as<Adaptation>());
  CHECK(documented(text, "deadlines.json") == described_as<DeadlineInfo>());
  CHECK(documented(text, "terms.json") == described_as<Term>());
  CHECK(documented(text, "notices.json") == described_as<Notice>());
  CHECK(documented(text, "interview.json") == described_as<InterviewSection>({"sections"}));
  CHECK(documented(text, "documents.json") == described_as<DocumentTemplate>({"documents", "gaps", "gap_format", "footer"}));
  // A citation is described in a line of its own.
  for (const auto& n : field_names<Citation>()) CHECK(text.find("\"" + n + "\"") != std::string::npos);
}

TEST_CASE("the description gives each row's fields once, and marks what a row must hold", "[data][docs]") {
  auto names = field_names<Threshold>();
  CHECK(names == std::vector<std::string>{"id", "value", "unit", "text", "cite", "valid_from", "valid_until", "last_checked"});
  for (const auto& n : {field_names<Fact>(), field_names<Scheme>(), field_names<FlowNode>()})
    CHECK(std::set<std::string>(n.begin(), n.end()).size() == n.size());
}
