// The schemes beside the interview (or as a tab on a phone), the results page, and the
// deadlines: every status as an icon and a word, the why tree with its sources, the missing
// facts as links to the questions that settle them.
#include <algorithm>

#include "engine/documents.hpp"
#include "engine/report.hpp"
#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/parts.hpp"
#include "ui/views.hpp"
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"
#include "platform/platform.hpp"

namespace fasthold::ui {

namespace {

// What to do about a scheme that applies: write the agreement (document "") or prepare the
// document for the municipality.
struct SchemeAction {
  const char* label_key;
  std::string document;
};
SchemeAction scheme_action(const std::string& scheme) {
  if (scheme == "social_chapter") return {"action_agreement", ""};
  if (scheme == "s56") return {"action_s56", "s56_preparation"};
  if (scheme == "fastholdelsesfleksjob") return {"action_flexjob_pack", "flexjob_pack"};
  return {"action_summary", "jobcenter_summary"};
}

const char* met_icon(Tri v) { return v == Tri::yes ? "\u2713" : v == Tri::no ? "\u2717" : "?"; }

// The sources a why tree cites, each once, in the order met: "title — where".
void cited(const KnowledgeBase& kb, Lang lang, const ConditionResult& r, std::vector<std::string>& out) {
  const Condition& c = *r.condition;
  const Source* src = kb.source(c.cite.source);
  std::string one = (src ? src->title.in(lang) : c.cite.source) + (c.cite.where.empty() ? "" : " \u2014 " + c.cite.where);
  if (!c.cite.source.empty() && std::find(out.begin(), out.end(), one) == out.end()) out.push_back(one);
  if (c.kind != Condition::Kind::scheme && c.kind != Condition::Kind::judgement)
    for (const auto& child : r.children) cited(kb, lang, child, out);
}

void why_lines(const Theme& t, const KnowledgeBase& kb, Lang lang, const ConditionResult& r, int depth) {
  const Condition& c = *r.condition;
  ImGui::Indent(t.px(depth ? 18 : 0));
  // The verdict first, then the condition, never a double negative (why_words).
  std::string line = why_words(kb, lang, r);
  line = std::string(met_icon(r.value)) + " " + line;
  if (r.ask_jobcenter) line += " \u2013 " + kb.text("ask_jobcenter", lang);
  text(t, t.small, line, r.met_on ? colors::pending : r.value == Tri::yes ? colors::ok : r.value == Tri::no ? colors::ink : colors::warning);
  if (c.kind != Condition::Kind::scheme && c.kind != Condition::Kind::judgement)
    for (const auto& child : r.children) why_lines(t, kb, lang, child, depth + 1);
  ImGui::Unindent(t.px(depth ? 18 : 0));
}

// The why, line by line, then its sources once ("Kilde: …; …"): read once per scheme, not per line.
void why_tree(const Theme& t, const KnowledgeBase& kb, Lang lang, const ConditionResult& r, int depth) {
  why_lines(t, kb, lang, r, depth);
  std::vector<std::string> sources;
  cited(kb, lang, r, sources);
  std::string all;
  for (const auto& one : sources) all += (all.empty() ? "" : "; ") + one;
  if (!all.empty()) muted(t, kb.text("source_label", lang) + ": " + all);
}

void missing_links(const Theme& t, const KnowledgeBase& kb, AppState& s, const std::vector<std::string>& missing,
                   const std::string& scheme) {
  if (missing.empty()) return;
  text(t, t.small, kb.text("report_missing", s.lang) + ":", colors::ink);
  for (size_t i = 0; i < missing.size(); ++i) {
    const Fact* f = kb.fact(missing[i]);
    std::string names;
    for (const auto& w : f->who) names += (names.empty() ? "" : ", ") + kb.role(w)->name.in(s.lang);
    // Only others can answer it: whom to ask, as guidance, not a decision for the manager.
    std::string whom = ask_whom(kb, s.lang, *f);
    std::string id = "missing_" + scheme + "_" + f->id;
    ImGui::PushTextWrapPos(page_column_right() - ImGui::GetWindowPos().x);
    if (link_button(t, ("\u2192 " + f->question.in(s.lang)).c_str(), id.c_str(), colors::action)) jump_to_fact(kb, s, f->id);
    ImGui::PopTextWrapPos();
    muted(t, "   " + (whom.empty() ? fill(kb.text("who_can_answer", s.lang), {names}) : fill(kb.text("ask_missing", s.lang), {whom})));
  }
}

}  // namespace

// Opening the case again: each scheme whose status moved, from what to what, and why.
void since_last_opened_notice(const Theme& t, const KnowledgeBase& kb, const AppState& s) {
  if (s.since_last_opened.empty()) return;
  subheading(t, kb.text("since_title", s.lang));
  for (const auto& ch : s.since_last_opened) para(t, since_line(kb, s.lang, ch));
}

void schemes_panel(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  if (!s.assessment) return;
  since_last_opened_notice(t, kb, s);
  subheading(t, kb.text("schemes_heading", s.lang));
  muted(t, kb.text("schemes_hint", s.lang));
  muted(t, fill(kb.text("rules_checked", s.lang), {format_danish(*parse_iso_date(kb.last_checked))}));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(t.px(16), t.px(5)));
  sem::open(sem::Role::list);
  for (const auto& r : s.assessment->schemes) {
    gap(t, 6);
    const std::string& id = r.scheme->id;
    sem::open(sem::Role::listitem);
    bool expanded = s.forms.open_schemes.count(id) > 0;
    std::string label = std::string(expanded ? "\u25BC " : "\u25B6 ") + r.scheme->name.in(s.lang);
    if (link_button(t, label.c_str(), ("scheme_" + id).c_str(), colors::action, {.expanded = expanded})) toggle_scheme(s, id);
    status_badge(t, kb, s.lang, r.status, r.ask_jobcenter, r.met_on);
    if (std::find(s.changed.begin(), s.changed.end(), id) != s.changed.end()) text(t, t.small, kb.text("changed_now", s.lang), colors::warning);
    if (r.scheme->track.condition && r.track != Tri::unknown)
      muted(t, (r.track == Tri::yes ? r.scheme->track.if_true : r.scheme->track.if_false).in(s.lang));
    if (!expanded) {
      sem::close();
      continue;
    }
    para(t, r.scheme->summary.in(s.lang));
    bool explain = s.forms.open_explains.count(id) > 0;
    if (!r.scheme->terms.empty()) {
      explain_terms(t, kb, s.lang, r.scheme->terms, explain, "explain_" + id);
      if (explain) s.forms.open_explains.insert(id);
      else s.forms.open_explains.erase(id);
    }
    if (r.status != Status::does_not_apply) muted(t, kb.text("report_decided_by", s.lang) + ": " + r.scheme->decided_by.in(s.lang));
    why_tree(t, kb, s.lang, r.why, 0);
    for (const auto& l : r.limits) text(t, t.small, kb.text("report_limits", s.lang) + ": " + l.condition->text.in(s.lang), colors::warning);
    missing_links(t, kb, s, r.missing, id);
    missing_links(t, kb, s, r.track_missing, id + "_track");
    missing_links(t, kb, s, r.limits_missing, id + "_limits");
    if (r.renewal) {
      text(t, t.bold, kb.text("renewal_heading", s.lang), colors::ink);
      status_badge(t, kb, s.lang, r.renewal_status, r.renewal_ask_jobcenter, r.renewal_met_on);
      why_tree(t, kb, s.lang, *r.renewal, 0);
      missing_links(t, kb, s, r.renewal_missing, id + "_renewal");
    }
    for (const auto& n : r.scheme->notes) muted(t, "\u2022 " + n.text.in(s.lang));
    sem::close();
  }
  sem::close();
  ImGui::PopStyleVar();
}

void deadlines_panel(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  if (!s.assessment) return;
  const Case* c = current_case(s);
  subheading(t, kb.text("report_dates", s.lang));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(t.px(16), t.px(5)));
  auto lines = deadline_lines(kb, *c, *s.assessment);
  if (lines.empty()) muted(t, kb.text("report_no_dates", s.lang));
  if (!lines.empty()) sem::open(sem::Role::list);
  for (const auto& l : lines) {
    sem::open(sem::Role::listitem);
    std::string head = format_danish(l.date) + "  " + l.info->label.in(s.lang);
    bool held = l.done && l.info->id == "absence_interview_deadline";
    if (held) head += " (" + kb.text("done", s.lang) + ")";
    // Past, today and soon in words beside the date, never colour alone.
    std::string near = held ? "" : deadline_nearness(kb, l.date, s.assessment->on, s.lang);
    if (l.overdue) head += " \u2013 " + kb.text("overdue", s.lang);
    else if (!near.empty()) head += " \u2013 " + near;
    bool soon = !held && !near.empty();
    text(t, t.bold, head, l.overdue ? colors::error : soon ? colors::warning : colors::ink);
    const Source* src = kb.source(l.info->cite.source);
    muted(t, l.info->why.in(s.lang) + " " + kb.text("source_label", s.lang) + ": " + (src ? src->title.in(s.lang) : "") +
                 (l.info->cite.where.empty() ? "" : " \u2014 " + l.info->cite.where));
    sem::close();
  }
  if (!lines.empty()) sem::close();
  const DatesResult& d = s.assessment->dates;
  if (d.employer_period == Tri::no) para(t, kb.text("report_no_employer_period", s.lang));
  // The deadlines panel follows the schemes panel everywhere: a notice for the dates of both
  // (the 2027 changes) is said here, once.
  for (const Notice* n : notices_at(rules_on(kb, s.assessment->on), "deadlines")) para(t, n->text.in(s.lang));
  if (d.retention_plan_right == Tri::yes) para(t, kb.text("report_retention_plan_right", s.lang));
  if (d.pension) {
    Tri m = d.pension->more_than_6_years;
    para(t, kb.deadline("six_years_to_pension")->label.in(s.lang) + ": " +
                (m == Tri::yes ? kb.text("answer_yes", s.lang) : m == Tri::no ? kb.text("answer_no", s.lang) : kb.text("report_depends_on_day", s.lang)));
  }
  ImGui::PopStyleVar();
}

void results_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  if (!s.assessment) return go_to(kb, s, Screen::start);
  heading(t, kb.text("results_title", s.lang));
  muted(t, fill(kb.text("rules_checked", s.lang), {format_danish(*parse_iso_date(kb.last_checked))}));
  for (const Notice* n : notices_at(rules_on(kb, s.assessment->on), "results")) para(t, n->text.in(s.lang));
  const FlowNode* n = s.assessment->flow.node;
  muted(t, fill(kb.text("step_of", s.lang), {std::to_string(n->step)}) + ": " + n->title.in(s.lang));
  advice_panel(t, kb.text("next_step", s.lang), flow_next_text(kb, *current_case(s), *s.assessment, s.lang));
  gap(t, 4);
  // What the manager can ask for now, each with what to do about it: write the agreement in
  // the record, or prepare the document for the municipality.
  subheading(t, kb.text("results_can_ask", s.lang));
  bool any = false;
  sem::open(sem::Role::list);
  for (const auto& r : s.assessment->schemes)
    if (r.status == Status::applies) {
      any = true;
      sem::open(sem::Role::listitem);
      // A heading with its status in words: a screen reader skims the schemes by their headings.
      text(t, t.bold, std::string("\u2713 ") + r.scheme->name.in(s.lang) + ": " +
                          status_words(kb, r.status, r.met_on, r.ask_jobcenter, s.lang), colors::ok, 3);
      muted(t, r.scheme->summary.in(s.lang) + " " + kb.text("report_decided_by", s.lang) + ": " + r.scheme->decided_by.in(s.lang));
      SchemeAction a = scheme_action(r.scheme->id);
      std::string label = "\u2192 " + kb.text(a.label_key, s.lang);
      ImGui::PushTextWrapPos(page_column_right() - ImGui::GetWindowPos().x);
      // Named with its scheme: the same words stand under several schemes.
      LinkRole named{.name = fill(kb.text("named_action", s.lang), {kb.text(a.label_key, s.lang), r.scheme->name.in(s.lang)})};
      bool go = link_button(t, label.c_str(), ("act_" + r.scheme->id).c_str(), colors::action, named);
      ImGui::PopTextWrapPos();
      sem::close();
      if (go) {
        if (a.document.empty()) {
          go_to(kb, s, Screen::record);
          open_draft(kb, s, "agreement");
        } else {
          go_to(kb, s, Screen::documents);
          choose_document(kb, s, a.document);
        }
        return;
      }
    }
  sem::close();
  if (!any) para(t, kb.text("results_none_yet", s.lang));
  gap(t, 4);
  if (secondary_button(t, kb.text("results_who", s.lang).c_str(), "results_who")) return go_to(kb, s, Screen::who_to_call);
  same_line_if_fits(t, kb.text("results_print", s.lang).c_str(), page_column_right());
  if (secondary_button(t, kb.text("results_print", s.lang).c_str(), "results_print")) {
    Document doc = results_document(kb, *current_case(s), *s.assessment, s.lang);
    s.forms.note = {};
    if (!platform::open_printable_html(document_html(doc, s.lang))) {
      s.forms.note = {"results_print", kb.text("results_popup_blocked", s.lang), true};
      s.announcements.push_back(s.forms.note.text);
    }
  }
  // Told beside the button that caused it, and read out.
  note_at(t, s.forms.note, "results_print");
  muted(t, kb.text("results_print_hint", s.lang));
  // The deadlines are part of the result: in its main content, as a list (beside the page
  // only the schemes are, on this screen).
  gap(t, 8);
  deadlines_panel(t, kb, s);
  if (s.wide) return;  // the schemes are beside the page already
  gap(t, 8);
  schemes_panel(t, kb, s);
}

}  // namespace fasthold::ui
