// Every path of the flowchart to its outcome, walked through the page's own controls (the
// radios, "Gem og fortsæt", the record's form): each step's heading, the outcome's heading,
// and the answers stored in the case. The browser walks one path (tests/e2e/run.mjs); the
// others are walked here, where a path takes milliseconds instead of half a minute.
#include <catch2/catch.hpp>

#include "ui/app_state.hpp"
#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::test;
using R = ui::sem::Role;

namespace {

const std::string& title_of(const char* node) {
  const FlowNode* n = kb().flow_node(node);
  REQUIRE(n != nullptr);
  return n->title.in(Lang::da);
}

// A step of a path: the control pressed, then the flowchart node whose heading shows next.
struct Step {
  const char* press;  // a radio (answered with "Gem og fortsæt"), or "write_agreement"
  const char* next;
};
struct Path {
  const char* outcome;
  std::vector<Step> steps;
  std::vector<std::pair<const char*, bool>> facts;
};

// An agreement with the four parts in the record, written through its form; then back to the interview.
void write_agreement(Page& p) {
  p.activate("write_in_record");
  p.activate("add_agreement");
  p.type("entry_date", "01-10-2026");
  p.activate("ad_shift_plan");
  p.type("expected_effect", "Mindre fravær");
  p.type("follow_up_date", "01-12-2026");
  p.type("consequences", "Ny samtale");
  p.activate("entry_save");
  REQUIRE(ui::current_case(p.state())->log.size() == 1);
  p.activate("nav_interview");
}

}  // namespace

TEST_CASE("every path of the flowchart to its outcome, through the page's controls", "[ui][flow]") {
  const std::vector<Path> paths = {
      {"reduce_absence", {{"answer_no", "reduce_absence"}}, {{"job_causes_absence", false}}},
      {"reduce_absence", {{"answer_yes", "needs_adaptation"}, {"answer_no", "reduce_absence"}},
       {{"job_causes_absence", true}, {"needs_adaptation", false}}},
      {"success",
       {{"answer_yes", "needs_adaptation"}, {"answer_yes", "write_agreement"}, {"write_agreement", "solution_found"},
        {"answer_yes", "success"}},
       {{"job_causes_absence", true}, {"needs_adaptation", true}, {"solution_found", true}}},
      {"investigate_support",
       {{"answer_yes", "needs_adaptation"}, {"answer_yes", "write_agreement"}, {"write_agreement", "solution_found"},
        {"answer_no", "solution_in_time"}, {"answer_yes", "investigate_support"}},
       {{"solution_found", false}, {"solution_possible_in_time", true}}},
      {"flexjob_contact",
       {{"answer_yes", "needs_adaptation"}, {"answer_yes", "write_agreement"}, {"write_agreement", "solution_found"},
        {"answer_no", "solution_in_time"}, {"answer_no", "tried_12_months"}, {"answer_yes", "flexjob_contact"}},
       {{"solution_found", false}, {"solution_possible_in_time", false}, {"tried_12_months", true}}},
      {"not_always",
       {{"answer_yes", "needs_adaptation"}, {"answer_yes", "write_agreement"}, {"write_agreement", "solution_found"},
        {"answer_no", "solution_in_time"}, {"answer_no", "tried_12_months"}, {"answer_no", "not_always"}},
       {{"solution_found", false}, {"solution_possible_in_time", false}, {"tried_12_months", false}}},
  };
  for (const Path& path : paths) {
    DYNAMIC_SECTION(path.outcome << " in " << path.steps.size() << " steps") {
      Page p;
      p.type("nickname", "MK");
      p.activate("start_new_case");
      p.activate("prepare_done");
      p.activate("continue");
      REQUIRE(p.has(R::heading, title_of("job_cause")));
      for (const Step& step : path.steps) {
        INFO("pressed " << step.press << ", expecting " << step.next);
        if (std::string(step.press) == "write_agreement") write_agreement(p);
        else p.answer(step.press);
        CHECK(p.has(R::heading, title_of(step.next)));
      }
      // The outcome asks nothing more: Continue, no answers.
      CHECK(p.node("continue") != nullptr);
      CHECK(p.node("answer_yes") == nullptr);
      const Case* c = ui::current_case(p.state());
      REQUIRE(c != nullptr);
      for (const auto& [fact, want] : path.facts) {
        INFO(fact);
        REQUIRE(c->facts.count(fact) == 1);
        CHECK(c->facts.at(fact) == FactValue(want));
      }
    }
  }
}
