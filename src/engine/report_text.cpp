#include "engine/report.hpp"
#include "engine/text_out.hpp"

namespace fasthold {

namespace {

const char* mark(const ConditionResult& r) {
  if (r.met_on) return "[~]";
  return r.value == Tri::yes ? "[x]" : r.value == Tri::no ? "[ ]" : "[?]";
}

std::string source_title(const KnowledgeBase& kb, const Citation& c, Lang lang) {
  std::string t = kb.source(c.source)->title.in(lang);
  if (!c.where.empty()) t += ", " + c.where;
  return t;
}

struct Writer {
  const KnowledgeBase& kb;
  Lang lang;
  TextOut o;
  const std::string& T(const std::string& key) const { return kb.text(key, lang); }

  // A condition tree as the page's "why": each line its mark, text, value and source.
  void tree(const ConditionResult& r, int depth) {
    const Condition& c = *r.condition;
    std::string pad(2 + 2 * depth, ' ');
    o << pad << mark(r) << " " << c.text.in(lang);
    bool is_number = c.kind == Condition::Kind::fact && c.op != "is";
    if (!r.shown_value.empty() && is_number) o << " (" << r.shown_value << ")";
    if (r.met_on) o << " – " << fill(T("not_yet_met_on"), {format_danish(*r.met_on)});
    if (r.ask_jobcenter) o << " – " << T("ask_jobcenter");
    o << "\n";
    if (depth == 0 || c.kind == Condition::Kind::fact || c.kind == Condition::Kind::judgement)
      o << pad << "    " << T("source_label") << ": " << source_title(kb, c.cite, lang) << "\n";
    if (!c.cite.interpretation.empty() && (c.kind == Condition::Kind::fact || c.kind == Condition::Kind::judgement))
      o << pad << "    " << T("interpretation") << ": " << c.cite.interpretation << "\n";
    if (c.kind != Condition::Kind::scheme && c.kind != Condition::Kind::judgement)
      for (const auto& child : r.children) tree(child, depth + 1);
  }

  void missing(const std::string& heading, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    o << "  " << heading << ":\n";
    for (const auto& id : ids) {
      const Fact* f = kb.fact(id);
      o << "   - " << f->question.in(lang) << " (" << T("report_who") << ": ";
      for (size_t i = 0; i < f->who.size(); ++i) o << (i ? ", " : "") << kb.role(f->who[i])->name.in(lang);
      o << ")\n";
    }
  }

  std::string answer(Tri t) const { return t == Tri::yes ? T("answer_yes") : t == Tri::no ? T("answer_no") : T("unknown"); }
};

}  // namespace

// The same things as the JSON and in the page's order: the flowchart and its next step, the
// schemes one can ask for now, every scheme (status, track, why, limits, missing facts, who
// decides, renewal, notes), the dates, the agreements; by the rules of the assessment date.
std::string assessment_to_text(const KnowledgeBase& any_kb, const Case& c, const Assessment& a, Lang lang) {
  const KnowledgeBase& kb = rules_on(any_kb, a.on);
  Writer w{kb, lang, {}};
  TextOut& o = w.o;
  auto T = [&](const char* key) -> const std::string& { return kb.text(key, lang); };
  o << T("report_title");
  if (!c.nickname.empty()) o << ": " << c.nickname;
  o << "\n" << T("report_assessed_on") << " " << format_danish(a.on) << "\n";
  o << fill(T("rules_checked"), {format_danish(*parse_iso_date(kb.last_checked))}) << "\n";
  for (const Notice* n : notices_at(kb, "results")) o << "! " << n->text.in(lang) << "\n";
  o << "\n";

  const FlowResult& f = a.flow;
  const FlowNode* n = f.node;
  o << "== " << T("report_flow") << " ==\n" << fill(T("step_of"), {std::to_string(n->step)}) << ": " << n->title.in(lang) << "\n";
  o << n->text.in(lang) << "\n";
  o << T("report_next") << ": " << flow_next_text(kb, c, a, lang) << "\n";
  o << "   (" << T("source_label") << ": " << source_title(kb, n->cite, lang) << ")\n";
  if (!n->cite.interpretation.empty()) o << "   (" << T("interpretation") << ": " << n->cite.interpretation << ")\n";
  bool any_check = f.from_record || !n->check_facts.empty() || f.incomplete_agreement;
  if (any_check) o << T("flow_checks") << ":\n";
  if (f.from_record) {
    std::string q = kb.fact(f.from_record->fact)->question.in(lang);
    const auto& since = a.dates.special_terms_since;
    const auto& met = a.dates.special_terms_12_months_on;
    o << " - " << q << " " << fill(T("flow_answered_from_record"), {w.answer(f.record_value), since ? format_danish(*since) : "?",
                                                                    met ? format_danish(*met) : "?"}) << "\n";
    if (f.typed_value != Tri::unknown) o << "   " << fill(T("flow_you_answered"), {w.answer(f.typed_value)}) << "\n";
  }
  for (const auto& id : n->check_facts) {
    auto it = a.facts.find(id);
    const bool* b = it == a.facts.end() ? nullptr : std::get_if<bool>(&it->second);
    o << " - " << kb.fact(id)->question.in(lang) << " " << (b ? w.answer(*b ? Tri::yes : Tri::no) : T("unknown")) << "\n";
  }
  if (f.incomplete_agreement) {
    const AgreementCheck& ag = a.agreements[*f.incomplete_agreement];
    std::string parts;
    for (size_t i = 0; i < ag.missing_parts.size(); ++i) parts += (i ? ", " : "") + kb.text("part_" + ag.missing_parts[i], lang);
    o << " - " << fill(T("flow_agreement_incomplete"), {format_danish(c.log[ag.entry].date), parts}) << "\n";
  }

  o << "\n== " << T("results_can_ask") << " ==\n";
  bool any = false;
  for (const auto& s : a.schemes)
    if (s.status == Status::applies) {
      any = true;
      o << "* " << s.scheme->name.in(lang) << " – " << T("report_decided_by") << ": " << s.scheme->decided_by.in(lang) << "\n";
    }
  if (!any) o << T("results_none_yet") << "\n";

  o << "\n== " << T("report_schemes") << " ==\n";
  for (const auto& s : a.schemes) {
    o << "\n* " << s.scheme->name.in(lang) << ": " << status_words(kb, s.status, s.met_on, s.ask_jobcenter, lang) << "\n";
    if (s.scheme->track.condition) {
      o << "  " << T("report_track") << ": "
        << (s.track == Tri::unknown ? T("status_unknown") : (s.track == Tri::yes ? s.scheme->track.if_true : s.scheme->track.if_false).in(lang))
        << "\n";
    }
    o << "  " << s.scheme->summary.in(lang) << "\n";
    w.tree(s.why, 0);
    for (const auto& l : s.limits) {
      o << "  " << T("report_limits") << ": " << l.condition->text.in(lang);
      if (!l.shown_value.empty()) o << " (" << l.shown_value << ")";
      o << "\n    " << T("source_label") << ": " << source_title(kb, l.condition->cite, lang) << "\n";
    }
    w.missing(T("report_missing"), s.missing);
    if (s.scheme->track.condition) w.missing(T("report_track_missing"), s.track_missing);
    w.missing(T("report_missing"), s.limits_missing);
    if (s.status != Status::does_not_apply) o << "  " << T("report_decided_by") << ": " << s.scheme->decided_by.in(lang) << "\n";
    if (s.renewal) {
      o << "  " << T("report_renewal") << ": "
        << status_words(kb, s.renewal_status, s.renewal_met_on, s.renewal_ask_jobcenter, lang) << "\n";
      w.tree(*s.renewal, 1);
      w.missing(T("report_missing"), s.renewal_missing);
    }
    if (!s.scheme->notes.empty()) {
      o << "  " << T("report_notes") << ":\n";
      for (const auto& note : s.scheme->notes)
        o << "   - " << note.text.in(lang) << " (" << T("source_label") << ": " << source_title(kb, note.cite, lang) << ")\n";
    }
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
  if (a.dates.retention_plan_right == Tri::yes) o << T("report_retention_plan_right") << "\n";
  for (const Notice* n : notices_at(kb, "deadlines"))
    o << n->text.in(lang) << " (" << T("source_label") << ": " << source_title(kb, n->cite, lang) << ")\n";
  if (a.dates.pension) {
    Tri m = a.dates.pension->more_than_6_years;
    o << kb.deadline("six_years_to_pension")->label.in(lang) << ": "
      << (m == Tri::yes ? T("answer_yes") : m == Tri::no ? T("answer_no") : T("report_depends_on_day")) << "\n";
  }

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
      if (ag.follow_up_due) o << "   " << kb.deadline("follow_up_date")->label.in(lang) << ": " << format_danish(*ag.follow_up_due) << "\n";
      if (!ag.missing_for_flexjob.empty()) {
        o << "   " << T("report_missing_for_flexjob") << ": ";
        for (size_t i = 0; i < ag.missing_for_flexjob.size(); ++i) o << (i ? ", " : "") << T(("part_" + ag.missing_for_flexjob[i]).c_str());
        o << "\n";
      }
    }
  }
  return o.str();
}

}  // namespace fasthold
