// The text report says everything the JSON says, in the page's order.
#include <filesystem>
#include <fstream>

#include "engine/report.hpp"
#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

namespace {
void check_text_has_json(const std::string& file, const char* on, Lang lang) {
  Case c = parse_case(file, kb());
  Assessment a = assess(kb(), c, day(on));
  json j = assessment_to_json(kb(), c, a, lang);
  std::string text = assessment_to_text(kb(), c, a, lang);
  auto has = [&](const std::string& what) {
    INFO("missing from the text report: " << what);
    CHECK(text.find(what) != std::string::npos);
  };
  has(j["flow"]["title"].get<std::string>());
  has(j["flow"]["next"].get<std::string>());
  if (j["flow"].contains("checks"))
    for (auto& [id, check] : j["flow"]["checks"].items()) has(check["question"].get<std::string>());
  size_t at = text.find(j["flow"]["next"].get<std::string>());
  for (const auto& s : kb().schemes) {
    const json& js = j["schemes"][s.id];
    // In data order, after the flowchart, as on the page.
    size_t here = text.find("* " + js["name"].get<std::string>() + ": ", at);
    CHECK(here != std::string::npos);
    at = here;
    has(js["name"].get<std::string>() + ": " + js["status_text"].get<std::string>());
    if (js.contains("track_text")) has(js["track_text"].get<std::string>());
    if (js.contains("track_missing"))
      for (const auto& m : js["track_missing"]) has(m["question"].get<std::string>());
    for (const auto& m : js["missing"]) has(m["question"].get<std::string>());
    for (const auto& n : js["notes"]) has(n["text"].get<std::string>());
    if (js.contains("limits"))
      for (const auto& l : js["limits"]) has(l["text"].get<std::string>());
    if (js.contains("renewal")) has(js["renewal"]["status_text"].get<std::string>());
  }
  for (const auto& d : j["deadlines"]) has(d["label"].get<std::string>());
  for (const auto& ag : j["agreements"]) has("(" + ag["id"].get<std::string>() + ")");
}
}  // namespace

TEST_CASE("the text report says what the JSON says, in the page's order, for every example", "[report][examples]") {
  for (const auto& entry : std::filesystem::directory_iterator(std::string(FASTHOLD_SOURCE_DIR) + "/examples")) {
    std::ifstream in(entry.path());
    std::string text((std::istreambuf_iterator<char>(in)), {});
    for (Lang lang : {Lang::da, Lang::en}) {
      INFO(entry.path().filename().string() << " " << lang_code(lang));
      check_text_has_json(text, "2026-11-23", lang);
    }
  }
}

TEST_CASE("the text report names the §56 renewal verdict, the social chapter's track and the outdated leaflet", "[report]") {
  std::string file = case_json({{"needs_adaptation", true}, {"has_collective_agreement", true}, {"s56_absence_days_last_year", 12}},
                               json::array({{{"id", "s1"}, {"date", "2025-06-01"}, {"kind", "s56_agreement"}}}));
  Case c = parse_case(file, kb());
  std::string text = assessment_to_text(kb(), c, assess(kb(), c, day("2026-11-23")), Lang::en);
  CHECK_THAT(text, Catch::Contains("Renewing the agreement: Not yet – met on 01-06-2027"));
  CHECK_THAT(text, Catch::Contains("Track: Cannot tell yet"));
  CHECK_THAT(text, Catch::Contains(kb().fact("has_social_chapter")->question.en));
  CHECK_THAT(text, Catch::Contains("The leaflet is outdated on this point"));
}
