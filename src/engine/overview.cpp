#include "engine/overview.hpp"

#include <algorithm>

#include "engine/documents.hpp"
#include "engine/report.hpp"
#include "engine/text.hpp"

namespace fasthold {

std::string days_in_words(const KnowledgeBase& kb, Date date, Date on, Lang lang) {
  int days = days_between(on, date);
  if (days < 0) return kb.text("overdue", lang);
  if (days == 0) return kb.text("deadline_today", lang);
  if (days == 1) return kb.text("deadline_tomorrow", lang);
  return fill(kb.text("deadline_soon", lang), {std::to_string(days)});
}

std::string close_reason_text(const KnowledgeBase& kb, const std::string& reason, Lang lang) {
  return kb.text("close_reason_" + reason, lang);
}

std::optional<Date> retention_due_on(const KnowledgeBase& any_kb, const Case& c, Date on) {
  if (!c.closed) return std::nullopt;
  const KnowledgeBase& kb = rules_on(any_kb, on);
  if (c.closed->put_off) return add_days(*c.closed->put_off, int(kb.threshold_value("closed_case_put_off_days")));
  return add_days(c.closed->on, int(kb.threshold_value("closed_case_keep_days")));
}

bool retention_question_due(const KnowledgeBase& kb, const Case& c, Date on) {
  auto due = retention_due_on(kb, c, on);
  return due && days_between(*due, on) >= 0;
}

bool retention_can_put_off(const Case& c) { return c.closed && !c.closed->put_off; }

namespace {

OverviewRow row_for(const KnowledgeBase& kb, const Case& c, size_t index, Date on, Lang lang) {
  Assessment a = assess(kb, c, on);
  OverviewRow r;
  r.index = index;
  r.nickname = c.nickname;
  r.closed = is_closed_on(c, on);
  for (const auto& l : deadline_lines(kb, c, a)) {  // in date order; none once closed
    if (l.done || l.info->id == "pension_date") continue;
    r.next = l.info;
    r.next_date = l.date;
    r.overdue = l.overdue;
    r.next_words = days_in_words(kb, l.date, on, lang);
    break;
  }
  r.node = a.flow.node;
  if (r.node) r.position = fill(kb.text("step_of", lang), {std::to_string(r.node->step)}) + ": " + r.node->title.in(lang);
  if (r.closed) {
    r.state = fill(kb.text("overview_closed", lang), {format_danish(c.closed->on), close_reason_text(kb, c.closed->reason, lang)});
    r.retention_on = retention_due_on(kb, c, on);
    r.retention_due = retention_question_due(kb, c, on);
  } else {
    r.state = kb.text("overview_open", lang);
  }
  return r;
}

}  // namespace

std::vector<OverviewRow> overview_rows(const KnowledgeBase& kb, const std::vector<Case>& cases, Date on, Lang lang) {
  std::vector<OverviewRow> rows;
  rows.reserve(cases.size());
  for (size_t i = 0; i < cases.size(); ++i) rows.push_back(row_for(kb, cases[i], i, on, lang));
  auto group = [](const OverviewRow& r) { return r.closed ? 2 : r.next_date ? 0 : 1; };
  std::stable_sort(rows.begin(), rows.end(), [&](const OverviewRow& x, const OverviewRow& y) {
    if (group(x) != group(y)) return group(x) < group(y);
    if (group(x) == 0) return days_between(*x.next_date, *y.next_date) > 0;
    if (group(x) == 2) return days_between(cases[x.index].closed->on, cases[y.index].closed->on) > 0;
    return false;
  });
  return rows;
}

std::string overview_calendar_ics(const KnowledgeBase& kb, const std::vector<Case>& cases, Date on, Lang lang) {
  std::vector<Assessment> assessments;
  assessments.reserve(cases.size());  // the pointers below stay valid
  std::vector<CaseOnCalendar> open;
  for (const auto& c : cases) {
    if (is_closed_on(c, on)) continue;
    assessments.push_back(assess(kb, c, on));
    open.push_back({&c, &assessments.back()});
  }
  return calendar_ics(kb, open, on, lang);
}

nlohmann::json overview_to_json(const KnowledgeBase& kb, const std::vector<Case>& cases, const std::vector<OverviewRow>& rows,
                                Date on, Lang lang) {
  nlohmann::json out = {{"on", format_iso(on)}, {"language", lang_code(lang)}, {"rows", nlohmann::json::array()}};
  for (const auto& r : rows) {
    nlohmann::json j = {{"case", r.index}, {"nickname", r.nickname}, {"state", r.closed ? "closed" : "open"}, {"state_text", r.state},
                        {"step", r.node ? r.node->step : 0}, {"flow_node", r.node ? r.node->id : ""}, {"position", r.position}};
    j["next_deadline"] = nullptr;
    if (r.next)
      j["next_deadline"] = {{"id", r.next->id}, {"what", r.next->label.in(lang)}, {"date", format_iso(*r.next_date)},
                            {"in_words", r.next_words}, {"overdue", r.overdue}};
    j["closed"] = nullptr;
    if (r.closed) {
      const CaseClosed& cl = *cases[r.index].closed;
      j["closed"] = {{"on", format_iso(cl.on)}, {"reason", cl.reason}, {"reason_text", close_reason_text(kb, cl.reason, lang)},
                     {"retention_due_on", format_iso(*r.retention_on)}, {"retention_question", r.retention_due},
                     {"can_put_off", retention_can_put_off(cases[r.index])}};
    }
    out["rows"].push_back(j);
  }
  return out;
}

std::string overview_to_text(const KnowledgeBase& kb, const std::vector<OverviewRow>& rows, Lang lang) {
  if (rows.empty()) return kb.text("overview_none", lang) + "\n";
  std::string o;
  for (const auto& r : rows) {
    o += r.nickname + " \u2013 " + r.state + "\n";
    o += "  " + kb.text("overview_col_deadline", lang) + ": ";
    if (r.next) o += r.next->label.in(lang) + " " + format_danish(*r.next_date) + " (" + r.next_words + ")";
    else o += kb.text("overview_no_deadline", lang);
    o += "\n  " + kb.text("overview_col_step", lang) + ": " + r.position + "\n";
    if (r.retention_due) o += "  " + kb.text("retention_question", lang) + "\n";
  }
  return o;
}

}  // namespace fasthold
