// The overview of every case (engine/overview.hpp), closing a case, the question to keep the
// file and delete a case closed long enough, and the one calendar for all open cases.
#include <algorithm>

#include "engine/documents.hpp"
#include "engine/overview.hpp"
#include "engine/report.hpp"
#include "helpers.hpp"

#ifdef FASTHOLD_HAVE_LIBICAL
#include <libical/ical.h>
#endif

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

namespace {

// A case whose one deadline is its agreement's follow-up (none when follow_up is null).
json case_doc(const std::string& nickname, const char* follow_up, json closed = nullptr) {
  json entry = {{"id", "a1"}, {"date", "2026-10-01"}, {"kind", "agreement"},
                {"adapted_text", "Hemmelig aftaletekst om skulderen"}, {"expected_effect", "Mindre fravær"}};
  if (follow_up) entry["follow_up_date"] = follow_up;
  json doc = {{"format", "fasthold-case"}, {"version", 1}, {"nickname", nickname}, {"facts", json::object()},
              {"absence_periods", json::array()}, {"log", json::array({entry})}};
  if (!closed.is_null()) doc["closed"] = closed;
  return doc;
}
Case make_case(const std::string& nickname, const char* follow_up, json closed = nullptr) {
  return parse_case(case_doc(nickname, follow_up, closed).dump(), kb());
}
std::vector<std::string> names(const std::vector<OverviewRow>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(r.nickname);
  return out;
}
std::string parse_error(const json& doc) {
  try {
    parse_case(doc.dump(), kb());
  } catch (const InputError& e) {
    return e.pointer;
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("the overview puts overdue deadlines first, then the nearest, then cases with none, then closed ones", "[overview]") {
  std::vector<Case> cases = {make_case("Anna", "2026-12-20"), make_case("Bo", "2026-11-20"), make_case("Carl", "2026-12-04"),
                             make_case("Dorte", nullptr), make_case("Eva", "2026-12-02", {{"on", "2026-11-15"}, {"reason", "back_at_work"}}),
                             make_case("Frank", "2026-11-25")};
  auto rows = overview_rows(kb(), cases, day("2026-12-01"), Lang::da);
  CHECK(names(rows) == std::vector<std::string>{"Bo", "Frank", "Carl", "Anna", "Dorte", "Eva"});  // the most overdue first
  CHECK(rows[0].overdue);
  CHECK(rows[0].next_words == "overskredet");
  CHECK(rows[1].overdue);
  CHECK_FALSE(rows[2].overdue);
  CHECK(rows[2].next_words == "om 3 dage");
  CHECK(rows[2].next->id == "follow_up_date");
  CHECK(format_iso(*rows[2].next_date) == "2026-12-04");
  CHECK(rows[3].next_words == "om 19 dage");
  CHECK(rows[4].next == nullptr);
  CHECK(rows[2].state == "Åben");
  CHECK(rows[2].position.rfind("Trin ", 0) == 0);
  CHECK(rows[0].index == 1);  // the row names the case it came from
  CHECK(rows[1].index == 5);
}

TEST_CASE("a deadline in words: overdue, today, tomorrow, in N days, in both languages", "[overview]") {
  Date on = day("2026-12-01");
  CHECK(days_in_words(kb(), day("2026-11-30"), on, Lang::da) == "overskredet");
  CHECK(days_in_words(kb(), on, on, Lang::da) == "i dag");
  CHECK(days_in_words(kb(), day("2026-12-02"), on, Lang::da) == "i morgen");
  CHECK(days_in_words(kb(), day("2026-12-31"), on, Lang::da) == "om 30 dage");
  CHECK(days_in_words(kb(), day("2026-11-30"), on, Lang::en) == "overdue");
  CHECK(days_in_words(kb(), on, on, Lang::en) == "today");
  CHECK(days_in_words(kb(), day("2026-12-04"), on, Lang::en) == "in 3 days");
}

TEST_CASE("the overview in English names the state, the deadline and the step in English", "[overview]") {
  std::vector<Case> cases = {make_case("Anna", "2026-12-04"), make_case("Bo", nullptr, {{"on", "2026-11-15"}, {"reason", "left_company"}})};
  auto rows = overview_rows(kb(), cases, day("2026-12-01"), Lang::en);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].state == "Open");
  CHECK(rows[0].next_words == "in 3 days");
  CHECK(rows[0].position.rfind("Step ", 0) == 0);
  CHECK(rows[1].state == "Closed 15-11-2026: Has left the company");
  auto da = overview_rows(kb(), cases, day("2026-12-01"), Lang::da);
  CHECK(da[1].state == "Lukket 15-11-2026: Har forladt virksomheden");
}

TEST_CASE("the overview holds no row for no case, one for one case and 200 for 200, in order", "[overview]") {
  CHECK(overview_rows(kb(), {}, day("2026-12-01"), Lang::da).empty());
  CHECK(overview_to_text(kb(), {}, Lang::da) == "Du har ingen sager endnu.\n");
  auto one = overview_rows(kb(), {make_case("Anna", "2026-12-04")}, day("2026-12-01"), Lang::da);
  REQUIRE(one.size() == 1);
  CHECK(one[0].nickname == "Anna");
  std::vector<Case> many;
  for (int i = 0; i < 200; ++i) {
    std::string date = format_iso(add_days(day("2026-11-01"), (i * 37) % 90));
    many.push_back(make_case("Sag " + std::to_string(i), date.c_str()));
  }
  auto rows = overview_rows(kb(), many, day("2026-12-01"), Lang::da);
  REQUIRE(rows.size() == 200);
  std::vector<size_t> seen;
  for (size_t i = 0; i < rows.size(); ++i) {
    seen.push_back(rows[i].index);
    if (i) CHECK(days_between(*rows[i - 1].next_date, *rows[i].next_date) >= 0);
  }
  std::sort(seen.begin(), seen.end());
  CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
  CHECK(rows.front().overdue);
  CHECK_FALSE(rows.back().overdue);
}

TEST_CASE("a closed case keeps its record, and its deadlines stop from the day it was closed", "[overview][closed]") {
  Case c = make_case("Anna", "2026-11-20", {{"on", "2026-12-01"}, {"reason", "scheme_started"}});
  REQUIRE(c.closed);
  CHECK(c.log.size() == 1);
  CHECK_FALSE(is_closed_on(c, day("2026-11-30")));
  CHECK(is_closed_on(c, day("2026-12-01")));
  // The day before it was closed the follow-up was overdue; from the closing it is gone.
  CHECK(deadline_lines(kb(), c, assess(kb(), c, day("2026-11-30"))).size() == 1);
  CHECK(deadline_lines(kb(), c, assess(kb(), c, day("2026-12-01"))).empty());
  CHECK(calendar_ics(kb(), c, assess(kb(), c, day("2026-12-01")), Lang::da).find("BEGIN:VEVENT") == std::string::npos);
  auto rows = overview_rows(kb(), {c}, day("2026-12-01"), Lang::da);
  CHECK(rows[0].closed);
  CHECK(rows[0].next == nullptr);
  CHECK(rows[0].state == "Lukket 01-12-2026: Fleksjob eller en anden ordning er begyndt");
}

TEST_CASE("closing and reopening: the case file keeps closed with its date and reason, read strictly", "[overview][closed][case_file]") {
  Case c = make_case("Anna", "2026-12-04", {{"on", "2026-12-01"}, {"reason", "other"}, {"put_off", "2027-03-01"}});
  Case again = parse_case(write_case(c, kb()), kb());
  REQUIRE(again.closed);
  CHECK(*again.closed == *c.closed);
  CHECK(json::parse(write_case(c, kb()))["closed"] == json{{"on", "2026-12-01"}, {"reason", "other"}, {"put_off", "2027-03-01"}});
  c.closed.reset();  // reopened: the file says nothing of the closing
  CHECK_FALSE(json::parse(write_case(c, kb())).contains("closed"));
  CHECK_FALSE(parse_case(write_case(c, kb()), kb()).closed);
  for (const char* reason : kCloseReasons)
    CHECK(parse_error(case_doc("A", nullptr, {{"on", "2026-12-01"}, {"reason", reason}})) == "(no error)");
  CHECK(parse_error(case_doc("A", nullptr, {{"on", "2026-12-01"}, {"reason", "tired"}})) == "/closed/reason");
  CHECK(parse_error(case_doc("A", nullptr, {{"on", "2026-12-01"}})) == "/closed/reason");
  CHECK(parse_error(case_doc("A", nullptr, {{"on", "2026-02-30"}, {"reason", "other"}})) == "/closed/on");
  CHECK(parse_error(case_doc("A", nullptr, {{"on", "2026-12-01"}, {"reason", "other"}, {"why", "x"}})) == "/closed/why");
  CHECK(parse_error(case_doc("A", nullptr, {{"on", "2026-12-01"}, {"reason", "other"}, {"put_off", "2026-11-30"}})) == "/closed/put_off");
  CHECK(parse_error(case_doc("A", nullptr, "2026-12-01")) == "/closed");
}

TEST_CASE("the keep period is a dated row of ours, cited with GDPR art. 5(1)(e)", "[overview][retention]") {
  for (const char* id : {"closed_case_keep_days", "closed_case_put_off_days"}) {
    const Threshold* t = kb().threshold(id);
    REQUIRE(t != nullptr);
    CHECK(t->unit == "days");
    CHECK(t->valid.last_checked.has_value());
    CHECK(t->cite.source == "gdpr");
    CHECK(t->cite.where.find("Art. 5, stk. 1, litra e") != std::string::npos);
    CHECK(t->cite.interpretation.find("vores valg, ikke en frist i loven") != std::string::npos);
    REQUIRE(kb().source("gdpr") != nullptr);
  }
}

TEST_CASE("the question to keep the file and delete the case comes on the day the keep period ends, not the day before", "[overview][retention]") {
  int keep = int(kb().threshold_value("closed_case_keep_days"));
  int put_off = int(kb().threshold_value("closed_case_put_off_days"));
  Date closed_on = day("2026-09-01");
  Case c = make_case("Anna", nullptr, {{"on", format_iso(closed_on)}, {"reason", "back_at_work"}});
  Date ends = add_days(closed_on, keep);
  CHECK(*retention_due_on(kb(), c, ends) == ends);
  CHECK_FALSE(retention_question_due(kb(), c, add_days(ends, -1)));
  CHECK(retention_question_due(kb(), c, ends));
  CHECK(retention_question_due(kb(), c, add_days(ends, 10)));
  CHECK_FALSE(overview_rows(kb(), {c}, add_days(ends, -1), Lang::da)[0].retention_due);
  CHECK(overview_rows(kb(), {c}, ends, Lang::da)[0].retention_due);
  CHECK(retention_can_put_off(c));
  // "Senere" once: asked again put_off days later, and not put off a second time.
  c.closed->put_off = ends;
  CHECK_FALSE(retention_question_due(kb(), c, add_days(ends, put_off - 1)));
  CHECK(retention_question_due(kb(), c, add_days(ends, put_off)));
  CHECK_FALSE(retention_can_put_off(c));
  // An open case is never asked.
  CHECK_FALSE(retention_due_on(kb(), make_case("Bo", nullptr), ends));
}

TEST_CASE("one calendar holds every open case's deadlines, named by nickname and deadline only", "[overview][ics]") {
  Case with_interview = make_case("Carl", "2026-12-10");
  with_interview.absence_periods.push_back({day("2026-11-10"), std::nullopt});
  std::vector<Case> cases = {make_case("Anna", "2026-12-04"), make_case("Bo", "2026-11-20"), with_interview,
                             make_case("Eva", "2026-12-02", {{"on", "2026-11-15"}, {"reason", "back_at_work"}})};
  Date on = day("2026-12-01");
  std::string ics = overview_calendar_ics(kb(), cases, on, Lang::da);
  size_t expected = 0;
  for (size_t i = 0; i < 3; ++i)
    for (const auto& l : deadline_lines(kb(), cases[i], assess(kb(), cases[i], on))) expected += l.info->id != "pension_date";
  CHECK(expected >= 4);
  CHECK(ics.find("Hemmelig") == std::string::npos);  // nothing typed in a case beyond its nickname
  CHECK(ics.find("Mindre frav") == std::string::npos);
  CHECK(ics.find("Eva") == std::string::npos);  // closed: its deadlines stopped
  for (const auto& word : kb().diagnosis_words) CHECK(ics.find(word) == std::string::npos);
  CHECK(overview_calendar_ics(kb(), cases, on, Lang::en).find("Follow") != std::string::npos);
#ifdef FASTHOLD_HAVE_LIBICAL
  icalcomponent* cal = icalparser_parse_string(ics.c_str());
  REQUIRE(cal != nullptr);
  CHECK(icalcomponent_count_errors(cal) == 0);
  std::vector<std::string> summaries, uids;
  for (icalcomponent* ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
       ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    summaries.push_back(icalcomponent_get_summary(ev));
    uids.push_back(icalcomponent_get_uid(ev));
  }
  icalcomponent_free(cal);
  CHECK(summaries.size() == expected);
  for (const auto& s : summaries) {
    bool named = s.rfind("Fasthold \u2013 Anna: ", 0) == 0 || s.rfind("Fasthold \u2013 Bo: ", 0) == 0 || s.rfind("Fasthold \u2013 Carl: ", 0) == 0;
    CHECK(named);
  }
  std::sort(uids.begin(), uids.end());
  CHECK(std::adjacent_find(uids.begin(), uids.end()) == uids.end());
  icalcomponent* empty = icalparser_parse_string(overview_calendar_ics(kb(), {}, on, Lang::da).c_str());
  REQUIRE(empty != nullptr);
  CHECK(icalcomponent_count_components(empty, ICAL_VEVENT_COMPONENT) == 0);
  icalcomponent_free(empty);
#endif
}

TEST_CASE("the overview as JSON: the same rows, with the deadline, the step and the closing", "[overview]") {
  std::vector<Case> cases = {make_case("Anna", "2026-12-04"), make_case("Bo", nullptr, {{"on", "2026-09-01"}, {"reason", "other"}})};
  Date on = day("2026-12-01");
  json j = overview_to_json(kb(), cases, overview_rows(kb(), cases, on, Lang::da), on, Lang::da);
  REQUIRE(j["rows"].size() == 2);
  CHECK(j["rows"][0]["nickname"] == "Anna");
  CHECK(j["rows"][0]["state"] == "open");
  CHECK(j["rows"][0]["next_deadline"]["date"] == "2026-12-04");
  CHECK(j["rows"][0]["next_deadline"]["in_words"] == "om 3 dage");
  CHECK(j["rows"][1]["next_deadline"].is_null());
  CHECK(j["rows"][1]["closed"]["reason"] == "other");
  CHECK(j["rows"][1]["closed"]["retention_question"] == true);
  CHECK(j["rows"][1]["closed"]["can_put_off"] == true);
}
