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

Assessment assess(const KnowledgeBase& any_kb, const Case& c, Date on) {
  // Every rule as it stood on the assessment date.
  const KnowledgeBase& kb = rules_on(any_kb, on);
  Assessment a;
  a.on = on;
  a.facts = c.facts;
  add_record_facts(c, a.facts);
  a.dates = compute_dates(kb, c, a.facts, on);
  // Facts derived from dates feed the scheme conditions like any other fact.
  if (a.dates.pension) {
    set_tri(a.facts, fact::under_pension_age, a.dates.pension->under_pension_age);
    set_tri(a.facts, fact::more_than_6_years_to_pension, a.dates.pension->more_than_6_years);
  }
  set_tri(a.facts, fact::special_terms_12_months, a.dates.special_terms_12_months_met);
  set_tri(a.facts, fact::s56_renewal_due, a.dates.s56_renewal_due);
  // Conditions that are only a matter of time: false today, met on a known date.
  TimeFacts time;
  if (a.dates.special_terms_12_months_met == Tri::no) time[fact::special_terms_12_months] = *a.dates.special_terms_12_months_on;
  if (a.dates.s56_renewal_due == Tri::no) time[fact::s56_renewal_due] = *a.dates.s56_renewal_date;
  a.schemes.reserve(kb.schemes.size());
  for (const auto& s : kb.schemes) a.schemes.push_back(evaluate_scheme(kb, s, a.facts, a.schemes, time));
  a.agreements = check_agreements(c, on);
  a.flow = walk_flow(kb, c, a);
  return a;
}

}  // namespace fasthold
