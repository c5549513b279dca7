// The reminder to download the case file (engine/backup.hpp, issue 17): after a new agreement
// or follow-up, otherwise at most every backup_reminder_days (data/thresholds.json), never right
// after a download; the day of the last download kept in the case file (last_backup).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "engine/backup.hpp"
#include "helpers.hpp"
#include "platform/platform_native.hpp"
#include "ui/app_state.hpp"
#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;
namespace native = fasthold::platform::native;
using R = fasthold::ui::sem::Role;

namespace {
int every() { return int(kb().threshold_value("backup_reminder_days")); }

Case with_entry() {
  Case c;
  c.nickname = "AB";
  LogEntry e;
  e.id = "n1";
  e.kind = "note";
  e.date = day("2026-10-01");
  e.note = "Samtale holdt";
  c.log.push_back(e);
  return c;
}

LogEntry agreement(const char* on) {
  LogEntry e;
  e.kind = "agreement";
  e.date = day(on);
  e.adapted_text = "Færre løft";
  e.expected_effect = "Mindre fravær";
  e.follow_up_date = day("2026-12-20");
  e.consequences = "Vi taler igen";
  return e;
}
}  // namespace

TEST_CASE("backup: the period is one row in data/, not a number in C++", "[backup][data]") {
  const Threshold* t = kb().threshold("backup_reminder_days");
  REQUIRE(t != nullptr);
  CHECK(t->unit == "days");
  CHECK(t->value == 30);
}

TEST_CASE("backup: the rule: after a new agreement or follow-up; every period; not right after a download", "[backup]") {
  Date today = day("2026-11-23");
  SECTION("a case with nothing in its record is not interrupted") {
    CHECK_FALSE(backup_reminder_due(Case{}, today, false, every()));
    Case answers;
    answers.facts["job_causes_absence"] = true;
    CHECK_FALSE(backup_reminder_due(answers, today, false, every()));
  }
  SECTION("never downloaded, never put off: due") { CHECK(backup_reminder_due(with_entry(), today, false, every())); }
  SECTION("downloaded today: not due, and not until the period has passed") {
    Case c = with_entry();
    c.last_backup = today;
    CHECK_FALSE(backup_reminder_due(c, today, false, every()));
    CHECK_FALSE(backup_reminder_due(c, add_days(today, every() - 1), false, every()));
    CHECK(backup_reminder_due(c, add_days(today, every()), false, every()));
  }
  SECTION("put off (Senere) counts like a download for the period") {
    Case c = with_entry();
    c.last_backup = day("2026-01-01");
    c.backup_reminded = add_days(today, -3);
    CHECK_FALSE(backup_reminder_due(c, today, false, every()));
    CHECK(backup_reminder_due(c, add_days(today, every() - 3), false, every()));
  }
  SECTION("a new agreement or follow-up brings it at once, even after a download today") {
    Case c = with_entry();
    c.last_backup = today;
    CHECK(backup_reminder_due(c, today, true, every()));
    CHECK(entry_brings_backup_reminder("agreement"));
    CHECK(entry_brings_backup_reminder("follow_up"));
    CHECK_FALSE(entry_brings_backup_reminder("note"));
    CHECK_FALSE(entry_brings_backup_reminder("absence_interview"));
  }
}

TEST_CASE("backup: in the app, saving an agreement reminds; a download notes the day and ends it", "[backup][ui][app]") {
  native::reset();
  AppState s = start_app(kb());
  new_case(kb(), s, "AB");
  s.today = day("2026-11-23");
  CHECK_FALSE(backup_reminder_shown(kb(), s));  // nothing typed yet
  add_entry(kb(), s, agreement("2026-11-20"));
  CHECK(backup_reminder_shown(kb(), s));
  download_case_file(kb(), s);
  CHECK_FALSE(backup_reminder_shown(kb(), s));
  REQUIRE(current_case(s)->last_backup == day("2026-11-23"));
  REQUIRE(native::state().downloads.size() == 1);
  const auto& file = native::state().downloads[0];
  CHECK(file.filename == "fasthold-AB.json");
  CHECK(parse_case(file.bytes, kb()).last_backup == day("2026-11-23"));  // the file knows its day
  // Kept: a reload knows the download.
  AppState again = start_app(kb());
  REQUIRE(current_case(again));
  CHECK(current_case(again)->last_backup == day("2026-11-23"));

  LogEntry note;
  note.kind = "note";
  note.date = day("2026-11-23");
  note.note = "Ringede";
  add_entry(kb(), s, note);
  CHECK_FALSE(backup_reminder_shown(kb(), s));  // a note is no new agreement or follow-up
  LogEntry f;
  f.kind = "follow_up";
  f.date = day("2026-11-23");
  f.agreement_id = current_case(s)->log[0].id;
  f.outcome = "Det virker";
  add_entry(kb(), s, f);
  CHECK(backup_reminder_shown(kb(), s));
  dismiss_backup_reminder(kb(), s);  // Senere
  CHECK_FALSE(backup_reminder_shown(kb(), s));
  CHECK(current_case(s)->backup_reminded == day("2026-11-23"));
  s.today = add_days(s.today, every());
  CHECK(backup_reminder_shown(kb(), s));
}

TEST_CASE("backup: the record shows the reminder after a saved agreement; its download ends it", "[backup][ui][screens]") {
  Page p;
  new_case(kb(), p.state(), "Lager");
  go_to(kb(), p.state(), Screen::record);
  p.frames();
  CHECK(p.node("backup_reminder") == nullptr);
  open_draft(kb(), p.state(), "agreement");
  p.frames();
  p.type("entry_date", "20-11-2026");
  p.type("adapted_text", "Færre tunge løft");
  p.type("expected_effect", "Mindre fravær");
  p.type("follow_up_date", "20-12-2026");
  p.type("consequences", "Vi finder en anden løsning");
  p.activate("entry_save");
  REQUIRE(current_case(p.state())->log.size() == 1);
  const sem::Node* r = p.node("backup_reminder");
  REQUIRE(r != nullptr);
  CHECK(r->role == R::region);
  CHECK(r->name == p.text("backup_title"));
  CHECK(p.has(R::paragraph, fill(p.text("backup_text"), {"Lager"})));
  CHECK(p.has(R::button, p.text("backup_later")));
  p.activate("backup_download");
  CHECK(p.node("backup_reminder") == nullptr);
  CHECK(native::state().downloads.size() == 1);
  CHECK(current_case(p.state())->last_backup.has_value());
}

TEST_CASE("backup: Senere on another screen puts it off, kept with the case", "[backup][ui][screens]") {
  Page p;
  new_case(kb(), p.state(), "Lager");
  add_entry(kb(), p.state(), agreement("2026-11-20"));
  go_to(kb(), p.state(), Screen::who_to_call);
  p.frames();
  REQUIRE(p.node("backup_reminder") != nullptr);
  p.activate("backup_later");
  CHECK(p.node("backup_reminder") == nullptr);
  CHECK(current_case(p.state())->backup_reminded == p.state().today);
  CHECK(native::state().downloads.empty());
}

TEST_CASE("backup: last_backup is read strictly and written back; older files without it load", "[backup][case-file]") {
  nlohmann::json doc = nlohmann::json::parse(case_json({}));
  SECTION("absent: an older file") {
    Case c = parse_case(doc.dump(), kb());
    CHECK_FALSE(c.last_backup.has_value());
    CHECK_FALSE(c.backup_reminded.has_value());
  }
  SECTION("round trip") {
    doc["last_backup"] = "2026-11-02";
    doc["backup_reminded"] = "2026-11-20";
    Case c = parse_case(doc.dump(), kb());
    CHECK(c.last_backup == day("2026-11-02"));
    CHECK(c.backup_reminded == day("2026-11-20"));
    Case back = parse_case(write_case(c, kb()), kb());
    CHECK(back.last_backup == c.last_backup);
    CHECK(back.backup_reminded == c.backup_reminded);
  }
  SECTION("not a real day: refused, naming field and value") {
    doc["last_backup"] = "2026-02-30";
    try {
      parse_case(doc.dump(), kb());
      FAIL("accepted 2026-02-30");
    } catch (const InputError& e) {
      CHECK(e.pointer == "/last_backup");
      CHECK_THAT(describe_input_error(kb(), e, Lang::da), Catch::Contains("/last_backup") && Catch::Contains("2026-02-30"));
    }
    doc["last_backup"] = 20261102;
    CHECK(error_pointer(doc.dump()) == "/last_backup");
    doc["last_backup"] = "2026-11-02";
    doc["backup_reminded"] = "i går";
    CHECK(error_pointer(doc.dump()) == "/backup_reminded");
  }
}
