#include <algorithm>

#include "engine/assess.hpp"
#include "engine/fact_ids.hpp"

#include "engine/assess_parts.hpp"

namespace fasthold {

const char* tri_name(Tri t) { return t == Tri::yes ? "true" : t == Tri::no ? "false" : "unknown"; }

const char* status_name(Status s) {
  return s == Status::applies ? "applies" : s == Status::does_not_apply ? "does_not_apply" : s == Status::not_yet ? "not_yet" : "unknown";
}

std::string status_words(const KnowledgeBase& kb, Status s, const std::optional<Date>& met_on, bool ask_jobcenter, Lang lang) {
  std::string out = kb.text(std::string("status_") + status_name(s), lang);
  if (s == Status::not_yet) out = fill(out, {met_on ? format_danish(*met_on) : "?"});
  if (s == Status::unknown && ask_jobcenter) out += " \u2013 " + kb.text("ask_jobcenter", lang);
  return out;
}

const SchemeResult* Assessment::scheme(const std::string& id) const {
  for (const auto& s : schemes)
    if (s.scheme->id == id) return &s;
  return nullptr;
}

namespace {
void set_tri(FactMap& facts, const std::string& id, Tri t) {
  if (t != Tri::unknown) facts[id] = t == Tri::yes;
}
}  // namespace

namespace {

// The facts, dates and schemes of a case on one day, by that day's rules, without looking ahead.
struct Day {
  FactMap facts;
  DatesResult dates;
  std::vector<SchemeResult> schemes;
};

// `known`: the case's facts with what the record proves (the same on every day).
Day assess_day(const KnowledgeBase& kb, const Case& c, const FactMap& known, Date on) {
  Day d;
  d.facts = known;
  d.dates = compute_dates(kb, c, d.facts, on);
  // Facts derived from dates feed the scheme conditions like any other fact.
  if (d.dates.pension) {
    set_tri(d.facts, fact::under_pension_age, d.dates.pension->under_pension_age);
    set_tri(d.facts, fact::more_than_6_years_to_pension, d.dates.pension->more_than_6_years);
  }
  set_tri(d.facts, fact::special_terms_12_months, d.dates.special_terms_12_months_met);
  set_tri(d.facts, fact::s56_renewal_due, d.dates.s56_renewal_due);
  // Conditions that are only a matter of time: false today, met on a known date (shown in the why).
  TimeFacts time;
  if (d.dates.special_terms_12_months_met == Tri::no) time[fact::special_terms_12_months] = *d.dates.special_terms_12_months_on;
  if (d.dates.s56_renewal_due == Tri::no) time[fact::s56_renewal_due] = *d.dates.s56_renewal_date;
  d.schemes.reserve(kb.schemes.size());
  for (const auto& s : kb.schemes) d.schemes.push_back(evaluate_scheme(kb, s, d.facts, d.schemes, time));
  return d;
}

// The first day from which the employee has `margin_months` or less to `pension`
// ("more than 6 years" <=> day + 6 years is before the pension date).
Date first_day_within(Date pension, int margin_months) {
  Date d = add_months(pension, -margin_months);
  while (days_between(add_months(add_days(d, -1), margin_months), pension) <= 0) d = add_days(d, -1);
  while (days_between(add_months(d, margin_months), pension) > 0) d = add_days(d, 1);
  return d;
}

// A later day on which something changes: a date-derived fact with the facts as they stand
// (the 12 months reached, the §56 renewal date, the day the employee has 6 years or less to
// pension age), or only the rules (a dated row starts or ends). Between two of them (and up to
// the first) every scheme stays as it is.
struct ChangeDay {
  Date day;
  bool rules_only = false;
  bool operator<(const ChangeDay& o) const { return days_between(o.day, day) < 0; }
  bool operator==(const ChangeDay& o) const { return day == o.day; }
};

std::vector<ChangeDay> change_days(const KnowledgeBase& kb, const DatesResult& d, Date on) {
  std::vector<ChangeDay> days;
  auto add = [&](std::optional<Date> day, bool rules_only = false) {
    if (day && days_between(on, *day) > 0) days.push_back({*day, rules_only});
  };
  if (d.special_terms_12_months_met == Tri::no) add(d.special_terms_12_months_on);
  if (d.s56_renewal_due == Tri::no) add(d.s56_renewal_date);
  if (d.pension && d.pension->more_than_6_years != Tri::no) {
    int margin = int(kb.threshold_value("pension_margin_years") * 12);
    for (auto p : {d.pension->date, d.pension->earliest, d.pension->latest})
      if (p) add(first_day_within(*p, margin));
  }
  // A dated rule that starts or ends later changes the rules the scheme is judged by.
  for (Date r : rule_change_days(kb)) add(r, true);
  // A day that is both counts as a change of facts (those rows come first when sorted).
  std::stable_sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

}  // namespace

namespace {
void latest_in(const ConditionResult& r, std::optional<Date>& out);
void keep_latest(std::optional<Date>& out, const std::optional<Date>& d) {
  if (d && (!out || days_between(*out, *d) > 0)) out = d;
}
void latest_in(const ConditionResult& r, std::optional<Date>& out) {
  keep_latest(out, r.met_on);
  for (const auto& child : r.children) latest_in(child, out);
}
}  // namespace

std::optional<Date> latest_date_shown(const Case& c, const Assessment& a) {
  std::optional<Date> out;
  const DatesResult& d = a.dates;
  for (const auto& x : {d.first_absence_day, d.absence_interview_deadline, d.absence_interview_held_on, d.employer_period_last_day,
                        d.refund_from, d.nemrefusion_deadline, d.s56_agreement_date, d.s56_renewal_date, d.special_terms_since,
                        d.special_terms_12_months_on})
    keep_latest(out, x);
  if (d.pension) keep_latest(out, d.pension->date);
  for (const auto& s : a.schemes) {
    keep_latest(out, s.met_on);
    keep_latest(out, s.renewal_met_on);
    latest_in(s.why, out);
    if (s.renewal) latest_in(*s.renewal, out);
  }
  for (const auto& ag : a.agreements) keep_latest(out, ag.follow_up_due);
  for (const auto& e : c.log) {
    keep_latest(out, e.date);
    keep_latest(out, e.follow_up_date);
    keep_latest(out, e.next_date);
  }
  for (const auto& p : c.absence_periods) {
    keep_latest(out, p.first_day);
    keep_latest(out, p.last_day);
  }
  return out;
}

Assessment assess(const KnowledgeBase& any_kb, const Case& c, Date on) {
  // Every rule as it stood on the assessment date.
  const KnowledgeBase& kb = rules_on(any_kb, on);
  Assessment a;
  a.on = on;
  FactMap known = c.facts;
  add_record_facts(c, known);
  Day today = assess_day(kb, c, known, on);
  a.facts = std::move(today.facts);
  a.dates = today.dates;
  a.schemes = std::move(today.schemes);
  // "Not yet" from the rule itself: a scheme that fails today is assessed whole on each later
  // day on which only time changes something; the first day it holds is its date. Where it is
  // no longer known to fail but a fact is missing, it cannot be told yet; where it still fails
  // on every such day, something other than time fails and it does not apply.
  auto waiting = [&](const SchemeResult& r) {
    return r.status == Status::does_not_apply || (r.renewal && r.renewal_status == Status::does_not_apply);
  };
  if (std::any_of(a.schemes.begin(), a.schemes.end(), waiting)) {
    std::vector<bool> open(a.schemes.size() * 2);
    for (size_t i = 0; i < a.schemes.size(); ++i) {
      open[2 * i] = a.schemes[i].status == Status::does_not_apply;
      open[2 * i + 1] = a.schemes[i].renewal && a.schemes[i].renewal_status == Status::does_not_apply;
    }
    for (const auto& [day, rules_only] : change_days(kb, a.dates, on)) {
      if (std::none_of(open.begin(), open.end(), [](bool b) { return b; })) break;
      Day later = assess_day(rules_on(any_kb, day), c, known, day);
      for (size_t i = 0; i < a.schemes.size(); ++i) {
        const SchemeResult* then = nullptr;
        for (const auto& s : later.schemes)
          if (s.scheme->id == a.schemes[i].scheme->id) then = &s;
        if (!then) continue;
        for (bool renewal : {false, true}) {
          if (!open[2 * i + renewal] || (renewal && !then->renewal)) continue;
          Status st = renewal ? then->renewal_status : then->status;
          // A change of rules alone may make a scheme hold on its day ("not yet"), but it never
          // makes today's known failure "cannot tell": today's rule has said no.
          if (st == Status::does_not_apply || (rules_only && st != Status::applies)) continue;
          settle_later(a.schemes[i], *then, day, renewal);
          open[2 * i + renewal] = false;
        }
      }
    }
  }
  a.agreements = check_agreements(c, on);
  a.flow = walk_flow(kb, c, a);
  return a;
}

}  // namespace fasthold
