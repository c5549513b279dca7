#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

namespace {
std::string node_for(const json& facts, const json& log = json::array()) {
  return assess_json(case_json(facts, log), "2026-11-23").flow.node->id;
}
const json kAgreement = json::array({{{"id", "a1"}, {"date", "2026-01-05"}, {"kind", "agreement"}}});
}  // namespace

TEST_CASE("the flowchart starts with preparation", "[flow]") {
  Assessment a = assess_facts(json::object());
  CHECK(a.flow.node->id == "prepare");
  CHECK(a.flow.node->step == 1);
  CHECK(node_for({{"prepared", true}}) == "dialogue");
  CHECK(node_for({{"prepared", true}, {"dialogue_held", true}}) == "job_cause");
}

TEST_CASE("every path through the flowchart", "[flow]") {
  SECTION("3 No: the absence must be reduced") { CHECK(node_for({{"job_causes_absence", false}}) == "reduce_absence"); }
  SECTION("3 Yes, 4 unknown: talk about adaptation (step 4)") {
    Assessment a = assess_facts({{"job_causes_absence", true}});
    CHECK(a.flow.node->id == "needs_adaptation");
    CHECK(a.flow.node->step == 4);
  }
  SECTION("4 No: as No in 3") { CHECK(node_for({{"job_causes_absence", true}, {"needs_adaptation", false}}) == "reduce_absence"); }
  SECTION("4 Yes without a written agreement: put it in writing") {
    CHECK(node_for({{"job_causes_absence", true}, {"needs_adaptation", true}}) == "write_agreement");
  }
  SECTION("4 Yes with an agreement in the record: follow up (step 5)") {
    CHECK(node_for({{"job_causes_absence", true}, {"needs_adaptation", true}}, kAgreement) == "solution_found");
  }
  SECTION("5 Yes: success") {
    CHECK(node_for({{"job_causes_absence", true}, {"needs_adaptation", true}, {"solution_found", true}}) == "success");
  }
  SECTION("6 Yes: investigate §56 or jobcenter support") {
    Assessment a = assess_facts({{"job_causes_absence", true}, {"needs_adaptation", true}, {"solution_found", false},
                                 {"solution_possible_in_time", true}});
    CHECK(a.flow.node->id == "investigate_support");
    CHECK(a.flow.node->step == 6);
  }
  SECTION("6 No, 7 unknown: the 12-month question") {
    CHECK(node_for({{"job_causes_absence", true}, {"needs_adaptation", true}, {"solution_found", false},
                    {"solution_possible_in_time", false}}) == "tried_12_months");
  }
  SECTION("7 Yes: a flexjob may be the answer") {
    Assessment a = assess_facts({{"job_causes_absence", true}, {"needs_adaptation", true}, {"solution_found", false},
                                 {"solution_possible_in_time", false}, {"tried_12_months", true}});
    CHECK(a.flow.node->id == "flexjob_contact");
    CHECK(a.flow.node->step == 7);
  }
  SECTION("7 No: it does not always succeed, check the ways out first") {
    Assessment a = assess_facts({{"job_causes_absence", true}, {"needs_adaptation", true}, {"solution_found", false},
                                 {"solution_possible_in_time", false}, {"tried_12_months", false}});
    CHECK(a.flow.node->id == "not_always");
    CHECK_THAT(a.flow.node->next.en, Catch::Contains("6 years or less") && Catch::Contains("exceptions"));
  }
}

TEST_CASE("edges whose Yes/No reading is ours are marked as interpretation", "[flow][data]") {
  for (const auto& n : kb().flow_nodes)
    if (n.kind == "decision") CHECK_FALSE(n.cite.interpretation.empty());
}
