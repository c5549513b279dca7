// The page's logic without a browser: navigation, autosave, import, deletion.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "platform/platform_native.hpp"
#include "engine/store.hpp"
#include "ui/app_state.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;
namespace native = fasthold::platform::native;

namespace {
AppState fresh() {
  native::reset();
  return start_app(kb());
}
}  // namespace

TEST_CASE("app: a new case opens at preparation and is saved at once", "[ui][app]") {
  AppState s = fresh();
  CHECK(s.screen == Screen::start);
  new_case(kb(), s, "AB");
  CHECK(s.screen == Screen::prepare);
  REQUIRE(native::state().storage.count(cases_key) == 1);
  CHECK(native::state().storage[cases_key].find("\"AB\"") != std::string::npos);
}

TEST_CASE("app: the interview follows the answers, Back returns, and a reload restores everything", "[ui][app]") {
  AppState s = fresh();
  new_case(kb(), s, "AB");
  mark_step_done(kb(), s, "prepare");
  start_interview(kb(), s);
  CHECK(s.item == "flow:dialogue");
  continue_from(kb(), s);
  CHECK(s.item == "flow:job_cause");
  // Passing an action acknowledges the step; it stores no answer.
  CHECK(current_case(s)->steps_done == std::set<std::string>{"prepare", "dialogue"});
  CHECK(current_case(s)->facts.empty());
  answer_fact(kb(), s, "job_causes_absence", false);
  CHECK(s.item == "flow:reduce_absence");  // the outcome is shown first
  continue_from(kb(), s);
  CHECK(s.item == "fact:first_absence_day");
  answer_fact(kb(), s, "first_absence_day", *parse_iso_date("2026-11-02"));
  CHECK(s.item == "fact:employment_start");
  s.announcements.clear();
  go_back(kb(), s);
  CHECK(s.item == "fact:first_absence_day");
  // Back reads out the question it returns to, as Continue does.
  REQUIRE(s.announcements.size() == 1);
  CHECK(s.announcements[0] == kb().fact("first_absence_day")->question.da);
  // A reload: the state comes back from storage alone.
  AppState again = start_app(kb());
  REQUIRE(again.cases.size() == 1);
  CHECK(again.current == 0);
  CHECK(std::get<Date>(again.cases[0].facts.at("first_absence_day")) == *parse_iso_date("2026-11-02"));
  CHECK(std::get<bool>(again.cases[0].facts.at("job_causes_absence")) == false);
}

TEST_CASE("app: 'don't know yet' moves on and is kept", "[ui][app]") {
  AppState s = fresh();
  new_case(kb(), s, "AB");
  answer_fact(kb(), s, "job_causes_absence", false);
  start_interview(kb(), s);
  continue_from(kb(), s);  // past the outcome
  REQUIRE(s.item == "fact:first_absence_day");
  answer_not_yet(kb(), s, "first_absence_day");
  CHECK(s.item == "fact:employment_start");
  CHECK(start_app(kb()).cases[0].not_known_yet.count("first_absence_day") == 1);
}

TEST_CASE("app: changing an answer keeps the others and reports what changed", "[ui][app]") {
  AppState s = fresh();
  new_case(kb(), s, "AB");
  answer_fact(kb(), s, "can_work_partly", true);
  answer_fact(kb(), s, "absence_hours_per_week", 3.0);
  CHECK(s.assessment->scheme("partial_sick_leave")->status == Status::does_not_apply);
  jump_to_fact(kb(), s, "absence_hours_per_week");
  CHECK(s.item == "fact:absence_hours_per_week");
  answer_fact(kb(), s, "absence_hours_per_week", 6.0);
  CHECK(s.assessment->scheme("partial_sick_leave")->status == Status::applies);
  CHECK(std::find(s.changed.begin(), s.changed.end(), "partial_sick_leave") != s.changed.end());
  CHECK(std::get<bool>(current_case(s)->facts.at("can_work_partly")));
}

TEST_CASE("app: storage that refuses is reported, and the work stays on screen", "[ui][app][storage]") {
  native::reset();
  native::state().storage_available = false;
  AppState s = start_app(kb());
  CHECK(s.storage_problem == "unavailable");
  new_case(kb(), s, "AB");
  CHECK(s.cases.size() == 1);
  CHECK(s.storage_problem == "unavailable");
  CHECK_FALSE(export_case(kb(), s).empty());  // the export is offered instead
}

TEST_CASE("app: stored data that cannot be read is kept aside, never discarded", "[ui][app][storage]") {
  native::reset();
  native::state().storage[cases_key] = "{broken";
  AppState s = start_app(kb());
  CHECK(s.cases.empty());
  CHECK(aside_state(s.unreadable).items == 1);
  CHECK(nlohmann::json::parse(native::state().storage[unreadable_key])["items"][0]["text"] == "{broken");
}

TEST_CASE("app: import validates first and never overwrites without asking", "[ui][app][import]") {
  AppState s = fresh();
  new_case(kb(), s, "AB");
  std::string before = native::state().storage[cases_key];
  import_case(kb(), s, case_json({{"birth_date", "1980-02-31"}}));
  // In the page's language: Danish by default.
  CHECK(s.import_error == "/facts/birth_date: \"1980-02-31\" er ikke en rigtig dato (ÅÅÅÅ-MM-DD)");
  CHECK(native::state().storage[cases_key] == before);
  import_case(kb(), s, "{\"format\": ");
  CHECK(s.import_error == "Filen er ikke en sagsfil, Fasthold kan læse (læsningen stoppede ved tegn nr. 12)");
  s.lang = Lang::en;
  import_case(kb(), s, case_json({{"birth_date", "1980-02-31"}}));
  CHECK(s.import_error == "/facts/birth_date: \"1980-02-31\" is not a real date (YYYY-MM-DD)");
  s.lang = Lang::da;
  CHECK(s.cases.size() == 1);

  std::string file = export_case(kb(), s);
  import_case(kb(), s, file);  // same nickname
  REQUIRE(s.import_pending.has_value());
  CHECK(s.cases.size() == 1);
  confirm_import(kb(), s, false);
  CHECK(s.cases.size() == 2);
  CHECK(s.cases[1].nickname == "AB (" + kb().text("imported", Lang::da) + ")");
}

TEST_CASE("app: deleting everything leaves nothing of ours in storage", "[ui][app][storage]") {
  AppState s = fresh();
  new_case(kb(), s, "AB");
  set_language(kb(), s, Lang::en);
  set_high_contrast(kb(), s, true);
  delete_everything(kb(), s);
  for (const auto& [key, value] : native::state().storage) CHECK(key.rfind("fasthold", 0) != 0);
  CHECK(s.cases.empty());
}

TEST_CASE("app: a consultant's link in the fragment names the jobcenter; #lang=en switches", "[ui][app][link]") {
  native::reset();
  native::state().fragment = "lang=en&jc=Jobcenter+Hedensted&tel=79+75+54+00&evil=%3Cscript%3E";
  AppState s = start_app(kb());
  CHECK(s.lang == Lang::en);
  REQUIRE(s.link.present());
  CHECK(s.link.contact.name == "Jobcenter Hedensted");
  CHECK_FALSE(jobcenter(s).has_value());  // offered, not kept: no case chose it
  REQUIRE(s.link.ignored.size() == 1);
  CHECK(s.link.ignored[0].key == "evil");
}

TEST_CASE("app: a record entry is checked like a file before it is saved", "[ui][app][record]") {
  AppState s = fresh();
  new_case(kb(), s, "AB");
  LogEntry bad;
  bad.id = "x";
  bad.kind = "agreement";
  bad.date = *parse_iso_date("2026-03-01");
  bad.follow_up_date = *parse_iso_date("2026-02-01");
  auto err = entry_error(kb(), *current_case(s), bad, std::nullopt, Lang::da);
  REQUIRE(err.has_value());
  CHECK_THAT(*err, Catch::Contains("follow_up_date") && Catch::Contains("ligger før selve aftalens dato 2026-03-01"));
  auto err_en = entry_error(kb(), *current_case(s), bad, std::nullopt, Lang::en);
  REQUIRE(err_en.has_value());
  CHECK_THAT(*err_en, Catch::Contains("is before the agreement's own date 2026-03-01"));
  LogEntry good = bad;
  good.id.clear();
  good.follow_up_date = *parse_iso_date("2026-04-01");
  add_entry(kb(), s, good);
  REQUIRE(current_case(s)->log.size() == 1);
  CHECK(current_case(s)->log[0].id == "a1");
  CHECK(start_app(kb()).cases[0].log.size() == 1);
}

TEST_CASE("app: a file above 2 MB is refused unread, saying the limit and why; the stored cases stay", "[ui][app][import]") {
  AppState s = fresh();
  new_case(kb(), s, "AB");
  std::string before = native::state().storage[cases_key];
  platform::open_file_picker(max_import_bytes);
  CHECK(native::state().picker_max_bytes == max_import_bytes);
  native::state().opened_file = std::string(3 << 20, ' ');
  auto file = platform::take_opened_file();
  REQUIRE(file.has_value());
  CHECK_FALSE(file->text.has_value());
  import_file(kb(), s, *file);
  CHECK(s.import_error == "Filen fylder 3,0 MB, mere end de 2 MB, Fasthold læser: alle sager gemmes i browserens lager, "
                          "som rummer omkring 5 MB i alt, og en rigtig sagsfil er langt mindre");
  CHECK(native::state().storage[cases_key] == before);
  // The same limit holds for text that reaches import_case another way.
  s.lang = Lang::en;
  import_case(kb(), s, std::string(3 << 20, ' '));
  CHECK_THAT(s.import_error, Catch::StartsWith("The file is 3.0 MB, more than the 2 MB Fasthold reads"));
  CHECK(s.cases.size() == 1);
}

TEST_CASE("app: opening a case again says which scheme a newer knowledge base moved, from what to what, and why", "[ui][app][since]") {
  AppState s = fresh();
  new_case(kb(), s, "AB");
  answer_fact(kb(), s, "treatment_decided_at_hiring", true);
  CHECK(s.since_last_opened.empty());
  // The stored case last showed §56 as "cannot tell yet" under an older knowledge base.
  auto& stored = native::state().storage[cases_key];
  nlohmann::json store = nlohmann::json::parse(stored);
  auto& shown = store["cases"][0]["last_shown"];
  REQUIRE(shown["statuses"]["s56"] == "applies");
  shown["kb_version"] = "0.9.0";
  shown["statuses"]["s56"] = "unknown";
  stored = store.dump();
  AppState again = start_app(kb());
  REQUIRE(again.since_last_opened.size() == 1);
  CHECK(again.since_last_opened[0].scheme == "s56");
  CHECK(again.since_last_opened[0].from == Status::unknown);
  CHECK(again.since_last_opened[0].to == Status::applies);
  CHECK_THAT(again.since_last_opened[0].why, Catch::Contains("0.9.0"));
  // A screen reader hears it too.
  bool said = false;
  for (const auto& a : again.announcements) said = said || a.find("Siden du sidst åbnede sagen") != std::string::npos;
  CHECK(said);
  // Said once: the case now remembers what it showed.
  AppState third = start_app(kb());
  CHECK(third.since_last_opened.empty());
  open_case(kb(), third, 0);
  CHECK(third.since_last_opened.empty());
}
