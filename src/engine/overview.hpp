// Every case at a glance: each case's next deadline, where it stands in the flowchart and
// whether it is open, nearest deadline first; one calendar for all open cases; and when a
// closed case has been kept long enough (closed_case_keep_days), the question to download it
// for the personnel file and delete it from the browser.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "engine/assess.hpp"

namespace fasthold {

struct OverviewRow {
  size_t index = 0;  // in the cases given
  std::string nickname;
  bool closed = false;  // closed on or before the overview's day
  // The next deadline still to act on (an overdue one first); none for a closed case.
  const DeadlineInfo* next = nullptr;
  std::optional<Date> next_date;
  std::string next_words;  // "om 3 dage", "i morgen", "i dag", "overskredet"
  bool overdue = false;
  const FlowNode* node = nullptr;  // where the case stands in the flowchart
  std::string position;            // "Trin 4 af 7: Skriv aftalen ned"
  std::string state;               // "Åben", "Lukket 01-12-2026: Tilbage i arbejde"
  std::optional<Date> retention_on;  // closed: the day the question to keep the file and delete is (next) due
  bool retention_due = false;        // that question is due today
};

// Rows in order: open cases with a deadline, the nearest first (overdue ones first, the most
// overdue at the top); open cases with none; then closed cases, the longest closed first.
// Ties keep the cases' own order.
std::vector<OverviewRow> overview_rows(const KnowledgeBase& kb, const std::vector<Case>& cases, Date on, Lang lang);

// A date in words beside it: "overskredet" (past), "i dag", "i morgen", "om N dage".
std::string days_in_words(const KnowledgeBase& kb, Date date, Date on, Lang lang);
// "Tilbage i arbejde" for "back_at_work" (kCloseReasons).
std::string close_reason_text(const KnowledgeBase& kb, const std::string& reason, Lang lang);

// The day the question to keep the file and delete the case is due: the day the keep period
// (closed_case_keep_days, in force on `on`) ends, counted from the closing; after a "Senere",
// closed_case_put_off_days from that day. None for an open case.
std::optional<Date> retention_due_on(const KnowledgeBase& kb, const Case& c, Date on);
bool retention_question_due(const KnowledgeBase& kb, const Case& c, Date on);
// "Senere" is offered once: not after the question was put off already.
bool retention_can_put_off(const Case& c);

// One iCalendar file with every open case's deadlines (calendar_ics), each event named by the
// case's nickname and the deadline only.
std::string overview_calendar_ics(const KnowledgeBase& kb, const std::vector<Case>& cases, Date on, Lang lang);

// The rows for the CLI: as JSON, and as text (one block per case).
nlohmann::json overview_to_json(const KnowledgeBase& kb, const std::vector<Case>& cases, const std::vector<OverviewRow>& rows,
                                Date on, Lang lang);
std::string overview_to_text(const KnowledgeBase& kb, const std::vector<OverviewRow>& rows, Lang lang);

}  // namespace fasthold
