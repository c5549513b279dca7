// The assessment: for every scheme applies / does not apply / cannot tell yet, with the why;
// the computed dates; the position in the flowchart; the checks on the written record.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/case_file.hpp"
#include "engine/knowledge.hpp"

namespace fasthold {

enum class Tri { no, yes, unknown };
const char* tri_name(Tri t);  // "false", "true", "unknown"

struct ConditionResult {
  const Condition* condition = nullptr;
  Tri value = Tri::unknown;
  bool ask_jobcenter = false;  // a jobcenter judgement case by case decided this node
  std::string shown_value;     // the fact's value as known ("3"), empty if unknown
  std::optional<Date> met_on;  // unmet only because its date has not come yet: met on this date
  std::vector<ConditionResult> children;
};

// not_yet: the only unmet conditions are a matter of time ("Endnu ikke – opfyldt den …").
enum class Status { applies, does_not_apply, unknown, not_yet };
const char* status_name(Status s);  // "applies", "does_not_apply", "unknown", "not_yet"

struct SchemeResult {
  const Scheme* scheme = nullptr;
  Status status = Status::unknown;
  bool ask_jobcenter = false;                   // unknown because the jobcenter must judge
  ConditionResult why;                          // the whole tree, evaluated
  std::vector<ConditionResult> reasons;         // the conditions that decided the status (no children)
  std::vector<std::string> missing;             // fact ids that would settle it
  std::optional<Date> met_on;                   // not_yet: the date its time conditions are met
  Tri track = Tri::unknown;                     // social chapter (yes) or special terms (no)
  std::vector<std::string> track_missing;
  std::optional<ConditionResult> renewal;       // only once an agreement exists
  Status renewal_status = Status::unknown;
  std::optional<Date> renewal_met_on;
  std::vector<std::string> renewal_missing;
  bool renewal_ask_jobcenter = false;
  std::vector<ConditionResult> limits;          // limits that hold: the municipality judges that part
  std::vector<std::string> limits_missing;      // facts that would tell whether a limit holds
};

struct PensionResult {
  int age_years = 0, age_months = 0;
  std::optional<Date> date;              // exact when the birth date is known
  std::optional<Date> earliest, latest;  // with only a birth month
  Tri under_pension_age = Tri::unknown;
  Tri more_than_6_years = Tri::unknown;
  std::optional<Span> time_left;         // from the assessment date, when the date is exact
  const PensionRow* row = nullptr;
};

struct DatesResult {
  std::optional<Date> first_absence_day;
  std::optional<Date> absence_interview_deadline;
  std::optional<Date> absence_interview_held_on;
  Tri employer_period = Tri::unknown;  // the employer pays the first 30 days
  Tri employed_8_weeks = Tri::unknown;
  std::optional<Date> employer_period_last_day, refund_from;
  Tri retention_plan_right = Tri::unknown;
  // The employer's own deadline for reporting the absence in NemRefusion (sdpl § 40): which of
  // the three cases (a deadlines.json id) and its date; none while the case is not known.
  std::string nemrefusion_case;
  std::optional<Date> nemrefusion_deadline;
  std::optional<Date> s56_agreement_date, s56_renewal_date;
  Tri s56_renewal_due = Tri::unknown;
  std::optional<Date> special_terms_since, special_terms_12_months_on;
  Tri special_terms_12_months_met = Tri::unknown;
  int special_terms_days_done = 0, special_terms_days_total = 0;
  std::optional<PensionResult> pension;
};

struct FlowResult {
  const FlowNode* node = nullptr;
  std::vector<const FlowNode*> path;
  // A decision the record answered (step 7 from the first agreement on special terms), and the
  // manager's own answer to it where one was typed: shown as contradicting when it differs.
  const FlowNode* from_record = nullptr;
  Tri record_value = Tri::unknown, typed_value = Tri::unknown;
  bool contradicts = false;
  // The latest written agreement when it lacks one of the four parts: not yet "in writing".
  std::optional<size_t> incomplete_agreement;  // index in Assessment::agreements
  // An outcome skipped because the scheme it recommends does not apply.
  const FlowNode* skipped = nullptr;
};

struct AgreementCheck {
  size_t entry = 0;  // index in Case::log
  std::vector<std::string> missing_parts;          // the four parts every agreement needs
  std::vector<std::string> missing_for_flexjob;    // difficult_functions, accommodations
  std::optional<Date> follow_up_due;
  bool follow_up_overdue = false;
};

struct Assessment {
  Date on;
  std::vector<SchemeResult> schemes;  // in data order
  DatesResult dates;
  FlowResult flow;
  std::vector<AgreementCheck> agreements;
  std::map<std::string, FactValue> facts;  // every known fact: answers, the record, derived
  const SchemeResult* scheme(const std::string& id) const;
};

Assessment assess(const KnowledgeBase& kb, const Case& c, Date on);

// The latest date a case and its assessment show (deadlines, "not yet" dates, the record's
// dates): a notice announced beside dates after a day (notices.json `dates_after`) is shown
// wherever this is after it.
std::optional<Date> latest_date_shown(const Case& c, const Assessment& a);

// The flowchart's next step in words: the node's text with its date, what the record says
// against a typed answer, the missing parts of an agreement. The CLI, the documents and the page
// all show this one text.
std::string flow_next_text(const KnowledgeBase& kb, const Case& c, const Assessment& a, Lang lang);
// "Endnu ikke – opfyldt den 22-11-2026" and the other statuses in words.
std::string status_words(const KnowledgeBase& kb, Status s, const std::optional<Date>& met_on, bool ask_jobcenter, Lang lang);

}  // namespace fasthold
