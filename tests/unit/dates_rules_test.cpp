#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

namespace {
std::string pension_date_of(const char* birth, const char* on = "2026-11-23") {
  Assessment a = assess_facts({{"birth_date", birth}}, on);
  REQUIRE(a.dates.pension.has_value());
  return format_iso(*a.dates.pension->date);
}
}  // namespace

TEST_CASE("the state pension age follows the cohort table at every boundary", "[dates][pension][threshold]") {
  CHECK(pension_date_of("1953-12-31") == "2018-12-31");  // 65
  CHECK(pension_date_of("1954-01-01") == "2019-07-01");  // 65½
  CHECK(pension_date_of("1954-06-30") == "2019-12-30");
  CHECK(pension_date_of("1954-07-01") == "2020-07-01");  // 66
  CHECK(pension_date_of("1954-12-31") == "2020-12-31");
  CHECK(pension_date_of("1955-01-01") == "2021-07-01");  // 66½
  CHECK(pension_date_of("1955-06-30") == "2021-12-30");
  CHECK(pension_date_of("1955-07-01") == "2022-07-01");  // 67
  CHECK(pension_date_of("1962-12-31") == "2029-12-31");
  CHECK(pension_date_of("1963-01-01") == "2031-01-01");  // 68
  CHECK(pension_date_of("1966-12-31") == "2034-12-31");
  CHECK(pension_date_of("1967-01-01") == "2036-01-01");  // 69
  CHECK(pension_date_of("1970-12-31") == "2039-12-31");
  CHECK(pension_date_of("1971-01-01") == "2041-01-01");  // 70
}

TEST_CASE("age 70 for those born after 1970 is in force from 31 December 2025", "[dates][pension]") {
  CHECK(pension_date_of("1975-03-14", "2025-12-31") == "2045-03-14");
  CHECK(pension_date_of("1975-03-14", "2025-12-30") == "2044-03-14");
}

TEST_CASE("a pension date on 29 February falls back to 28 February", "[dates][pension]") {
  CHECK(pension_date_of("1968-02-29") == "2037-02-28");
  CHECK(pension_date_of("1964-02-29") == "2032-02-29");
}

TEST_CASE("pension age is reached on the pension date itself", "[dates][pension]") {
  Assessment on_day = assess_facts({{"birth_date", "1958-06-15"}}, "2025-06-15");  // 67 on 2025-06-15
  CHECK(on_day.dates.pension->under_pension_age == Tri::no);
  Assessment day_before = assess_facts({{"birth_date", "1958-06-15"}}, "2025-06-14");
  CHECK(day_before.dates.pension->under_pension_age == Tri::yes);
}

TEST_CASE("with only a birth month, a case near the 6-year boundary cannot be told", "[dates][pension]") {
  // Born May 1962: pension date somewhere in May 2029.
  Assessment inside = assess_facts({{"birth_month", "1962-05"}}, "2023-05-10");
  CHECK(inside.dates.pension->more_than_6_years == Tri::unknown);
  CHECK(format_iso(*inside.dates.pension->earliest) == "2029-05-01");
  CHECK(format_iso(*inside.dates.pension->latest) == "2029-05-31");
  CHECK(assess_facts({{"birth_month", "1962-05"}}, "2023-04-30").dates.pension->more_than_6_years == Tri::yes);
  CHECK(assess_facts({{"birth_month", "1962-05"}}, "2023-05-31").dates.pension->more_than_6_years == Tri::no);
  Assessment far = assess_facts({{"birth_month", "1980-05"}}, "2026-11-23");
  CHECK(far.dates.pension->more_than_6_years == Tri::yes);
  CHECK(far.dates.pension->age_years == 70);
}

TEST_CASE("time left to pension is given in years, months and days", "[dates][pension]") {
  Assessment a = assess_facts({{"birth_date", "1975-03-14"}}, "2026-11-23");
  REQUIRE(a.dates.pension->time_left.has_value());
  CHECK(a.dates.pension->time_left->years == 18);
  CHECK(a.dates.pension->time_left->months == 3);
  CHECK(a.dates.pension->time_left->days == 19);
}

TEST_CASE("the absence interview must be held within 28 days of the first absence day", "[dates][sdpl]") {
  Assessment a = assess_facts({{"first_absence_day", "2026-01-31"}});
  CHECK(format_iso(*a.dates.absence_interview_deadline) == "2026-02-28");
  Assessment leap = assess_facts({{"first_absence_day", "2028-02-01"}});
  CHECK(format_iso(*leap.dates.absence_interview_deadline) == "2028-02-29");
}

TEST_CASE("the employer period is 30 calendar days counting the first absence day as day 1", "[dates][sdpl][threshold]") {
  json f = {{"first_absence_day", "2026-12-15"}, {"employment_start", "2020-01-01"}, {"worked_74_hours_in_8_weeks", true}};
  Assessment a = assess_facts(f);
  CHECK(a.dates.employer_period == Tri::yes);
  CHECK(format_iso(*a.dates.employer_period_last_day) == "2027-01-13");
  CHECK(format_iso(*a.dates.refund_from) == "2027-01-14");
  SECTION("employed exactly 8 weeks before the absence meets the requirement") {
    f["employment_start"] = "2026-10-20";  // 56 days before 2026-12-15
    CHECK(assess_facts(f).dates.employer_period == Tri::yes);
  }
  SECTION("employed one day less than 8 weeks: no employer period") {
    f["employment_start"] = "2026-10-21";
    CHECK(assess_facts(f).dates.employer_period == Tri::no);
  }
  SECTION("fewer than 74 hours worked: no employer period") {
    f["worked_74_hours_in_8_weeks"] = false;
    CHECK(assess_facts(f).dates.employer_period == Tri::no);
  }
  SECTION("hours unknown: the period cannot be told") {
    f.erase("worked_74_hours_in_8_weeks");
    CHECK(assess_facts(f).dates.employer_period == Tri::unknown);
  }
}

TEST_CASE("the latest absence period gives the first absence day", "[dates][record]") {
  json periods = json::array({{{"first_day", "2026-03-01"}, {"last_day", "2026-03-05"}}, {{"first_day", "2026-10-05"}}});
  Assessment a = assess_json(case_json(json::object(), json::array(), periods), "2026-11-23");
  CHECK(format_iso(*a.dates.first_absence_day) == "2026-10-05");
  CHECK(format_iso(*a.dates.absence_interview_deadline) == "2026-11-02");
}

TEST_CASE("a retention plan can be asked for with more than 8 weeks expected", "[dates][sdpl][threshold]") {
  CHECK(assess_facts({{"expected_absence_weeks", 8}}).dates.retention_plan_right == Tri::no);
  CHECK(assess_facts({{"expected_absence_weeks", 9}}).dates.retention_plan_right == Tri::yes);
  CHECK(assess_facts(json::object()).dates.retention_plan_right == Tri::unknown);
}

TEST_CASE("a §56 agreement is up for renewal after 2 years", "[dates][s56]") {
  json log = json::array({{{"id", "s1"}, {"date", "2024-02-29"}, {"kind", "s56_agreement"}}});
  Assessment a = assess_json(case_json(json::object(), log), "2026-02-27");
  CHECK(format_iso(*a.dates.s56_renewal_date) == "2026-02-28");
  CHECK(a.dates.s56_renewal_due == Tri::no);
  CHECK(assess_json(case_json(json::object(), log), "2026-02-28").dates.s56_renewal_due == Tri::yes);
}

TEST_CASE("a §56 renewal before its date is 'not yet' only when the rest of the rule holds", "[s56][not_yet]") {
  json log = json::array({{{"id", "s1"}, {"date", "2025-06-01"}, {"kind", "s56_agreement"}}});
  for (const json& facts : {json{{"s56_absence_days_last_year", 12}}, json{{"s56_absence_days_last_year", 4}, {"s56_material_change", true}}}) {
    Assessment a = assess_json(case_json(facts, log), "2026-11-23");  // the result lives in it
    const SchemeResult* s = a.scheme("s56");
    CHECK(s->renewal_status == (facts.contains("s56_material_change") ? Status::unknown : Status::not_yet));
    if (s->renewal_status == Status::not_yet) CHECK(format_iso(*s->renewal_met_on) == "2027-06-01");
  }
  SECTION("the days not known: cannot tell yet, the days are asked") {
    Assessment a = assess_json(case_json(json::object(), log), "2026-11-23");
    CHECK(a.scheme("s56")->renewal_status == Status::unknown);
    CHECK(contains(a.scheme("s56")->renewal_missing, "s56_absence_days_last_year"));
  }
  SECTION("fewer than 10 days and no material change: it does not apply, even before the date") {
    Assessment a = assess_json(case_json({{"s56_absence_days_last_year", 4}, {"s56_material_change", false}}, log), "2026-11-23");
    CHECK(a.scheme("s56")->renewal_status == Status::does_not_apply);
    CHECK_FALSE(a.scheme("s56")->renewal_met_on.has_value());
  }
  SECTION("on the renewal date the rule decides") {
    Assessment a = assess_json(case_json({{"s56_absence_days_last_year", 12}}, log), "2027-06-01");
    CHECK(a.scheme("s56")->renewal_status == Status::applies);
    Assessment b = assess_json(case_json({{"s56_absence_days_last_year", 4}, {"s56_material_change", false}}, log), "2027-06-01");
    CHECK(b.scheme("s56")->renewal_status == Status::does_not_apply);
  }
}

TEST_CASE("a §56 agreement is not renewed with fewer than 10 days, unless circumstances changed materially", "[s56][threshold]") {
  json log = json::array({{{"id", "s1"}, {"date", "2024-10-01"}, {"kind", "s56_agreement"}}});
  auto renewal = [&](const json& facts) { return *assess_json(case_json(facts, log), "2026-11-23").scheme("s56")->renewal; };
  CHECK(renewal({{"s56_absence_days_last_year", 10}}).value == Tri::yes);
  CHECK(assess_json(case_json({{"s56_absence_days_last_year", 10}}, log), "2026-11-23").scheme("s56")->renewal_status == Status::applies);
  CHECK(renewal({{"s56_absence_days_last_year", 9}, {"s56_material_change", false}}).value == Tri::no);
  Assessment changed = assess_json(case_json({{"s56_absence_days_last_year", 9}, {"s56_material_change", true}}, log), "2026-11-23");
  const SchemeResult* asked = changed.scheme("s56");
  CHECK(asked->renewal->value == Tri::unknown);
  CHECK(asked->renewal_ask_jobcenter);
  CHECK_FALSE(assess_facts(json::object()).scheme("s56")->renewal.has_value());
}
