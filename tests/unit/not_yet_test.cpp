// "Not yet" from the rule itself: a scheme is "not yet – met on D" only when the same case,
// assessed on D, applies and, assessed on D − 1, does not; and a scheme that applies has a why
// tree that is met. Checked on the two mistakes of issue 27, every example and a generated set.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "engine/documents.hpp"
#include "engine/report.hpp"
#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

namespace {

// Every way the property can fail, named; empty when it holds for this case on this day.
struct Checked {
  int not_yet = 0, applies = 0;
  std::vector<std::string> failures;
};

void check_property(const Case& c, Date on, Checked& out) {
  Assessment a = assess(kb(), c, on);
  auto fail = [&](const std::string& scheme, const std::string& what) {
    out.failures.push_back(format_iso(on) + " " + scheme + ": " + what);
  };
  for (const auto& r : a.schemes) {
    const std::string& id = r.scheme->id;
    for (bool renewal : {false, true}) {
      if (renewal && !r.renewal) continue;
      Status st = renewal ? r.renewal_status : r.status;
      const ConditionResult& why = renewal ? *r.renewal : r.why;
      std::string name = id + (renewal ? " (renewal)" : "");
      if (st == Status::applies) {
        ++out.applies;
        if (why.value != Tri::yes) fail(name, "applies but its why is not met");
      }
      if (st != Status::not_yet) continue;
      ++out.not_yet;
      const auto& met = renewal ? r.renewal_met_on : r.met_on;
      if (!met) {
        fail(name, "not yet without a date");
        continue;
      }
      if (days_between(on, *met) <= 0) fail(name, "not yet with a date not after the assessment date");
      auto status_on = [&](Date d) {
        Assessment later = assess(kb(), c, d);
        const SchemeResult* s = later.scheme(id);
        if (!s) return Status::unknown;
        return renewal ? (s->renewal ? s->renewal_status : Status::unknown) : s->status;
      };
      if (status_on(*met) != Status::applies) fail(name, "not yet, met on " + format_iso(*met) + ", but it does not apply then");
      if (status_on(add_days(*met, -1)) == Status::applies) fail(name, "not yet, met on " + format_iso(*met) + ", but it applies the day before");
    }
  }
}

Date iso(const std::string& s) { return *parse_iso_date(s); }

// A generated case: facts drawn from what moves the dated rules (birth date, the 12 months on
// special terms, a §56 agreement and its renewal) and the facts the schemes with dates read.
struct Generator {
  std::mt19937 rng{27};
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
  // true, false or not known
  void tri(json& f, const char* id) {
    int v = pick(5);
    if (v < 2) f[id] = true;
    else if (v < 4) f[id] = v == 2 ? true : false;
  }
  Date between(Date from, int days) { return add_days(from, pick(days)); }

  std::pair<std::string, Date> next() {
    Date on = between(iso("2025-06-01"), 3 * 365);
    json f = json::object();
    json log = json::array();
    // Born from 1955 to 1990: some near the 6 years, some near pension age, some far.
    if (pick(8) > 0) {
      Date born = between(iso("1955-01-01"), 36 * 365);
      if (pick(6) == 0) f["birth_month"] = format_iso(born).substr(0, 7);
      else f["birth_date"] = format_iso(born);
    }
    tri(f, "receives_pension");
    if (f.contains("receives_pension") && pick(2)) f["receives_pension"] = false;
    tri(f, "permanent_substantial_limitation");
    tri(f, "all_measures_tried");
    tri(f, "measures_obviously_pointless");
    tri(f, "exception_event_told");
    tri(f, "functions_and_accommodations_written");
    tri(f, "unsupported_job_attempt_documented");
    // The 12 months: a typed date or an agreement in the record on special terms.
    int st = pick(3);
    Date since = add_days(on, -pick(500));
    if (st == 1) f["special_terms_since"] = format_iso(since);
    if (st == 2)
      log.push_back({{"id", "a1"}, {"date", format_iso(since)}, {"kind", "agreement"}, {"terms", pick(2) ? "special_terms" : "social_chapter"},
                     {"adapted", {"reduced_hours"}}, {"expected_effect", "x"}, {"follow_up_date", format_iso(add_days(since, 40))},
                     {"consequences", "y"}, {"difficult_functions", "lifting"}, {"accommodations", "no lifting"},
                     {"unsupported_job", pick(2) == 1}});
    // A §56 agreement and what settles its renewal.
    if (pick(2)) {
      Date s56 = add_days(on, -pick(900));
      if (pick(2)) f["s56_agreement_date"] = format_iso(s56);
      else log.push_back({{"id", "s1"}, {"date", format_iso(s56)}, {"kind", "s56_agreement"}});
      if (pick(4)) f["s56_absence_days_last_year"] = pick(20);
      tri(f, "s56_material_change");
    }
    tri(f, "chronic_illness_told");
    if (pick(2)) f["expected_absence_days_per_year"] = pick(20);
    tri(f, "repeated_absence_same_illness");
    if (pick(2)) f["s56_same_illness_paid_days"] = pick(40);
    tri(f, "retention_in_field_impossible");
    tri(f, "self_supporting_after");
    if (pick(4) == 0) tri(f, "already_in_revalidation");
    return {case_json(f, log), on};
  }
};

}  // namespace

TEST_CASE("a §56 renewal with fewer than 10 days and no material change does not apply, even before its date", "[not_yet][s56]") {
  // The case: agreement from 01-12-2024, 7 absence days from the covered illness in the last year.
  std::string file = case_json({{"s56_agreement_date", "2024-12-01"}, {"s56_absence_days_last_year", 7}, {"s56_material_change", false}});
  Assessment a = assess_json(file, "2026-11-23");
  const SchemeResult* s = a.scheme("s56");
  REQUIRE(s->renewal.has_value());
  CHECK(s->renewal_status == Status::does_not_apply);
  CHECK_FALSE(s->renewal_met_on.has_value());
  CHECK(status_words(kb(), s->renewal_status, s->renewal_met_on, false, Lang::da) == kb().text("status_does_not_apply", Lang::da));
  // On the renewal date the rule says the same.
  CHECK(assess_json(file, "2026-12-01").scheme("s56")->renewal_status == Status::does_not_apply);
  // With 10 days it is a matter of time only.
  std::string ten = case_json({{"s56_agreement_date", "2024-12-01"}, {"s56_absence_days_last_year", 10}, {"s56_material_change", false}});
  Assessment later = assess_json(ten, "2026-11-23");  // kept: the scheme result points into it
  const SchemeResult* t = later.scheme("s56");
  CHECK(t->renewal_status == Status::not_yet);
  CHECK(format_iso(*t->renewal_met_on) == "2026-12-01");
}

TEST_CASE("fastholdelsesfleksjob is 'not yet' until the first day the whole scheme holds: 6 years or less before the 12 months", "[not_yet][fastholdelsesfleksjob]") {
  // Born 01-01-1971 (pension 01-01-2041 at 70), on special terms since 01-06-2034.
  json f = {{"birth_date", "1971-01-01"}, {"receives_pension", false}, {"permanent_substantial_limitation", true},
            {"all_measures_tried", true}, {"special_terms_since", "2034-06-01"}, {"exception_event_told", false},
            {"functions_and_accommodations_written", true}, {"unsupported_job_attempt_documented", true}};
  Case c = parse_case(case_json(f), kb());
  Assessment a = assess(kb(), c, day("2034-12-31"));
  const SchemeResult* s = a.scheme("fastholdelsesfleksjob");
  CHECK(s->status == Status::not_yet);
  REQUIRE(s->met_on.has_value());
  CHECK(format_iso(*s->met_on) == "2035-01-01");
  CHECK(status_words(kb(), s->status, s->met_on, false, Lang::da) == "Endnu ikke – opfyldt den 01-01-2035");
  CHECK(status_of(assess(kb(), c, day("2035-01-01")), "fastholdelsesfleksjob") == Status::applies);
  // The 12 months' own date stays on its leaf; the six years' branch is met on the scheme's date.
  std::function<const ConditionResult*(const ConditionResult&, const char*)> find = [&](const ConditionResult& r, const char* id) -> const ConditionResult* {
    if (r.condition->id == id) return &r;
    for (const auto& ch : r.children)
      if (auto x = find(ch, id)) return x;
    return nullptr;
  };
  const ConditionResult* twelve = find(s->why, "twelve_documented");
  REQUIRE(twelve);
  REQUIRE(twelve->met_on.has_value());
  CHECK(format_iso(*twelve->met_on) == "2035-06-01");
  const ConditionResult* six = find(s->why, "six_years_or_less");
  REQUIRE(six);
  CHECK(format_iso(*six->met_on) == "2035-01-01");
  SECTION("when the 12 months come first, their day is the date") {
    json g = f;
    g["special_terms_since"] = "2034-01-15";
    Assessment b = assess_json(case_json(g), "2034-12-31");
    CHECK(format_iso(*b.scheme("fastholdelsesfleksjob")->met_on) == "2035-01-01");  // 6 years still first
    g["special_terms_since"] = "2033-12-20";
    Assessment e = assess_json(case_json(g), "2034-12-01");
    CHECK(format_iso(*e.scheme("fastholdelsesfleksjob")->met_on) == "2034-12-20");
  }
}

TEST_CASE("property: every 'not yet – met on D' applies on D and not on D − 1; every 'applies' has a met why", "[not_yet][property]") {
  Checked checked;
  int cases = 0;
  // Every example, on a spread of days around the dated rules.
  for (const auto& entry : std::filesystem::directory_iterator(std::string(FASTHOLD_SOURCE_DIR) + "/examples")) {
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    Case c = parse_case(ss.str(), kb());
    for (const char* on : {"2025-11-23", "2026-01-31", "2026-06-30", "2026-07-01", "2026-11-21", "2026-11-23", "2026-12-02", "2027-06-01", "2030-01-01"}) {
      check_property(c, day(on), checked);
      ++cases;
    }
  }
  Generator g;
  for (int i = 0; i < 3000; ++i) {
    auto [file, on] = g.next();
    Case c = parse_case(file, kb());
    check_property(c, on, checked);
    ++cases;
  }
  INFO(cases << " cases, " << checked.not_yet << " not yet, " << checked.applies << " applies");
  for (const auto& f : checked.failures) UNSCOPED_INFO(f);
  CHECK(checked.failures.empty());
  // The set must exercise the property, not pass by having nothing to check.
  CHECK(checked.not_yet >= 100);
  CHECK(checked.applies >= 1000);
  WARN("property: " << cases << " cases, " << checked.not_yet << " not yet, " << checked.applies << " applies");
}
