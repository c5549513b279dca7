// The case: what the manager knows about one employee, and the dated record of agreements.
// Stored in the browser and exported as a file in the versioned format of docs/case-file.md.
#pragma once
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "engine/calendar.hpp"
#include "engine/input_error.hpp"
#include "engine/knowledge.hpp"

namespace fasthold {

constexpr int kCaseFormatVersion = 1;
constexpr const char* kCaseFormatName = "fasthold-case";

// A known fact. An absent fact is unknown.
using FactValue = std::variant<bool, double, Date, std::chrono::year_month, std::string>;

struct AbsencePeriod {
  Date first_day;
  std::optional<Date> last_day;  // open while the absence goes on
};

// One dated entry in the record. `kind` decides which fields mean something.
struct LogEntry {
  std::string id;
  Date date;
  std::string kind;  // agreement, follow_up, absence_interview, retention_plan, s56_agreement,
                     // partial_sick_leave, jobcenter_contact, note
  // agreement
  std::vector<std::string> adapted;  // adaptation ids from data/adaptations.json
  std::string adapted_text;          // or in the manager's words
  std::string expected_effect;
  std::optional<Date> follow_up_date;
  std::string consequences;
  std::string difficult_functions;
  std::string accommodations;
  std::string terms;                 // social_chapter, special_terms, ordinary; empty: not stated
  std::optional<bool> unsupported_job;  // a job without wage subsidy
  // follow_up
  std::string agreement_id;
  std::string assessed;
  std::string outcome;
  std::string next_step;
  std::optional<Date> next_date;
  // retention_plan
  std::string status;                // asked, made
  // partial_sick_leave
  std::optional<double> hours_per_week;
  // every kind
  std::string note;
};

// What the case showed when it was last opened: the knowledge base's version, the assessment
// date and each scheme's status, so a newer knowledge base or a later date that moves a status
// is said when the case is opened again, never applied silently.
struct LastShown {
  std::string kb_version;
  Date on;
  std::map<std::string, std::string> statuses;  // scheme id -> applies, does_not_apply, unknown
  bool operator==(const LastShown&) const = default;
};

// A municipality's contact: its name (or its jobcentre's), phone, e-mail, web address and the
// person to ask. From a consultant's link (#municipality=...) or typed by the manager.
struct JobcenterContact {
  std::string name, phone, email, web, consultant;
  bool operator==(const JobcenterContact&) const = default;
};

// The contact kept with a case, and where it came from: "link" (a consultant's link) or
// "manager" (typed on "Hvem kan hjælpe").
struct CaseContact {
  JobcenterContact who;
  std::string from;
  bool operator==(const CaseContact&) const = default;
};

// Why a case was closed: the fixed list a closing chooses from (docs/case-file.md).
inline constexpr const char* kCloseReasons[] = {"back_at_work", "left_company", "scheme_started", "other"};

// A closed case keeps its record; from `on` its deadlines stop. `put_off`: the day the manager
// answered "Senere" to the question to keep the file and delete the case (asked once more, then not put off again).
struct CaseClosed {
  Date on;
  std::string reason;  // one of kCloseReasons
  std::optional<Date> put_off;
  bool operator==(const CaseClosed&) const = default;
};

struct Case {
  std::string nickname;
  std::map<std::string, FactValue> facts;  // by fact id (data/facts.json)
  std::set<std::string> not_known_yet;     // asked, answered "don't know yet" (null in the file)
  std::vector<AbsencePeriod> absence_periods;
  std::vector<LogEntry> log;
  std::map<std::string, bool> checklist;   // the preparation checklist's ticks, by item id
  std::set<std::string> steps_done;        // flowchart actions the manager has done, by node id (never facts)
  std::optional<LastShown> last_shown;
  std::optional<CaseContact> contact;      // the employee's municipality, kept with the case
  std::optional<Date> last_backup;         // the day the case file was last downloaded
  std::optional<Date> backup_reminded;     // the day the download reminder was last put off ("Senere")
  std::optional<CaseClosed> closed;        // none: the case is open
};

// Closed on or before `on` (a case closed later is still open that day).
bool is_closed_on(const Case& c, Date on);
// The largest case file Fasthold reads, in the page (every case is kept in localStorage, which
// holds about 5 MB in all; a real case file is a few KB) and on the command line alike.
inline constexpr size_t kMaxCaseFileBytes = size_t(2) << 20;

// Parses and validates a case file against the knowledge base. Throws InputError naming the
// field as a JSON pointer and the bad value. Older format versions are migrated first.
Case parse_case(const std::string& text, const KnowledgeBase& kb);
// Checks that need the assessment date (a birth date after it, for instance).
void validate_case_on(const Case& c, Date on);
// Writes the current format version; parse_case(write_case(c)) == c.
std::string write_case(const Case& c, const KnowledgeBase& kb);

bool is_agreement_on_special_terms(const LogEntry& e);

}  // namespace fasthold
