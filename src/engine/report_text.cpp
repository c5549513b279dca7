#include <sstream>

#include "engine/report.hpp"

namespace fasthold {

namespace {

const char* mark(Tri t) { return t == Tri::yes ? "[x]" : t == Tri::no ? "[ ]" : "[?]"; }

std::string status_text(const KnowledgeBase& kb, const SchemeResult& s, Lang lang) {
  std::string key = std::string("status_") + status_name(s.status);
  std::string out = kb.text(key, lang);
  if (s.status == Status::unknown && s.ask_jobcenter) out += " – " + kb.text("ask_jobcenter", lang);
  return out;
}

std::string source_title(const KnowledgeBase& kb, const Citation& c, Lang lang) {
  std::string t = kb.source(c.source)->title.in(lang);
  if (!c.where.empty()) t += ", " + c.where;
  return t;
}

}  // namespace

std::string assessment_to_text(const KnowledgeBase& any_kb, const Case& c, const Assessment& a, Lang lang) {
  const KnowledgeBase& kb = rules_on(any_kb, a.on);
  std::ostringstream o;
  auto T = [&](const char* key) -> const std::string& { return kb.text(key, lang); };
  o << T("report_title");
  if (!c.nickname.empty()) o << ": " << c.nickname;
  o << "\n" << T("report_assessed_on") << " " << format_danish(a.on) << "\n";
  o << fill(T("rules_checked"), {format_danish(*parse_iso_date(kb.last_checked))}) << "\n";
  for (const auto& n : kb.notices)
    if (n.where == "results") o << "! " << n.text.in(lang) << "\n";
  o << "\n";

  const FlowNode* n = a.flow.node;
  o << "== " << T("report_flow") << " ==\n" << fill_number(T("step_of"), n->step) << ": " << n->title.in(lang) << "\n";
  o << T("report_next") << ": " << n->next.in(lang) << "\n";
  o << "   (" << T("source_label") << ": " << source_title(kb, n->cite, lang) << ")\n\n";

  o << "== " << T("report_schemes") << " ==\n";
  for (const auto& s : a.schemes) {
    o << "\n* " << s.scheme->name.in(lang) << ": " << status_text(kb, s, lang) << "\n";
    if (s.scheme->track.condition && s.track != Tri::unknown)
      o << "  " << (s.track == Tri::yes ? s.scheme->track.if_true : s.scheme->track.if_false).in(lang) << "\n";
    for (const auto& r : s.reasons) {
      o << "  " << mark(r.value) << " " << r.condition->text.in(lang);
      bool is_number = r.condition->kind == Condition::Kind::fact && r.condition->op != "is";
      if (!r.shown_value.empty() && is_number) o << " (" << r.shown_value << ")";
      if (r.ask_jobcenter) o << " – " << T("ask_jobcenter");
      o << "\n      " << T("source_label") << ": " << source_title(kb, r.condition->cite, lang) << "\n";
    }
    if (!s.missing.empty()) {
      o << "  " << T("report_missing") << ":\n";
      for (const auto& id : s.missing) {
        const Fact* f = kb.fact(id);
        o << "   - " << f->question.in(lang) << " (" << T("report_who") << ": ";
        for (size_t i = 0; i < f->who.size(); ++i) o << (i ? ", " : "") << kb.role(f->who[i])->name.in(lang);
        o << ")\n";
      }
    }
    if (s.status != Status::does_not_apply) o << "  " << T("report_decided_by") << ": " << s.scheme->decided_by.in(lang) << "\n";
    for (const auto& note : s.scheme->notes) o << "  - " << note.text.in(lang) << "\n";
  }

  auto lines = deadline_lines(kb, c, a);
  o << "\n== " << T("report_dates") << " ==\n";
  if (lines.empty()) o << T("report_no_dates") << "\n";
  for (const auto& l : lines) {
    o << format_danish(l.date) << "  " << l.info->label.in(lang);
    if (!l.detail.empty()) o << " (" << l.detail << ")";
    if (l.overdue) o << " – " << T("overdue");
    o << "\n            " << l.info->why.in(lang) << " " << T("source_label") << ": " << source_title(kb, l.info->cite, lang) << "\n";
  }
  if (a.dates.employer_period == Tri::no) o << T("report_no_employer_period") << "\n";
  for (const auto& n : kb.notices)
    if (n.where == "deadlines") o << n.text.in(lang) << " (" << T("source_label") << ": " << source_title(kb, n.cite, lang) << ")\n";
  if (a.dates.pension) {
    Tri m = a.dates.pension->more_than_6_years;
    o << kb.deadline("six_years_to_pension")->label.in(lang) << ": "
      << (m == Tri::yes ? T("answer_yes") : m == Tri::no ? T("answer_no") : T("report_depends_on_day")) << "\n";
  }
  if (a.dates.retention_plan_right == Tri::yes) o << T("report_retention_plan_right") << "\n";

  if (!a.agreements.empty()) {
    o << "\n== " << T("report_agreements") << " ==\n";
    for (const auto& ag : a.agreements) {
      const LogEntry& e = c.log[ag.entry];
      o << format_danish(e.date) << " (" << e.id << "): ";
      if (ag.missing_parts.empty()) o << T("report_agreement_complete");
      else {
        o << T("report_agreement_missing") << " ";
        for (size_t i = 0; i < ag.missing_parts.size(); ++i) o << (i ? ", " : "") << T(("part_" + ag.missing_parts[i]).c_str());
      }
      if (ag.follow_up_overdue) o << "; " << T("report_follow_up_overdue");
      o << "\n";
    }
  }
  return o.str();
}

}  // namespace fasthold
