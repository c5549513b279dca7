#include "engine/interview.hpp"
#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

namespace {
std::vector<InterviewItem> items_for(const json& facts) {
  Case c = parse_case(case_json(facts), kb());
  return interview_items(kb(), c, assess(kb(), c, day("2026-11-23")));
}
const InterviewItem& next(const std::vector<InterviewItem>& items) {
  size_t i = next_unanswered(items);
  REQUIRE(i < items.size());
  return items[i];
}
}  // namespace

TEST_CASE("the interview starts with preparation and follows the flowchart", "[interview]") {
  CHECK(next(items_for(json::object())).id == "prepare");
  // An older case file's answers "prepared" and "dialogue_held" read as the steps done.
  CHECK(next(items_for({{"prepared", true}, {"dialogue_held", true}})).id == "job_cause");
  CHECK(next(items_for({{"prepared", true}, {"dialogue_held", true}, {"job_causes_absence", true}})).id == "needs_adaptation");
}

TEST_CASE("after the flowchart come the facts, first about the employee and the absence", "[interview]") {
  auto items = items_for({{"job_causes_absence", false}});
  const InterviewItem& n = next(items);
  CHECK(n.kind == InterviewItem::Kind::fact);
  CHECK(n.id == "first_absence_day");
}

TEST_CASE("'don't know yet' moves the interview on and is remembered", "[interview]") {
  Case c = parse_case(case_json({{"job_causes_absence", false}, {"first_absence_day", nullptr}}), kb());
  CHECK(c.not_known_yet.count("first_absence_day") == 1);
  auto items = interview_items(kb(), c, assess(kb(), c, day("2026-11-23")));
  CHECK(next(items).id == "employment_start");
  CHECK(write_case(c, kb()).find("\"first_absence_day\": null") != std::string::npos);
}

TEST_CASE("a question no scheme needs any more is skipped", "[interview]") {
  auto items = items_for({{"job_causes_absence", false}, {"needs_extraordinary_introduction", false}});
  bool asks_mentor = false;
  for (const auto& i : items) asks_mentor = asks_mentor || i.id == "mentor_decisive";
  CHECK_FALSE(asks_mentor);
  auto open = items_for({{"job_causes_absence", false}});
  bool asks_mentor_open = false;
  for (const auto& i : open) asks_mentor_open = asks_mentor_open || i.id == "mentor_decisive";
  CHECK(asks_mentor_open);
}

TEST_CASE("every fact any scheme needs can be reached by the interview", "[interview][data]") {
  std::set<std::string> asked;
  for (const auto& sec : kb().interview) asked.insert(sec.facts.begin(), sec.facts.end());
  std::function<void(const Condition&)> walk = [&](const Condition& c) {
    if (c.kind == Condition::Kind::fact) {
      const Fact* f = kb().fact(c.fact);
      if (f->derived_from.empty() && f->step_node.empty()) CHECK(asked.count(c.fact) == 1);
    }
    for (const auto& ch : c.children) walk(ch);
  };
  for (const auto& s : kb().schemes) {
    walk(s.condition);
    if (s.track.condition) walk(*s.track.condition);
    if (s.renewal.condition) walk(*s.renewal.condition);
  }
}
