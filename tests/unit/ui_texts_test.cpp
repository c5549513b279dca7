// Every interface text comes from data/ui.json: no screen, in either language, asks for a key
// data/ lacks (it would show "[key]"), and ui.json holds no key the code never reads.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "engine/documents.hpp"
#include "ui/app_state.hpp"
#include "ui/screens.hpp"
#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;

namespace {
std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A shown "[key]": a bracket round a lower-case identifier (the gap format "[… mangler]" has spaces).
const std::regex shown_key(R"(\[[a-z][a-z0-9_]*\])");
}  // namespace

TEST_CASE("no screen in either language shows a [key]: every text key the code asks for is in data/", "[ui][texts]") {
  std::vector<std::string> shown;
  int drawn = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(FASTHOLD_SOURCE_DIR) + "/examples")) {
    for (Lang lang : {Lang::da, Lang::en}) {
      for (float width : {1366.0f, 390.0f}) {
        Page p(width, 844);
        import_case(kb(), p.state(), read(entry.path()));
        REQUIRE(p.state().import_error.empty());
        set_language(kb(), p.state(), lang);
        // Every scheme unfolded, with its terms explained: the why trees and notes are drawn too.
        for (const auto& s : kb().schemes) {
          p.state().forms.open_schemes.insert(s.id);
          p.state().forms.open_explains.insert(s.id);
        }
        for (const ScreenInfo& info : screens()) {
          if (info.screen == Screen::interview) start_interview(kb(), p.state());
          else go_to(kb(), p.state(), info.screen);
          p.frames();
          ++drawn;
          if (info.screen == Screen::documents)
            for (const auto& kind : document_kinds(kb())) {
              choose_document(kb(), p.state(), kind);
              p.frames();
              ++drawn;
            }
          for (const auto& n : p.tree().nodes)
            for (const std::string* s : {&n.name, &n.description, &n.value})
              if (std::regex_search(*s, shown_key)) shown.push_back(entry.path().filename().string() + ": " + *s);
        }
      }
    }
  }
  INFO(drawn << " screens drawn");
  for (const auto& s : shown) UNSCOPED_INFO(s);
  CHECK(shown.empty());
  std::vector<std::string> missing = text_keys_missing();
  for (const auto& k : missing) UNSCOPED_INFO("asked for, not in data/ui.json: " << k);
  CHECK(missing.empty());
  CHECK(drawn > 100);
}

TEST_CASE("a key the code asks for that data/ lacks is caught, not silently shown", "[ui][texts]") {
  CHECK(kb().text("no_such_key_for_this_test", Lang::da) == "[no_such_key_for_this_test]");
  std::vector<std::string> missing = text_keys_missing();
  CHECK(std::find(missing.begin(), missing.end(), "no_such_key_for_this_test") != missing.end());
}

TEST_CASE("data/ui.json holds no key the code never reads", "[ui][texts][data]") {
  std::string code;
  for (const char* dir : {"/src", "/web"})
    for (const auto& e : std::filesystem::recursive_directory_iterator(std::string(FASTHOLD_SOURCE_DIR) + dir))
      if (e.is_regular_file()) code += read(e.path());
  // Keys the code builds from a prefix and a value from data or the case ("status_" + a status,
  // "kind_" + an entry's kind, "error_" + an input error's code, …).
  const std::vector<std::string> prefixes = {"status_", "kind_", "part_", "terms_", "unit_", "error_", "link_field_", "close_reason_"};
  for (const auto& prefix : prefixes) CHECK(code.find("\"" + prefix + "\"") != std::string::npos);
  std::vector<std::string> unread;
  for (const auto& [key, text] : kb().ui) {
    if (code.find("\"" + key + "\"") != std::string::npos) continue;
    bool built = false;
    for (const auto& prefix : prefixes) built = built || key.rfind(prefix, 0) == 0;
    if (!built) unread.push_back(key);
  }
  for (const auto& k : unread) UNSCOPED_INFO("never read: " << k);
  CHECK(unread.empty());
  // The keys issue 27 found unread stay gone.
  for (const char* gone : {"met", "not_met", "unknown"}) CHECK(kb().ui.count(gone) == 0);
}

TEST_CASE("the page shows the 2027 notice from 02-12-2026 on the results, beside the deadlines and beside dates after 2026", "[ui][texts][2027]") {
  const std::string planned_da = "Der er planlagt ændringer fra 1. januar 2027";
  auto count_notice = [&](Page& p) {
    int n = 0;
    for (const auto& x : p.tree().nodes) n += x.name.find(planned_da) != std::string::npos;
    return n;
  };
  // A sick leave from 01-12-2026: its NemRefusion deadline (5 weeks) lies in January 2027.
  std::string file = case_json({{"first_absence_day", "2026-12-01"}, {"pays_wages_during_sickness", true}});
  for (const char* on : {"2026-12-01", "2026-12-02", "2026-12-31", "2027-01-01"}) {
    INFO(on);
    bool from = std::string(on) != "2026-12-01";
    Page p(390, 844);  // one column: the results screen shows the deadlines below it
    import_case(kb(), p.state(), file);
    REQUIRE(p.state().import_error.empty());
    p.state().today = day(on);
    reassess(kb(), p.state());
    go_to(kb(), p.state(), Screen::results);
    p.frames();
    // Once above the results and once beside the deadlines.
    CHECK(count_notice(p) == (from ? 2 : 0));
    go_to(kb(), p.state(), Screen::record);
    p.frames();
    CHECK(count_notice(p) == (from ? 1 : 0));
  }
  // Without a date after 2026 the record shows no notice (the results still do).
  Page p(390, 844);
  import_case(kb(), p.state(), case_json({{"treatment_decided_at_hiring", true}}));
  p.state().today = day("2026-12-02");
  reassess(kb(), p.state());
  go_to(kb(), p.state(), Screen::record);
  p.frames();
  CHECK(count_notice(p) == 0);
  go_to(kb(), p.state(), Screen::results);
  p.frames();
  CHECK(count_notice(p) >= 1);
}
