#include "engine/calendar.hpp"

#include <cstdio>

namespace fasthold {
using namespace std::chrono;

namespace {
bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}
int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}
std::optional<Date> make_date(int y, int m, int d) {
  if (y < 1800 || y > 2200) return std::nullopt;  // outside any plausible case: treat as a typo
  Date date{year{y}, month{unsigned(m)}, day{unsigned(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}
}  // namespace

std::optional<Date> parse_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
  return make_date(to_int(y), to_int(m), to_int(d));
}

std::optional<year_month> parse_iso_month(std::string_view t) {
  if (t.size() != 7 || t[4] != '-') return std::nullopt;
  auto y = t.substr(0, 4), m = t.substr(5, 2);
  if (!all_digits(y) || !all_digits(m)) return std::nullopt;
  int yi = to_int(y), mi = to_int(m);
  if (yi < 1800 || yi > 2200 || mi < 1 || mi > 12) return std::nullopt;
  return year{yi} / month{unsigned(mi)};
}

namespace {
std::string_view trimmed(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  return t;
}
}  // namespace

std::optional<Date> parse_danish_date(std::string_view t) {
  t = trimmed(t);
  // Digits alone, ddmmyyyy: all an iPhone's number keypad can type (it has no "-").
  if (t.size() == 8 && all_digits(t)) return make_date(to_int(t.substr(4)), to_int(t.substr(2, 2)), to_int(t.substr(0, 2)));
  // d-m-yyyy or dd-mm-yyyy with one kind of separator: - . / or a space.
  size_t a = t.find_first_of("-./ ");
  if (a == std::string_view::npos) return std::nullopt;
  char sep = t[a];
  size_t b = t.find(sep, a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  auto d = t.substr(0, a), m = t.substr(a + 1, b - a - 1), y = t.substr(b + 1);
  if (d.size() > 2 || m.size() > 2 || y.size() != 4) return std::nullopt;
  if (!all_digits(d) || !all_digits(m) || !all_digits(y)) return std::nullopt;
  return make_date(to_int(y), to_int(m), to_int(d));
}

std::optional<year_month> parse_danish_month(std::string_view t) {
  t = trimmed(t);
  std::string_view m, y;
  if (t.size() == 6 && all_digits(t)) {  // mmyyyy, from a number keypad
    m = t.substr(0, 2);
    y = t.substr(2);
  } else {
    size_t a = t.find_first_of("-./ ");
    if (a == std::string_view::npos) return std::nullopt;
    m = t.substr(0, a);
    y = t.substr(a + 1);
  }
  if (m.empty() || m.size() > 2 || y.size() != 4 || !all_digits(m) || !all_digits(y)) return std::nullopt;
  int yi = to_int(y), mi = to_int(m);
  if (yi < 1800 || yi > 2200 || mi < 1 || mi > 12) return std::nullopt;
  return year{yi} / month{unsigned(mi)};
}

std::string format_iso(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
  return buf;
}

std::string format_danish(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u-%02u-%04d", unsigned(d.day()), unsigned(d.month()), int(d.year()));
  return buf;
}

Date add_days(Date d, int n) { return Date{sys_days{d} + days{n}}; }

Date add_months(Date d, int n) {
  Date r = d + months{n};
  if (!r.ok()) r = r.year() / r.month() / last;
  return r;
}

int days_between(Date from, Date to) { return int((sys_days{to} - sys_days{from}).count()); }

Span span_between(Date from, Date to) {
  Span s;
  int total_months = (int(to.year()) - int(from.year())) * 12 + (int(unsigned(to.month())) - int(unsigned(from.month())));
  if (total_months < 0) return s;
  while (total_months > 0 && sys_days{add_months(from, total_months)} > sys_days{to}) --total_months;
  s.years = total_months / 12;
  s.months = total_months % 12;
  s.days = days_between(add_months(from, total_months), to);
  return s;
}

}  // namespace fasthold
