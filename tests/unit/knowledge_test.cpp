#include <set>

#include "engine/input_error.hpp"
#include "data_edits.hpp"
#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

TEST_CASE("the knowledge base in data/ is valid and is the one compiled in", "[data]") {
  KnowledgeBase kb_disk = load_knowledge_base(data_files());
  CHECK(kb_disk.schemes.size() == kb().schemes.size());
  CHECK(kb_disk.facts.size() == kb().facts.size());
  CHECK(kb_disk.version == kb().version);
}

TEST_CASE("every source of DOMAIN.md is in sources", "[data]") {
  for (const char* id : {"cabi-flow", "hedensted", "cabi-rules", "sdpl", "lab", "pension", "kompensation"}) CHECK(kb().source(id) != nullptr);
}

TEST_CASE("every scheme of the issue is in the knowledge base", "[data]") {
  for (const char* id : {"social_chapter", "partial_sick_leave", "s56", "workplace_trial", "mentor", "aids",
                         "personal_assistance", "flexjob", "fastholdelsesfleksjob", "revalidation"})
    CHECK(kb().scheme(id) != nullptr);
}

TEST_CASE("the thresholds of DOMAIN.md are data rows", "[data][threshold]") {
  CHECK(kb().threshold_value("partial_sick_leave_min_hours_per_week") == 4);
  CHECK(kb().threshold_value("s56_min_absence_days_per_year") == 10);
  CHECK(kb().threshold_value("employer_period_days") == 30);
  CHECK(kb().threshold_value("absence_interview_days") == 28);
  CHECK(kb().threshold_value("retention_plan_min_weeks") == 8);
  CHECK(kb().threshold_value("employer_period_min_hours") == 74);
  CHECK(kb().threshold_value("s56_agreement_months") == 24);
  CHECK(kb().threshold_value("special_terms_min_months") == 12);
  CHECK(kb().threshold_value("pension_margin_years") == 6);
  CHECK(kb().threshold_value("personal_assistance_max_hours_per_week") == 20);
  CHECK(kb().threshold_value("personal_assistance_full_time_hours_per_week") == 37);
}

TEST_CASE("a threshold changes by editing one data row", "[data][threshold]") {
  auto files = data_files();
  for (auto& f : files)
    if (f.name == "thresholds") {
      json doc = json::parse(f.json);
      for (auto& t : doc["thresholds"])
        if (t["id"] == "partial_sick_leave_min_hours_per_week") t["value"] = 5;
      f.json = doc.dump();
    }
  KnowledgeBase edited = load_knowledge_base(files);
  Case c = parse_case(case_json({{"can_work_partly", true}, {"absence_hours_per_week", 4}}), edited);
  CHECK(assess(edited, c, day("2026-11-23")).scheme("partial_sick_leave")->status == Status::does_not_apply);
}

TEST_CASE("a citation that does not resolve is refused, naming where", "[data]") {
  std::string p = load_problem_of("thresholds", [](json& d) { d["thresholds"][0]["cite"]["source"] = "nowhere"; }).pointer;
  CHECK(p.rfind("thresholds.json#", 0) == 0);
}

TEST_CASE("a text without its English is refused, naming the field", "[data]") {
  std::string p = load_problem_of("schemes", [](json& d) { d["schemes"][0]["name"].erase("en"); }).pointer;
  CHECK(p == "schemes.json#/schemes/0/name/en");
}

TEST_CASE("a condition over an unknown fact is refused", "[data]") {
  std::string p = load_problem_of("schemes", [](json& d) { d["schemes"][3]["condition"]["fact"] = "diagnosis"; }).pointer;
  CHECK(p.find("/fact") != std::string::npos);
}

TEST_CASE("every condition carries a citation that resolves", "[data]") {
  std::function<void(const Condition&)> walk = [&](const Condition& c) {
    CHECK(kb().source(c.cite.source) != nullptr);
    CHECK_FALSE(c.text.da.empty());
    CHECK_FALSE(c.text.en.empty());
    for (const auto& child : c.children) walk(child);
  };
  for (const auto& s : kb().schemes) walk(s.condition);
}

TEST_CASE("no fact asks for a diagnosis; health facts are what the employee chose to tell", "[data][privacy]") {
  for (const auto& f : kb().facts) {
    CHECK(f.id.find("diagnos") == std::string::npos);
    if (f.told_by_employee && f.who.size() == 1 && f.who[0] == "employee")
      CHECK_THAT(f.question.da, Catch::Contains("fortalt") || Catch::Contains("regner"));
  }
}

TEST_CASE("the interface texts the engine's reports use exist in both languages", "[data]") {
  for (const char* key : {"report_title", "report_flow", "report_next", "report_schemes", "report_missing", "report_who",
                          "report_dates", "status_applies", "status_does_not_apply", "status_unknown", "ask_jobcenter",
                          "part_what_adapted", "part_expected_effect", "part_follow_up_date", "part_consequences", "step_of"}) {
    INFO(key);
    CHECK(kb().ui.count(key) == 1);
  }
}

TEST_CASE("knowledge: every input problem has its words in both languages", "[knowledge][errors]") {
  const KnowledgeBase& kb = embedded_knowledge_base();
  for (const auto& c : input_error_codes()) {
    INFO(c.code);
    REQUIRE(kb.ui.count(std::string("error_") + c.code) == 1);
    InputError e("/x", "\"v\"", c.code, {"A1", "B2"});
    std::string da = describe_input_error(kb, e, Lang::da);
    std::string en = describe_input_error(kb, e, Lang::en);
    CHECK(da != en);
    CHECK(da.find('{') == std::string::npos);  // every {n} filled
    CHECK(en.find('{') == std::string::npos);
  }
  // A missing text is caught when the knowledge base loads.
  auto files = data_files();
  for (auto& f : files)
    if (f.name == "ui") {
      auto at = f.json.find("\"error_not_real_date\"");
      REQUIRE(at != std::string::npos);
      f.json.replace(at, 21, "\"error_not_a_date_xx\"");
    }
  try {
    load_knowledge_base(files);
    FAIL("a knowledge base without the words for not_real_date loaded");
  } catch (const InputError& e) {
    CHECK(e.pointer == "ui.json#/texts/error_not_real_date");
  }
}

TEST_CASE("data texts have one placeholder syntax, and both languages take the same values", "[data][texts]") {
  auto refused = [](const std::string& file, const std::function<void(json&)>& edit) { return load_problem_of(file, edit).message; };
  CHECK_THAT(refused("ui", [](json& d) { d["texts"]["case_open"]["da"] = "Sag: %s"; }), Catch::Contains("%s"));
  CHECK_THAT(refused("documents", [](json& d) { d["gap_format"]["en"] = "[{{x}} missing]"; }), Catch::Contains("{{"));
  CHECK_THAT(refused("ui", [](json& d) { d["texts"]["case_open"]["en"] = "Case"; }), Catch::Contains("{1} only in Danish"));
  CHECK(refused("ui", [](json&) {}) == "(loaded)");
  // What the page fills: a {n} with its value is replaced, one without it stays visible.
  CHECK(fill("{1} og {2}", {"a", "b"}) == "a og b");
  CHECK(fill("{2} før {1}", {"a", "b"}) == "b før a");
  CHECK(fill("{1} og {2}", {"a"}) == "a og {2}");
  CHECK(fill("{t:x} {name}", {"a"}) == "{t:x} {name}");
}
