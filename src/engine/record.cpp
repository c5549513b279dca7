#include <algorithm>
#include <unordered_map>

#include "engine/assess_parts.hpp"
#include "engine/fact_ids.hpp"

namespace fasthold {

namespace {
bool before(Date a, Date b) { return days_between(a, b) > 0; }
}  // namespace

// The written record is the documentation the 12-month rule needs: where it proves a fact,
// it is used; where it does not, the manager's answer stands.
void add_record_facts(const Case& c, FactMap& facts) {
  std::optional<Date> first_absence, special_since, s56_date;
  bool functions_written = false, unsupported_attempt = false;
  for (const auto& p : c.absence_periods)
    if (!first_absence || before(*first_absence, p.first_day)) first_absence = p.first_day;  // the latest period
  for (const auto& e : c.log) {
    if (is_agreement_on_special_terms(e)) {
      if (!special_since || before(e.date, *special_since)) special_since = e.date;
      if (e.unsupported_job.value_or(false)) unsupported_attempt = true;
    }
    if (e.kind == "agreement" && !e.difficult_functions.empty() && !e.accommodations.empty()) functions_written = true;
    if (e.kind == "s56_agreement" && (!s56_date || before(*s56_date, e.date))) s56_date = e.date;
  }
  if (first_absence) facts[fact::first_absence_day] = *first_absence;
  if (special_since) facts[fact::special_terms_since] = *special_since;
  if (s56_date) facts[fact::s56_agreement_date] = *s56_date;
  if (functions_written) facts[fact::functions_and_accommodations_written] = true;
  if (unsupported_attempt) facts[fact::unsupported_job_attempt_documented] = true;
}

std::vector<AgreementCheck> check_agreements(const Case& c, Date on) {
  // The latest follow-up of each agreement, in one pass (a record grows for years).
  std::unordered_map<std::string, const LogEntry*> latest_follow_up;
  for (const auto& f : c.log) {
    if (f.kind != "follow_up") continue;
    const LogEntry*& latest = latest_follow_up[f.agreement_id];
    if (!latest || !before(f.date, latest->date)) latest = &f;
  }
  std::vector<AgreementCheck> out;
  for (size_t i = 0; i < c.log.size(); ++i) {
    const LogEntry& a = c.log[i];
    if (a.kind != "agreement") continue;
    AgreementCheck check;
    check.entry = i;
    // The four parts every written agreement must contain (cabi-flow).
    if (a.adapted.empty() && a.adapted_text.empty()) check.missing_parts.push_back("what_adapted");
    if (a.expected_effect.empty()) check.missing_parts.push_back("expected_effect");
    if (!a.follow_up_date) check.missing_parts.push_back("follow_up_date");
    if (a.consequences.empty()) check.missing_parts.push_back("consequences");
    // What a flexjob at the workplace needs on paper (cabi-rules).
    if (a.difficult_functions.empty()) check.missing_for_flexjob.push_back("difficult_functions");
    if (a.accommodations.empty()) check.missing_for_flexjob.push_back("accommodations");
    // The pending follow-up: the agreement's date, or the latest follow-up's next date.
    auto it = latest_follow_up.find(a.id);
    check.follow_up_due = it == latest_follow_up.end() ? a.follow_up_date : it->second->next_date;
    check.follow_up_overdue = check.follow_up_due && before(*check.follow_up_due, on);
    out.push_back(check);
  }
  return out;
}

}  // namespace fasthold
