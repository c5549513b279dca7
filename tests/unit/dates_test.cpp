#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;

TEST_CASE("dates are parsed strictly", "[dates]") {
  SECTION("a real ISO date is read") { CHECK(format_iso(*parse_iso_date("2028-02-29")) == "2028-02-29"); }
  SECTION("31 February is not a date") { CHECK_FALSE(parse_iso_date("2026-02-31").has_value()); }
  SECTION("29 February outside a leap year is not a date") { CHECK_FALSE(parse_iso_date("2027-02-29").has_value()); }
  SECTION("month 13 is not a date") { CHECK_FALSE(parse_iso_date("2026-13-01").has_value()); }
  SECTION("other shapes are refused") {
    for (const char* bad : {"", "2026-1-01", "2026/01/01", "26-01-01", "2026-01-01T00:00", "abcd-ef-gh", "2026-01-0x"})
      CHECK_FALSE(parse_iso_date(bad).has_value());
  }
  SECTION("Danish dd-mm-åååå as typed in the interface") {
    CHECK(format_iso(*parse_danish_date("14-03-2027")) == "2027-03-14");
    CHECK(format_iso(*parse_danish_date("1.2.2027")) == "2027-02-01");
    CHECK_FALSE(parse_danish_date("31-02-2027").has_value());
    CHECK_FALSE(parse_danish_date("14-03-27").has_value());
    CHECK_FALSE(parse_danish_date("14-03/2027").has_value());
  }
  SECTION("digits alone, ddmmåååå, as an iPhone's number keypad types them") {
    CHECK(format_iso(*parse_danish_date("03112026")) == "2026-11-03");
    CHECK(format_iso(*parse_danish_date(" 3 11 2026 ")) == "2026-11-03");
    CHECK_FALSE(parse_danish_date("31022027").has_value());   // 31 February
    CHECK_FALSE(parse_danish_date("3112026").has_value());    // seven digits: which is the day?
    CHECK_FALSE(parse_danish_date("031120266").has_value());
  }
  SECTION("a month: mm-åååå, mmåååå") {
    CHECK(parse_danish_month("03-1975") == std::chrono::year{1975} / std::chrono::month{3});
    CHECK(parse_danish_month("031975") == std::chrono::year{1975} / std::chrono::month{3});
    CHECK(parse_danish_month("3.1975") == std::chrono::year{1975} / std::chrono::month{3});
    CHECK_FALSE(parse_danish_month("131975").has_value());
    CHECK_FALSE(parse_danish_month("03-75").has_value());
    CHECK_FALSE(parse_danish_month("").has_value());
  }
  SECTION("dates print the Danish way") { CHECK(format_danish(day("2027-03-14")) == "14-03-2027"); }
}

TEST_CASE("adding months keeps the day number, or takes the month's last day", "[dates]") {
  CHECK(format_iso(add_months(day("2028-02-29"), 12)) == "2029-02-28");
  CHECK(format_iso(add_months(day("2028-02-29"), 48)) == "2032-02-29");
  CHECK(format_iso(add_months(day("2026-01-31"), 1)) == "2026-02-28");
  CHECK(format_iso(add_months(day("2028-01-31"), 1)) == "2028-02-29");
  CHECK(format_iso(add_months(day("2026-03-31"), 1)) == "2026-04-30");
  CHECK(format_iso(add_months(day("2026-08-31"), 6)) == "2027-02-28");
  CHECK(format_iso(add_months(day("2025-11-22"), 12)) == "2026-11-22");
  CHECK(format_iso(add_months(day("2026-12-15"), 1)) == "2027-01-15");
}

TEST_CASE("adding days crosses month and year ends", "[dates]") {
  CHECK(format_iso(add_days(day("2026-01-31"), 28)) == "2026-02-28");
  CHECK(format_iso(add_days(day("2028-02-01"), 28)) == "2028-02-29");
  CHECK(format_iso(add_days(day("2026-12-15"), 29)) == "2027-01-13");
  CHECK(days_between(day("2026-01-01"), day("2027-01-01")) == 365);
  CHECK(days_between(day("2028-01-01"), day("2029-01-01")) == 366);
}

TEST_CASE("the span between two dates counts whole months by the month rule", "[dates]") {
  Span s = span_between(day("2026-11-23"), day("2045-03-14"));
  CHECK(s.years == 18);
  CHECK(s.months == 3);
  CHECK(s.days == 19);
  Span e = span_between(day("2026-01-31"), day("2026-02-28"));
  CHECK(e.months == 1);
  CHECK(e.days == 0);
}
