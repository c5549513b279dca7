#include <algorithm>

#include "engine/assess_parts.hpp"
#include "engine/fact_ids.hpp"

namespace fasthold {

namespace {

std::optional<Date> date_fact(const FactMap& facts, const std::string& id) {
  auto it = facts.find(id);
  if (it == facts.end()) return std::nullopt;
  if (auto d = std::get_if<Date>(&it->second)) return *d;
  return std::nullopt;
}

std::optional<double> number_fact(const FactMap& facts, const std::string& id) {
  auto it = facts.find(id);
  if (it == facts.end()) return std::nullopt;
  if (auto d = std::get_if<double>(&it->second)) return *d;
  return std::nullopt;
}

Tri bool_fact(const FactMap& facts, const std::string& id) {
  auto it = facts.find(id);
  if (it == facts.end()) return Tri::unknown;
  if (auto b = std::get_if<bool>(&it->second)) return *b ? Tri::yes : Tri::no;
  return Tri::unknown;
}

Tri both(Tri a, Tri b) {
  if (a == Tri::no || b == Tri::no) return Tri::no;
  if (a == Tri::unknown || b == Tri::unknown) return Tri::unknown;
  return Tri::yes;
}

bool before(Date a, Date b) { return days_between(a, b) > 0; }

// The pension-age row for a birth date under the law in force on the assessment date: each
// cohort's rows are dated like every other rule (the loader refuses overlaps and gaps).
const PensionRow* pension_row(const KnowledgeBase& kb, Date born, Date on) {
  for (const auto& row : kb.pension_ages) {
    if (row.born_from && before(born, *row.born_from)) continue;
    if (row.born_to && before(*row.born_to, born)) continue;
    if (row.valid.holds_on(on)) return &row;
  }
  return nullptr;
}

Date pension_date(const PensionRow& row, Date born) { return add_months(born, row.years * 12 + row.months); }

}  // namespace

std::optional<PensionResult> compute_pension(const KnowledgeBase& kb, const FactMap& facts, Date on) {
  const int margin_months = int(kb.threshold_value("pension_margin_years") * 12);
  Date on_plus_margin = add_months(on, margin_months);
  PensionResult r;
  if (auto born = date_fact(facts, fact::birth_date)) {
    r.row = pension_row(kb, *born, on);
    if (!r.row) return std::nullopt;
    r.date = pension_date(*r.row, *born);
    // Pension age is reached on the pension date itself.
    r.under_pension_age = before(on, *r.date) ? Tri::yes : Tri::no;
    // "More than 6 years" <=> assessment date + 6 years is before the pension date.
    r.more_than_6_years = before(on_plus_margin, *r.date) ? Tri::yes : Tri::no;
    if (r.under_pension_age == Tri::yes) r.time_left = span_between(on, *r.date);
  } else {
    auto it = facts.find(fact::birth_month);
    if (it == facts.end()) return std::nullopt;
    auto ym = std::get<std::chrono::year_month>(it->second);
    Date first = ym / std::chrono::day{1};
    Date last = Date{ym / std::chrono::last};
    const PensionRow* a = pension_row(kb, first, on);
    const PensionRow* b = pension_row(kb, last, on);
    if (!a || !b) return std::nullopt;
    r.row = a;
    r.earliest = pension_date(*a, first);
    r.latest = pension_date(*b, last);
    auto judge = [&](Date threshold) {
      // true for every possible birth day, false for every one, or it depends on the day
      if (before(threshold, *r.earliest)) return Tri::yes;
      if (!before(threshold, *r.latest)) return Tri::no;
      return Tri::unknown;
    };
    r.under_pension_age = judge(on);
    r.more_than_6_years = judge(on_plus_margin);
    if (a != b) r.row = nullptr;  // the month spans two cohorts: the age itself is unsure
  }
  if (r.row) {
    r.age_years = r.row->years;
    r.age_months = r.row->months;
  }
  return r;
}

DatesResult compute_dates(const KnowledgeBase& kb, const Case& c, const FactMap& facts, Date on) {
  DatesResult d;
  d.first_absence_day = date_fact(facts, fact::first_absence_day);
  if (d.first_absence_day) {
    Date first = *d.first_absence_day;
    d.absence_interview_deadline = add_days(first, int(kb.threshold_value("absence_interview_days")));
    for (const auto& e : c.log)
      if (e.kind == "absence_interview" && !before(e.date, first)) d.absence_interview_held_on = e.date;
    // 30 calendar days with the first absence day as day 1.
    int period = int(kb.threshold_value("employer_period_days"));
    d.employer_period_last_day = add_days(first, period - 1);
    d.refund_from = add_days(first, period);
    if (auto start = date_fact(facts, fact::employment_start)) {
      int weeks = int(kb.threshold_value("employer_period_min_employment_weeks"));
      d.employed_8_weeks = before(add_days(first, -7 * weeks), *start) ? Tri::no : Tri::yes;
    }
    d.employer_period = both(d.employed_8_weeks, bool_fact(facts, fact::worked_74_hours_in_8_weeks));
    // sdpl § 40: wages paid -> 5 weeks after the first day; sickness benefit paid in the employer
    // period -> 1 week after that payment stopped (the employer period's last day); no wages and
    // no employer period -> 14 days after the first day.
    Tri wages = bool_fact(facts, "pays_wages_during_sickness");
    if (wages == Tri::yes) {
      d.nemrefusion_case = "nemrefusion_wages";
      d.nemrefusion_deadline = add_days(first, int(kb.threshold_value("nemrefusion_wages_days")));
    } else if (wages == Tri::no && d.employer_period == Tri::yes) {
      d.nemrefusion_case = "nemrefusion_benefit";
      d.nemrefusion_deadline = add_days(*d.employer_period_last_day, int(kb.threshold_value("nemrefusion_benefit_days")));
    } else if (wages == Tri::no && d.employer_period == Tri::no) {
      d.nemrefusion_case = "nemrefusion_no_period";
      d.nemrefusion_deadline = add_days(first, int(kb.threshold_value("nemrefusion_no_period_days")));
    }
  }
  if (auto weeks = number_fact(facts, fact::expected_absence_weeks))
    d.retention_plan_right = *weeks > kb.threshold_value("retention_plan_min_weeks") ? Tri::yes : Tri::no;
  d.s56_agreement_date = date_fact(facts, fact::s56_agreement_date);
  if (d.s56_agreement_date) {
    d.s56_renewal_date = add_months(*d.s56_agreement_date, int(kb.threshold_value("s56_agreement_months")));
    d.s56_renewal_due = before(on, *d.s56_renewal_date) ? Tri::no : Tri::yes;
  }
  d.special_terms_since = date_fact(facts, fact::special_terms_since);
  if (d.special_terms_since) {
    d.special_terms_12_months_on = add_months(*d.special_terms_since, int(kb.threshold_value("special_terms_min_months")));
    // Met on the anniversary day itself.
    d.special_terms_12_months_met = before(on, *d.special_terms_12_months_on) ? Tri::no : Tri::yes;
    d.special_terms_days_total = days_between(*d.special_terms_since, *d.special_terms_12_months_on);
    d.special_terms_days_done = std::clamp(days_between(*d.special_terms_since, on), 0, d.special_terms_days_total);
  }
  d.pension = compute_pension(kb, facts, on);
  return d;
}

}  // namespace fasthold
