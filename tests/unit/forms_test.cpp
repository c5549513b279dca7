// The screens' forms checked natively: what a manager types, parsed with the page's messages.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "platform/platform_native.hpp"
#include "ui/app_state.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;

namespace {
AppState with_case() {
  platform::native::reset();
  AppState s = start_app(kb());
  new_case(kb(), s, "AB");
  return s;
}
}  // namespace

TEST_CASE("a number is read with a Danish decimal comma or a point, and nothing else", "[ui][forms]") {
  CHECK(parse_number("7,5") == 7.5);
  CHECK(parse_number("7.5") == 7.5);
  CHECK(parse_number(" 37 ") == 37);
  CHECK(!parse_number(""));
  CHECK(!parse_number("7 timer"));
  CHECK(!parse_number("nan"));
  CHECK(!parse_number("1e400"));
}

TEST_CASE("an empty answer means not known yet, as the help says", "[ui][forms]") {
  AppState s = with_case();
  jump_to_fact(kb(), s, "weekly_hours");
  s.forms.answer = {.item = s.item};
  submit_answer(kb(), s, *kb().fact("weekly_hours"));
  CHECK(s.forms.answer.error.empty());
  CHECK(current_case(s)->not_known_yet.count("weekly_hours") == 1);
}

TEST_CASE("a number outside its fact's range is refused with the range from data/", "[ui][forms]") {
  AppState s = with_case();
  const Fact& f = *kb().fact("weekly_hours");
  REQUIRE(f.max.has_value());
  jump_to_fact(kb(), s, f.id);
  s.forms.answer = {.item = s.item, .text = "81"};
  submit_answer(kb(), s, f);
  CHECK(s.forms.answer.error == fill(kb().text("number_range", s.lang), {"0", "80"}));
  CHECK(current_case(s)->facts.count(f.id) == 0);
  s.forms.answer.text = "37,5";
  submit_answer(kb(), s, f);
  CHECK(std::get<double>(current_case(s)->facts.at(f.id)) == 37.5);
}

TEST_CASE("a birth date in the future is refused", "[ui][forms]") {
  AppState s = with_case();
  jump_to_fact(kb(), s, "birth_date");
  s.forms.answer = {.item = s.item, .text = "01-01-2099"};
  submit_answer(kb(), s, *kb().fact("birth_date"));
  CHECK(s.forms.answer.error == kb().text("date_in_future", s.lang));
}

TEST_CASE("a record entry is checked as the case file checks it, and can be edited", "[ui][forms]") {
  AppState s = with_case();
  open_draft(kb(), s, "partial_sick_leave");
  s.forms.draft.hours = "90";
  submit_draft(kb(), s);
  CHECK(!s.forms.draft.error.empty());
  CHECK(current_case(s)->log.empty());
  s.forms.draft.hours = "12,5";
  submit_draft(kb(), s);
  REQUIRE(current_case(s)->log.size() == 1);
  CHECK(current_case(s)->log[0].hours_per_week == 12.5);
  CHECK(!s.forms.draft.open);
  std::string id = current_case(s)->log[0].id;
  edit_draft(kb(), s, id);
  CHECK(s.forms.draft.hours == "12.5");
  s.forms.draft.date = "32-01-2026";
  submit_draft(kb(), s);
  CHECK(s.forms.draft.error == fill(kb().text("date_error", s.lang), {"32-01-2026"}));
  s.forms.draft.date = "05-01-2026";
  submit_draft(kb(), s);
  REQUIRE(current_case(s)->log.size() == 1);
  CHECK(current_case(s)->log[0].id == id);
  CHECK(format_iso(current_case(s)->log[0].date) == "2026-01-05");
}

TEST_CASE("an agreement starts with the adaptations ticked while preparing", "[ui][forms]") {
  AppState s = with_case();
  const std::string first = kb().adaptations.front().id;
  set_checklist(kb(), s, "adapt_" + first, true);
  open_draft(kb(), s, "agreement");
  REQUIRE(s.forms.draft.entry.adapted.size() == 1);
  CHECK(s.forms.draft.entry.adapted[0] == first);
}

TEST_CASE("an absence period needs real days, the last not before the first", "[ui][forms]") {
  AppState s = with_case();
  s.forms.period = {"02-03-2026", "01-03-2026", ""};
  submit_period(kb(), s);
  CHECK(s.forms.period.error == kb().text("period_error", s.lang));
  s.forms.period = {"02-03-2026", "", ""};
  submit_period(kb(), s);
  CHECK(s.forms.period.error.empty());
  CHECK(current_case(s)->absence_periods.size() == 1);
}

TEST_CASE("a document about an entry starts with the newest entry of its kind", "[ui][forms]") {
  AppState s = with_case();
  for (const char* date : {"05-01-2026", "02-03-2026", "10-02-2026"}) {
    open_draft(kb(), s, "follow_up");
    s.forms.draft.date = date;
    submit_draft(kb(), s);
  }
  REQUIRE(current_case(s)->log.size() == 3);
  choose_document(kb(), s, "follow_up_note");
  REQUIRE(document_entry(s).has_value());
  CHECK(format_iso(current_case(s)->log[*document_entry(s)].date) == "2026-03-02");
  // A document about no entry, or a kind with none yet, starts with none.
  choose_document(kb(), s, "jobcenter_summary");
  CHECK(!document_entry(s).has_value());
  choose_document(kb(), s, "agreement");
  CHECK(!document_entry(s).has_value());
}
