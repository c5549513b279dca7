// Calendar dates and the date rules of DOMAIN.md (Decisions: Days, Months), on C++20 chrono.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace fasthold {

using Date = std::chrono::year_month_day;

// Strict ISO 8601 calendar date "YYYY-MM-DD"; nullopt for anything else or an impossible day.
std::optional<Date> parse_iso_date(std::string_view text);
// "YYYY-MM" (a birth month when the day is not given).
std::optional<std::chrono::year_month> parse_iso_month(std::string_view text);
// A date as typed in the interface: "dd-mm-åååå" with '-', '.', '/' or a space between (one
// or two digits for day and month), or eight digits "ddmmåååå" (a phone's number keypad).
std::optional<Date> parse_danish_date(std::string_view text);
// A month as typed: "mm-åååå" (same separators) or six digits "mmåååå".
std::optional<std::chrono::year_month> parse_danish_month(std::string_view text);

std::string format_iso(Date d);
std::string format_danish(Date d);  // "14-03-2027"

Date add_days(Date d, int days);
// "+ N months" keeps the day number; where that day does not exist it is the last day of
// that month (2028-02-29 + 12 months = 2029-02-28).
Date add_months(Date d, int months);
int days_between(Date from, Date to);  // to - from, in days

// Whole years, months and days from `from` to `to` (from <= to), by the month rule.
struct Span { int years = 0, months = 0, days = 0; };
Span span_between(Date from, Date to);

}  // namespace fasthold
