// The overview on the start page, closing and reopening a case on the settings screen, and the
// question to keep a case closed long enough and delete it, drawn natively (ui_harness.hpp).
#include <chrono>

#include "engine/overview.hpp"
#include "engine/report.hpp"
#include "ui/app_state.hpp"
#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::test;
using namespace fasthold::ui;
using nlohmann::json;

namespace {

Case make_case(const std::string& nickname, const char* follow_up, json closed = nullptr) {
  json entry = {{"id", "a1"}, {"date", "2026-10-01"}, {"kind", "agreement"}, {"adapted_text", "Hemmelig aftaletekst"}};
  if (follow_up) entry["follow_up_date"] = follow_up;
  json doc = {{"format", "fasthold-case"}, {"version", 1}, {"nickname", nickname}, {"log", json::array({entry})}};
  if (!closed.is_null()) doc["closed"] = closed;
  return parse_case(doc.dump(), kb());
}

// The ids of the rows in a list, in reading order.
std::vector<std::string> rows_in(const Page& p, const std::string& list) {
  std::vector<std::string> out;
  const auto& nodes = p.tree().nodes;
  int at = -1;
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].id == list) at = int(i);
  if (at < 0) return out;
  for (size_t i = size_t(at) + 1; i < nodes.size(); ++i) {
    int up = nodes[i].parent;
    while (up >= 0 && up != at) up = nodes[size_t(up)].parent;
    if (up != at) break;
    if (nodes[i].role == sem::Role::button) out.push_back(nodes[i].id);
  }
  return out;
}

void start_with(Page& p, std::vector<Case> cases) {
  p.state().cases = std::move(cases);
  p.state().today = day("2026-12-01");
  go_to(kb(), p.state(), Screen::start);
  p.frames();
}

}  // namespace

TEST_CASE("the start page lists every case, nearest deadline first, each row one button with its headers", "[ui][overview]") {
  Page p;
  start_with(p, {make_case("Anna", "2026-12-20"), make_case("Bo", "2026-11-20"), make_case("Carl", "2026-12-04"),
                 make_case("Eva", nullptr, {{"on", "2026-11-15"}, {"reason", "back_at_work"}})});
  CHECK(p.has(sem::Role::heading, "Dine sager"));
  CHECK(p.has(sem::Role::heading, "Åbne sager (3)"));
  CHECK(p.has(sem::Role::heading, "Lukkede sager (1)"));
  CHECK(rows_in(p, "overview_open") == std::vector<std::string>{"open_case_1", "open_case_2", "open_case_0"});
  CHECK(rows_in(p, "overview_closed") == std::vector<std::string>{"open_case_3"});
  const sem::Node* bo = p.node("open_case_1");
  REQUIRE(bo != nullptr);
  CHECK_THAT(bo->name, Catch::StartsWith("Bo. Næste frist: "));
  CHECK_THAT(bo->name, Catch::Contains("20-11-2026 \u2013 overskredet"));
  CHECK_THAT(bo->name, Catch::Contains("Hvor sagen står: Trin "));
  CHECK_THAT(bo->name, Catch::EndsWith("Åben"));
  CHECK_THAT(p.node("open_case_2")->name, Catch::Contains("om 3 dage"));
  CHECK_THAT(p.node("open_case_3")->name, Catch::EndsWith("Lukket 15-11-2026: Tilbage i arbejde"));
  CHECK(p.node("overview_open")->role == sem::Role::list);
  CHECK(p.node("overview_open")->name == "Åbne sager (3)");
  // A case opens from its row.
  p.activate("open_case_2");
  CHECK(p.state().current == 2);
  CHECK(p.state().screen != Screen::start);
}

TEST_CASE("the overview in English, and on a phone each row fits the screen", "[ui][overview]") {
  Page p(390, 844);
  start_with(p, {make_case("Anna", "2026-12-04")});
  set_language(kb(), p.state(), Lang::en);
  p.frames();
  CHECK(p.has(sem::Role::heading, "Open cases (1)"));
  const sem::Node* row = p.node("open_case_0");
  REQUIRE(row != nullptr);
  CHECK_THAT(row->name, Catch::Contains("Next deadline: "));
  CHECK_THAT(row->name, Catch::Contains("in 3 days"));
  CHECK(row->rect.x >= 0);
  CHECK(row->rect.x + row->rect.w <= 390);
  CHECK(row->rect.h >= 44);  // a finger's target (the columns stack on a phone)
}

TEST_CASE("200 cases: every row listed once, in order, with a unique name", "[ui][overview]") {
  Page p;
  std::vector<Case> cases;
  for (int i = 0; i < 200; ++i) {
    std::string date = format_iso(add_days(day("2026-11-01"), (i * 37) % 90));
    cases.push_back(make_case("Sag " + std::to_string(i), date.c_str()));
  }
  start_with(p, cases);
  auto t0 = std::chrono::steady_clock::now();
  p.frames(1);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  auto rows = rows_in(p, "overview_open");
  REQUIRE(rows.size() == 200);
  std::set<std::string> names;
  for (const auto& id : rows) names.insert(p.node(id)->name);
  CHECK(names.size() == 200);
  CHECK(p.has(sem::Role::heading, "Åbne sager (200)"));
  WARN("one frame of the start page with 200 cases: " << ms << " ms");
}

TEST_CASE("one calendar for all open cases from the start page", "[ui][overview][ics]") {
  Page p;
  start_with(p, {make_case("Anna", "2026-12-04"), make_case("Bo", "2026-12-10"),
                 make_case("Eva", "2026-12-08", {{"on", "2026-11-15"}, {"reason", "other"}})});
  p.activate("overview_calendar");
  auto& downloads = platform::native::state().downloads;
  REQUIRE(downloads.size() == 1);
  CHECK(downloads[0].filename == "fasthold-alle-sager.ics");
  CHECK(downloads[0].mime == "text/calendar");
  CHECK(downloads[0].bytes.find("Anna") != std::string::npos);
  CHECK(downloads[0].bytes.find("Bo") != std::string::npos);
  CHECK(downloads[0].bytes.find("Eva") == std::string::npos);
  CHECK(downloads[0].bytes.find("Hemmelig") == std::string::npos);
  CHECK(p.node("overview_calendar_note") != nullptr);
  CHECK(p.has(sem::Role::paragraph, "Kalenderen er hentet."));
}

TEST_CASE("closing a case on the settings screen: a day, a reason, then reopening", "[ui][overview][closed]") {
  Page p;
  start_with(p, {make_case("Anna", "2026-12-04")});
  open_case(kb(), p.state(), 0);
  go_to(kb(), p.state(), Screen::settings);
  p.frames();
  REQUIRE(p.node("close_case") != nullptr);
  // No reason: an error, and nothing closed.
  p.activate("close_case");
  CHECK_FALSE(p.state().cases[0].closed);
  CHECK(p.state().forms.close.error == "Vælg, hvorfor du lukker sagen.");
  // A day after today: refused, naming the day.
  p.type("close_date", "02-12-2026");
  p.activate("close_reason_back_at_work");
  p.activate("close_case");
  CHECK_FALSE(p.state().cases[0].closed);
  CHECK_THAT(p.state().forms.close.error, Catch::StartsWith("02-12-2026 er efter i dag"));
  p.type("close_date", "30-11-2026");
  p.activate("close_case");
  REQUIRE(p.state().cases[0].closed);
  CHECK(format_iso(p.state().cases[0].closed->on) == "2026-11-30");
  CHECK(p.state().cases[0].closed->reason == "back_at_work");
  CHECK(json::parse(platform::native::state().storage.at(cases_key)).dump().find("\"closed\"") != std::string::npos);
  CHECK(p.state().cases[0].log.size() == 1);  // the record is kept
  CHECK(deadline_lines(kb(), p.state().cases[0], *p.state().assessment).empty());  // its deadlines stop
  CHECK(p.has(sem::Role::paragraph, "Sagen er lukket 30-11-2026: Tilbage i arbejde. Fristerne er stoppet."));
  go_to(kb(), p.state(), Screen::start);
  p.frames();
  CHECK(rows_in(p, "overview_open").empty());
  CHECK(rows_in(p, "overview_closed") == std::vector<std::string>{"open_case_0"});
  CHECK(p.node("overview_calendar") == nullptr);  // no open case: no calendar
  // Reopened: open again, its deadline back.
  open_case(kb(), p.state(), 0);
  go_to(kb(), p.state(), Screen::settings);
  p.frames();
  p.activate("reopen_case");
  CHECK_FALSE(p.state().cases[0].closed);
  CHECK(p.node("close_case_note") != nullptr);
  CHECK(p.has(sem::Role::paragraph, "Sagen er åben igen."));
  go_to(kb(), p.state(), Screen::start);
  p.frames();
  CHECK(rows_in(p, "overview_open") == std::vector<std::string>{"open_case_0"});
}

TEST_CASE("the retention question comes on the day the keep period ends, not the day before", "[ui][overview][retention]") {
  int keep = int(kb().threshold_value("closed_case_keep_days"));
  Date today = day("2026-12-01");
  Page p;
  start_with(p, {make_case("Anna", nullptr, {{"on", format_iso(add_days(today, -keep + 1))}, {"reason", "back_at_work"}})});
  CHECK(p.node("retention_delete_0") == nullptr);
  p.state().cases[0].closed->on = add_days(today, -keep);
  p.frames();
  REQUIRE(p.node("retention_download_0") != nullptr);
  CHECK(p.has(sem::Role::heading, "Tid til at rydde op: Anna"));
  CHECK(p.node("retention_download_0")->name == "Hent sagen til personalemappen: Anna");
  CHECK(p.node("retention_delete_0")->name == "Slet sagen fra browseren: Anna");
  CHECK(p.node("retention_later_0")->name == "Senere: Anna");
}

TEST_CASE("the retention question: download for the personnel file, then delete; Senere only once", "[ui][overview][retention]") {
  Page p;
  start_with(p, {make_case("Anna", nullptr, {{"on", "2026-06-01"}, {"reason", "left_company"}}), make_case("Bo", "2026-12-04")});
  REQUIRE(p.node("retention_later_0") != nullptr);
  p.activate("retention_later_0");
  REQUIRE(p.state().cases[0].closed->put_off);
  CHECK(p.node("retention_later_0") == nullptr);
  int put_off = int(kb().threshold_value("closed_case_put_off_days"));
  CHECK(p.state().message == "Fasthold spørger igen den " + format_danish(add_days(day("2026-12-01"), put_off)) + ".");
  // Asked again when that day comes, without "Senere" this time.
  p.state().today = add_days(day("2026-12-01"), put_off);
  p.frames();
  REQUIRE(p.node("retention_download_0") != nullptr);
  CHECK(p.node("retention_later_0") == nullptr);
  p.activate("retention_download_0");
  auto& downloads = platform::native::state().downloads;
  REQUIRE(downloads.size() == 1);
  CHECK(downloads[0].filename == "fasthold-Anna.json");
  Case back = parse_case(downloads[0].bytes, kb());  // the whole record, closing included
  REQUIRE(back.closed);
  CHECK(back.closed->reason == "left_company");
  CHECK(back.log.size() == 1);
  p.activate("retention_delete_0");
  REQUIRE(p.state().cases.size() == 1);
  CHECK(p.state().cases[0].nickname == "Bo");
  CHECK(p.state().message == "Anna er slettet fra browseren.");
  CHECK(platform::native::state().storage.at(cases_key).find("Anna") == std::string::npos);
  CHECK(p.node("retention_delete_0") == nullptr);
}
