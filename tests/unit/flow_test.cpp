#include <filesystem>
#include <fstream>

#include "engine/interview.hpp"
#include "engine/report.hpp"
#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

namespace {
std::string node_for(const json& facts, const json& log = json::array()) {
  return assess_json(case_json(facts, log), "2026-11-23").flow.node->id;
}

// An agreement with the four parts every written agreement needs (cabi-flow).
json complete_agreement(const char* id, const char* date, const char* terms = "special_terms") {
  return {{"id", id}, {"date", date}, {"kind", "agreement"}, {"adapted", {"changed_tasks"}},
          {"expected_effect", "Færre fraværsdage"}, {"follow_up_date", date}, {"consequences", "Vi taler om fleksjob"},
          {"terms", terms}};
}
const json kAgreement = json::array({complete_agreement("a1", "2026-01-05", "ordinary")});

// Steps 1 to 6 answered down to the 12-month question.
json to_step_7(json more = json::object()) {
  json f = {{"job_causes_absence", true}, {"needs_adaptation", true}, {"solution_found", false},
            {"solution_possible_in_time", false}};
  for (auto it = more.begin(); it != more.end(); ++it) f[it.key()] = it.value();
  return f;
}

std::string next_text(const std::string& file, const Assessment& a, Lang lang = Lang::en) {
  Case c = parse_case(file, kb());
  return flow_next_text(kb(), c, a, lang);
}

// Done means: the next step never recommends a scheme that does not apply, and the interview
// never asks a flowchart question the record already answers.
void check_flow_agrees(const std::string& file, const char* on) {
  Case c = parse_case(file, kb());
  Assessment a = assess(kb(), c, day(on));
  const FlowNode* n = a.flow.node;
  INFO("node " << n->id);
  if (!n->recommends.empty()) CHECK(a.scheme(n->recommends)->status != Status::does_not_apply);
  if (n->id == "flexjob_contact" || n->id == "flexjob_near_pension")
    CHECK(a.scheme("fastholdelsesfleksjob")->status != Status::does_not_apply);
  if (n->kind == "decision" && !n->answered_by.empty()) CHECK(a.facts.count(n->answered_by) == 0);
  auto items = interview_items(kb(), c, a);
  size_t i = next_unanswered(items);
  if (i < items.size() && items[i].kind == InterviewItem::Kind::flow) {
    const FlowNode* asked = kb().flow_node(items[i].id);
    if (asked->kind == "decision" && !asked->answered_by.empty()) CHECK(a.facts.count(asked->answered_by) == 0);
  }
}
}  // namespace

TEST_CASE("the flowchart starts with preparation", "[flow]") {
  Assessment a = assess_facts(json::object());
  CHECK(a.flow.node->id == "prepare");
  CHECK(a.flow.node->step == 1);
}

TEST_CASE("flowchart actions are steps acknowledged as done, never answers", "[flow][steps]") {
  json doc = json::parse(case_json(json::object()));
  doc["steps_done"] = {"prepare"};
  CHECK(assess_json(doc.dump(), "2026-11-23").flow.node->id == "dialogue");
  doc["steps_done"] = {"prepare", "dialogue"};
  CHECK(assess_json(doc.dump(), "2026-11-23").flow.node->id == "job_cause");
  SECTION("an older file's answers read as the steps done, and are not kept as facts") {
    Case c = parse_case(case_json({{"prepared", true}, {"dialogue_held", true}}), kb());
    CHECK(c.steps_done == std::set<std::string>{"prepare", "dialogue"});
    CHECK(c.facts.empty());
    CHECK(write_case(c, kb()).find("prepared") == std::string::npos);
    CHECK(parse_case(write_case(c, kb()), kb()).steps_done == c.steps_done);
  }
  SECTION("'written down' is proven only by an agreement in the record, never by an acknowledgement") {
    json w = json::parse(case_json({{"job_causes_absence", true}, {"needs_adaptation", true}, {"agreement_written", true}}));
    w["steps_done"] = {"prepare", "dialogue", "write_agreement"};
    Assessment a = assess_json(w.dump(), "2026-11-23");
    CHECK(a.flow.node->id == "write_agreement");
    CHECK(a.facts.count("agreement_written") == 0);
  }
  SECTION("a step that is not a flowchart action is refused") {
    json bad = json::parse(case_json(json::object()));
    bad["steps_done"] = {"job_cause"};
    CHECK(error_pointer(bad.dump()) == "/steps_done/0");
  }
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
  SECTION("4 Yes with a complete agreement in the record: follow up (step 5)") {
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
  SECTION("6 No, 7 unknown: the 12-month question") { CHECK(node_for(to_step_7()) == "tried_12_months"); }
  SECTION("7 Yes: a flexjob may be the answer") {
    Assessment a = assess_facts(to_step_7({{"tried_12_months", true}}));
    CHECK(a.flow.node->id == "flexjob_contact");
    CHECK(a.flow.node->step == 7);
  }
}

TEST_CASE("an agreement missing a required part is not yet in writing: the next step names the part", "[flow][agreement]") {
  const json facts = {{"job_causes_absence", true}, {"needs_adaptation", true}};
  for (const char* part : {"adapted", "expected_effect", "follow_up_date", "consequences"}) {
    DYNAMIC_SECTION("without " << part) {
      json entry = complete_agreement("a1", "2026-10-01");
      entry.erase(part);
      std::string file = case_json(facts, json::array({entry}));
      Assessment a = assess_json(file, "2026-11-23");
      CHECK(a.flow.node->id == "write_agreement");
      REQUIRE(a.flow.incomplete_agreement.has_value());
      std::string key = std::string("part_") + (std::string(part) == "adapted" ? "what_adapted" : part);
      CHECK_THAT(next_text(file, a), Catch::Contains(kb().text(key, Lang::en)) && Catch::Contains("01-10-2026"));
      CHECK_THAT(next_text(file, a, Lang::da), Catch::Contains(kb().text(key, Lang::da)));
    }
  }
  SECTION("a later complete agreement puts it in writing") {
    json older = complete_agreement("a1", "2026-10-01");
    older.erase("consequences");
    CHECK(node_for(facts, json::array({older, complete_agreement("a2", "2026-11-01")})) == "solution_found");
  }
}

TEST_CASE("step 7 No with 6 years or less to pension age: the next step is the flexjob at the current workplace", "[flow][step7]") {
  // Born 1963-06-01: pension age 68 on 2031-06-01, under 6 years after 2026-11-23.
  std::string file = case_json(to_step_7({{"tried_12_months", false}, {"birth_date", "1963-06-01"}, {"receives_pension", false},
                                          {"permanent_substantial_limitation", true}, {"all_measures_tried", true}}));
  Assessment a = assess_json(file, "2026-11-23");
  CHECK(a.flow.node->id == "flexjob_near_pension");
  CHECK(a.scheme("fastholdelsesfleksjob")->status == Status::applies);
  CHECK_THAT(next_text(file, a), Catch::Contains("flexjob at the current workplace") && Catch::Contains("6 years or less"));
  CHECK_THAT(next_text(file, a), !Catch::Contains("check both ways out"));
  check_flow_agrees(file, "2026-11-23");
}

TEST_CASE("step 7 No with an exception told: the next step is to ask the municipality about the exception", "[flow][step7]") {
  for (const char* born : {"1980-01-01", ""}) {
    DYNAMIC_SECTION("birth date " << (*born ? born : "unknown")) {
      json facts = to_step_7({{"tried_12_months", false}, {"exception_event_told", true}});
      if (*born) facts["birth_date"] = born;
      std::string file = case_json(facts);
      Assessment a = assess_json(file, "2026-11-23");
      CHECK(a.flow.node->id == "ask_exception");
      CHECK(a.scheme("fastholdelsesfleksjob")->status == Status::unknown);
      CHECK_THAT(next_text(file, a), Catch::Contains("exception") && Catch::Contains("municipality"));
      check_flow_agrees(file, "2026-11-23");
    }
  }
}

TEST_CASE("step 7 No with both ways out known not to apply: keep documenting until the date the 12 months are met", "[flow][step7]") {
  json facts = to_step_7({{"tried_12_months", false}, {"birth_date", "1980-01-01"}, {"exception_event_told", false}});
  SECTION("the date comes from the first agreement on special terms") {
    std::string file = case_json(facts, json::array({complete_agreement("a1", "2026-06-01")}));
    Assessment a = assess_json(file, "2026-11-23");
    CHECK(a.flow.node->id == "keep_documenting");
    CHECK_THAT(next_text(file, a), Catch::Contains("01-06-2027") && Catch::Contains("Keep trying"));
    // The general flexjob conditions are not known: on the anniversary it cannot be told
    // either, so it cannot be told yet (never "does not apply" for a matter of time).
    CHECK(a.scheme("fastholdelsesfleksjob")->status == Status::unknown);
    check_flow_agrees(file, "2026-11-23");
  }
  SECTION("without such an agreement the step says where the date comes from") {
    std::string file = case_json(facts);
    Assessment a = assess_json(file, "2026-11-23");
    CHECK(a.flow.node->id == "keep_documenting");
    CHECK_THAT(next_text(file, a), Catch::Contains("12 months after the first written agreement"));
    CHECK_THAT(next_text(file, a), !Catch::Contains("{1}"));
  }
}

TEST_CASE("step 7 No with neither way out known: check both, naming what is known", "[flow][step7]") {
  Assessment a = assess_facts(to_step_7({{"tried_12_months", false}, {"exception_event_told", false}}));
  CHECK(a.flow.node->id == "not_always");
  CHECK_THAT(a.flow.node->next.en, Catch::Contains("6 years or less") && Catch::Contains("exception"));
  CHECK(a.flow.node->check_facts == std::vector<std::string>{"more_than_6_years_to_pension", "exception_event_told"});
}

TEST_CASE("step 7 is answered from the record: the 12 months are met on the anniversary of the first agreement on special terms",
          "[flow][step7][record]") {
  json log = json::array({complete_agreement("a1", "2025-11-22"), complete_agreement("a2", "2026-03-01", "social_chapter")});
  SECTION("on the anniversary: Yes, and a typed No is shown as contradicting the record") {
    std::string file = case_json(to_step_7({{"tried_12_months", false}}), log);
    Assessment a = assess_json(file, "2026-11-22");
    CHECK(a.flow.node->id == "flexjob_contact");
    CHECK(a.flow.from_record != nullptr);
    CHECK(a.flow.record_value == Tri::yes);
    CHECK(a.flow.contradicts);
    CHECK_THAT(next_text(file, a), Catch::Contains("You answered No") && Catch::Contains("22-11-2025") && Catch::Contains("22-11-2026"));
    check_flow_agrees(file, "2026-11-22");
  }
  SECTION("the day before: No, and a typed Yes never sends the manager to the flexjob") {
    std::string file = case_json(to_step_7({{"tried_12_months", true}, {"birth_date", "1980-01-01"}, {"exception_event_told", false}}), log);
    Assessment a = assess_json(file, "2026-11-21");
    CHECK(a.flow.record_value == Tri::no);
    CHECK(a.flow.contradicts);
    CHECK(a.flow.node->id == "keep_documenting");
    CHECK_THAT(next_text(file, a), Catch::Contains("You answered Yes") && Catch::Contains("22-11-2026"));
    const SchemeResult* ffj = a.scheme("fastholdelsesfleksjob");
    CHECK(ffj->status == Status::unknown);  // the general flexjob conditions are not known
    CHECK(contains(ffj->missing, "permanent_substantial_limitation"));
    check_flow_agrees(file, "2026-11-21");
  }
  SECTION("the record answers, so the question is never asked") {
    std::string file = case_json(to_step_7(), log);
    Case c = parse_case(file, kb());
    Assessment a = assess(kb(), c, day("2026-11-22"));
    CHECK_FALSE(a.flow.contradicts);
    auto items = interview_items(kb(), c, a);
    for (const auto& item : items)
      if (item.id == "tried_12_months") CHECK(item.answered);
  }
  SECTION("an agreement on ordinary terms does not start the 12 months") {
    std::string file = case_json(to_step_7(), json::array({complete_agreement("a1", "2025-01-01", "ordinary")}));
    CHECK(assess_json(file, "2026-11-23").flow.node->id == "tried_12_months");
  }
}

TEST_CASE("a flowchart outcome never recommends a scheme that does not apply", "[flow][step7]") {
  std::string file = case_json(to_step_7({{"tried_12_months", true}, {"receives_pension", true}}));
  Assessment a = assess_json(file, "2026-11-23");
  CHECK(a.scheme("fastholdelsesfleksjob")->status == Status::does_not_apply);
  CHECK(a.flow.node->id == "flexjob_not_met");
  REQUIRE(a.flow.skipped != nullptr);
  CHECK(a.flow.skipped->id == "flexjob_contact");
  check_flow_agrees(file, "2026-11-23");
}

TEST_CASE("every example's flowchart agrees with its schemes and its record", "[flow][examples]") {
  for (const auto& entry : std::filesystem::directory_iterator(std::string(FASTHOLD_SOURCE_DIR) + "/examples")) {
    std::ifstream in(entry.path());
    std::string text((std::istreambuf_iterator<char>(in)), {});
    INFO(entry.path().filename().string());
    check_flow_agrees(text, "2026-11-23");
  }
}

TEST_CASE("the examples show step 7's three branches and the record's answer", "[flow][examples][step7]") {
  auto node_of = [](const char* name) {
    std::ifstream in(std::string(FASTHOLD_SOURCE_DIR) + "/examples/" + name);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    return assess_json(text, "2026-11-23");
  };
  CHECK(node_of("04-near-pension.json").flow.node->id == "flexjob_near_pension");
  CHECK(node_of("10-step7-exception.json").flow.node->id == "ask_exception");
  Assessment keep = node_of("11-step7-keep-documenting.json");
  CHECK(keep.flow.node->id == "keep_documenting");
  CHECK(keep.flow.contradicts);
  CHECK(keep.scheme("fastholdelsesfleksjob")->status == Status::not_yet);
  Assessment anniversary = node_of("12-step7-anniversary.json");
  CHECK(anniversary.flow.node->id == "flexjob_contact");
  CHECK(anniversary.flow.record_value == Tri::yes);
  CHECK(anniversary.flow.contradicts);
}

TEST_CASE("edges whose Yes/No reading is ours are marked as interpretation", "[flow][data]") {
  for (const auto& n : kb().flow_nodes)
    if (n.kind == "decision") CHECK_FALSE(n.cite.interpretation.empty());
}
