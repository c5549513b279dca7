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
