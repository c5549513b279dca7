#include "engine/assess.hpp"

#include "engine/assess_parts.hpp"

namespace fasthold {

const char* tri_name(Tri t) { return t == Tri::yes ? "true" : t == Tri::no ? "false" : "unknown"; }

const char* status_name(Status s) {
  return s == Status::applies ? "applies" : s == Status::does_not_apply ? "does_not_apply" : "unknown";
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
    set_tri(a.facts, "under_pension_age", a.dates.pension->under_pension_age);
    set_tri(a.facts, "more_than_6_years_to_pension", a.dates.pension->more_than_6_years);
  }
  set_tri(a.facts, "special_terms_12_months", a.dates.special_terms_12_months_met);
  a.schemes.reserve(kb.schemes.size());
  for (const auto& s : kb.schemes) a.schemes.push_back(evaluate_scheme(kb, s, a.facts, a.schemes));
  a.flow = walk_flow(kb, c, a.facts);
  a.agreements = check_agreements(c, on);
  return a;
}

}  // namespace fasthold
