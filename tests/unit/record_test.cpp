#include <fstream>
#include <functional>
#include <regex>
#include <sstream>

#include "engine/entry_kinds.hpp"
#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

TEST_CASE("every written agreement needs its four parts", "[record]") {
  json log = json::array({{{"id", "a1"}, {"date", "2026-03-01"}, {"kind", "agreement"}, {"adapted_text", "Fewer evening shifts"}}});
  Assessment a = assess_json(case_json(json::object(), log), "2026-11-23");
  REQUIRE(a.agreements.size() == 1);
  CHECK(a.agreements[0].missing_parts == std::vector<std::string>{"expected_effect", "follow_up_date", "consequences"});
  CHECK(a.agreements[0].missing_for_flexjob == std::vector<std::string>{"difficult_functions", "accommodations"});
}

TEST_CASE("a follow-up date that has passed without a follow-up is overdue", "[record]") {
  json agreement = {{"id", "a1"}, {"date", "2026-03-01"}, {"kind", "agreement"}, {"follow_up_date", "2026-04-01"}};
  SECTION("no follow-up entry: overdue the day after") {
    CHECK(assess_json(case_json(json::object(), json::array({agreement})), "2026-04-01").agreements[0].follow_up_overdue == false);
    CHECK(assess_json(case_json(json::object(), json::array({agreement})), "2026-04-02").agreements[0].follow_up_overdue == true);
  }
  SECTION("a follow-up moves the due date to its next date") {
    json f = {{"id", "f1"}, {"date", "2026-04-01"}, {"kind", "follow_up"}, {"agreement_id", "a1"}, {"next_date", "2026-07-01"}};
    Assessment a = assess_json(case_json(json::object(), json::array({agreement, f})), "2026-05-01");
    CHECK(a.agreements[0].follow_up_overdue == false);
    CHECK(format_iso(*a.agreements[0].follow_up_due) == "2026-07-01");
  }
}

TEST_CASE("the record proves what the fastholdelsesfleksjob needs; answers fill in where it does not", "[record]") {
  SECTION("an answer stands when the record is silent") {
    Assessment a = assess_facts({{"functions_and_accommodations_written", true}});
    CHECK(std::get<bool>(a.facts.at("functions_and_accommodations_written")));
  }
  SECTION("an agreement naming functions and accommodations proves it") {
    json log = json::array({{{"id", "a1"}, {"date", "2026-03-01"}, {"kind", "agreement"}, {"difficult_functions", "x"}, {"accommodations", "y"}}});
    Assessment a = assess_json(case_json(json::object(), log), "2026-11-23");
    CHECK(std::get<bool>(a.facts.at("functions_and_accommodations_written")));
  }
  SECTION("a special-terms date from the record wins over the typed one") {
    json log = json::array({{{"id", "a1"}, {"date", "2026-03-01"}, {"kind", "agreement"}, {"terms", "special_terms"}}});
    Assessment a = assess_json(case_json({{"special_terms_since", "2025-01-01"}}, log), "2026-11-23");
    CHECK(format_iso(*a.dates.special_terms_since) == "2026-03-01");
  }
}

TEST_CASE("the kinds of record entry are listed once: the case file, its docs and its schema agree", "[record][docs]") {
  auto read = [](const std::string& rel) {
    std::ifstream in(std::string(FASTHOLD_SOURCE_DIR) + "/" + rel);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  std::vector<std::string> kinds;
  for (const auto& k : kEntryKinds) kinds.emplace_back(k.id);
  // docs/case-file.md: one table row per kind, in this order.
  std::string md = read("docs/case-file.md");
  std::vector<std::string> documented;
  std::regex row(R"(\n\| `([a-z0-9_]+)` \|)");
  size_t table = md.find("## Log entries");
  REQUIRE(table != std::string::npos);
  std::string section = md.substr(table, md.find("\n## ", table + 1) - table);
  for (std::sregex_iterator it(section.begin(), section.end(), row), end; it != end; ++it) documented.push_back((*it)[1]);
  CHECK(documented == kinds);
  // docs/case-file.schema.json: the enum of an entry's kind.
  json schema = json::parse(read("docs/case-file.schema.json"));
  std::function<const json*(const json&)> find_kind = [&](const json& j) -> const json* {
    if (j.is_object()) {
      if (j.contains("kind") && j["kind"].is_object() && j["kind"].contains("enum")) return &j["kind"]["enum"];
      for (const auto& [k, v] : j.items())
        if (auto f = find_kind(v)) return f;
    }
    return nullptr;
  };
  const json* e = find_kind(schema);
  REQUIRE(e != nullptr);
  CHECK(e->get<std::vector<std::string>>() == kinds);
  // Every kind is one the case file accepts, and only these.
  for (const auto& k : kinds) {
    json log = json::array({{{"id", "e1"}, {"date", "2026-03-01"}, {"kind", k}}});
    CHECK_NOTHROW(parse_case(case_json(json::object(), log), kb()));
  }
  json bad = json::array({{{"id", "e1"}, {"date", "2026-03-01"}, {"kind", "diagnosis"}}});
  CHECK_THROWS_AS(parse_case(case_json(json::object(), bad), kb()), InputError);
}
