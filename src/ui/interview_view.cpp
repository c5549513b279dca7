// The interview: one question at a time, GOV.UK style. Flowchart decisions and actions,
// then the facts the schemes need. Each has "Why we ask" with its source, and Back.
#include <algorithm>
#include <cstdlib>

#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/parts.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

namespace {

// Where the manager is: the part of the flowchart ("Trin 3 af 7", or the questions about the
// schemes and their section), how many questions are left as the answers stand now, and a bar
// of the answered share. Recomputed every frame, so it never stalls on a step.
void progress(const Theme& t, const KnowledgeBase& kb, const AppState& s) {
  Progress p = interview_progress(kb, s);
  std::string part = fill(kb.text("step_of", s.lang), {std::to_string(p.step)});
  if (!p.section.empty())
    for (const auto& sec : kb.interview)
      if (sec.id == p.section) part = fill(kb.text("progress_section", s.lang), {sec.title.in(s.lang), std::to_string(p.step)});
  muted(t, part);
  muted(t, p.left <= 1 ? kb.text("progress_last", s.lang) : fill(kb.text("progress_left", s.lang), {std::to_string(p.left)}));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 at = ImGui::GetCursorScreenPos();
  float w = std::min(t.px(224), page_column_right() - at.x), h = t.px(6);
  float share = p.answered + p.left > 0 ? float(p.answered) / float(p.answered + p.left) : 0.0f;
  dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), colors::rule);
  dl->AddRectFilled(at, ImVec2(at.x + w * share, at.y + h), colors::action);
  ImGui::Dummy(ImVec2(w, h));
}

void why_we_ask(const Theme& t, const KnowledgeBase& kb, AppState& s, const Citation& cite, const std::string& help,
                const std::vector<std::string>& who) {
  Lang lang = s.lang;
  bool& open = s.forms.answer.why_open;
  std::string label = std::string(open ? "\u25BC " : "\u25B6 ") + kb.text("why_we_ask", lang);
  if (link_button(t, label.c_str(), "why_we_ask", colors::action, {.expanded = open})) open = !open;
  if (!open) return;
  std::string body = help;
  if (!cite.quote.empty()) body += (body.empty() ? "" : "\n\n") + std::string("\u201C") + cite.quote + "\u201D";
  if (!who.empty()) {
    std::string names;
    for (const auto& w : who) names += (names.empty() ? "" : ", ") + kb.role(w)->name.in(lang);
    body += (body.empty() ? "" : "\n\n") + fill(kb.text("who_can_answer", lang), {names});
  }
  const Source* src = kb.source(cite.source);
  body += "\n\n" + kb.text("source_label", lang) + ": " + (src ? src->title.in(lang) : cite.source) +
          (cite.where.empty() ? "" : " \u2014 " + cite.where);
  if (!cite.interpretation.empty()) body += "\n" + kb.text("interpretation", lang) + ": " + cite.interpretation;
  advice_panel(t, kb.text("why_we_ask", lang), body);
}

// The answer already given, in words above the buttons: "Dit svar nu: Ja".
void current_answer(const Theme& t, const KnowledgeBase& kb, AppState& s, const std::string& fact) {
  const Case* c = current_case(s);
  std::string now;
  if (c->not_known_yet.count(fact)) now = kb.text("answer_unknown", s.lang);
  else if (auto it = c->facts.find(fact); it != c->facts.end()) now = fact_text(kb, s.lang, it->second);
  if (!now.empty()) text(t, t.bold, fill(kb.text("current_answer", s.lang), {now}), colors::ink);
}

// The answer already given, as the radio to start from: 0 yes, 1 no, 2 don't know yet, -1 none.
int given_choice(const Case& c, const std::string& fact) {
  if (c.not_known_yet.count(fact)) return 2;
  auto it = c.facts.find(fact);
  const bool* b = it == c.facts.end() ? nullptr : std::get_if<bool>(&it->second);
  return b ? (*b ? 0 : 1) : -1;
}

// A yes/no question as GOV.UK asks it: a radio group named by the question (the page's
// title), then "Gem og fortsæt". Choosing only marks the radio, so the arrows can move
// through the answers; the button saves.
void yes_no_unknown(const Theme& t, const KnowledgeBase& kb, AppState& s, const std::string& fact, const std::string& question) {
  AnswerForm& a = s.forms.answer;
  const char* ids[] = {"answer_yes", "answer_no", "answer_not_yet"};
  const char* words[] = {"answer_yes", "answer_no", "answer_unknown"};
  radio_group(t, "answer_choice", question, [&] {
    for (int i = 0; i < 3; ++i)
      if (radio_item(t, kb.text(words[i], s.lang), ids[i], a.choice == i)) {
        a.choice = i;
        a.error.clear();
      }
  }, false);
  if (!a.error.empty()) text(t.small, a.error, colors::error);
  gap(t, 4);
  if (!primary_button(t, kb.text("save_continue", s.lang).c_str(), "answer_save")) return;
  if (a.choice < 0) {
    a.error = kb.text("choose_answer", s.lang);
    s.focus = error_summary_id;
    return;
  }
  if (a.choice == 2) return answer_not_yet(kb, s, fact);
  answer_fact(kb, s, fact, a.choice == 0);
}

// The form's errors at its top, each a link to its field.
void answer_errors(const Theme& t, const KnowledgeBase& kb, AppState& s, bool yes_no) {
  const std::string& e = s.forms.answer.error;
  if (e.empty()) return;
  if (auto field = error_summary(t, kb, s.lang, {{yes_no ? "answer_yes" : "answer_value", e}}))
    s.focus = *field;
}

// A fact only others can answer: whom to ask and the question to bring, then how to answer
// later. Not a decision the manager must make.
void ask_others(const Theme& t, const KnowledgeBase& kb, AppState& s, const Fact& f) {
  std::string whom = ask_whom(kb, s.lang, f);
  if (whom.empty() || f.ask.da.empty()) return;
  advice_panel(t, fill(kb.text("ask_whom", s.lang), {whom}), fill(kb.text("ask_quote", s.lang), {f.ask.in(s.lang)}));
  muted(t, fill(kb.text("ask_later", s.lang), {kb.text("answer_unknown", s.lang), kb.text("nav_check", s.lang)}));
  gap(t, 4);
}

void fact_question(const Theme& t, const KnowledgeBase& kb, AppState& s, const Fact& f) {
  Case* c = current_case(s);
  AnswerForm& a = s.forms.answer;
  heading(t, f.question.in(s.lang));
  progress(t, kb, s);
  if (!f.help.da.empty()) para(t, f.help.in(s.lang));
  explain_terms(t, kb, s.lang, f.terms, a.explain_open, "explain_terms");
  if (f.told_by_employee) text(t, t.small, kb.text("told_note", s.lang), colors::ink_muted);
  gap(t, 4);
  ask_others(t, kb, s, f);
  if (f.type == FactType::boolean) {
    yes_no_unknown(t, kb, s, f.id, f.question.in(s.lang));
  } else {
    if (c->not_known_yet.count(f.id)) current_answer(t, kb, s, f.id);
    Field field;
    field.name = f.question.in(s.lang);  // the question is the field's label, as on GOV.UK
    field.description = f.help.in(s.lang);
    field.error = a.error;
    field.submits = true;
    bool enter = false;
    if (f.type == FactType::date && !a.month_only) {
      field.label = kb.text("answer_label", s.lang);
      enter = date_field(t, kb, s.lang, "answer_value", field, a.text).submitted;
      if (f.id == "birth_date" &&
          link_button(t, kb.text("birth_month_instead", s.lang).c_str(), "month_only", colors::action, {.button = true})) {
        a.month_only = true;
        a.text.clear();
        a.error.clear();
      }
    } else {
      field.label = kb.text(a.month_only ? "month_label" : "answer_label", s.lang);
      field.hint = a.month_only ? kb.text("month_hint", s.lang) : f.unit.empty() ? "" : kb.text("unit_" + f.unit, s.lang);
      field.width = 200;
      field.input_mode = a.month_only ? "numeric" : f.type == FactType::number ? "decimal" : "text";
      enter = text_field(t, kb, s.lang, "answer_value", field, a.text).submitted;
    }
    if (primary_button(t, kb.text("save_continue", s.lang).c_str(), "answer_save") || enter) return submit_answer(kb, s, f);
    same_line_if_fits(t, kb.text("answer_unknown", s.lang).c_str(), page_column_right());
    if (secondary_button(t, kb.text("answer_unknown", s.lang).c_str(), "answer_not_yet")) return answer_not_yet(kb, s, f.id);
  }
  gap(t, 8);
  why_we_ask(t, kb, s, f.cite, "", f.who);
}

void flow_screen(const Theme& t, const KnowledgeBase& kb, AppState& s, const FlowNode& n) {
  heading(t, n.title.in(s.lang));
  progress(t, kb, s);
  para(t, n.text.in(s.lang));
  const Fact* asked = n.fact.empty() ? nullptr : kb.fact(n.fact);
  std::vector<std::string> terms = n.terms;
  if (asked)
    for (const auto& id : asked->terms)
      if (std::find(terms.begin(), terms.end(), id) == terms.end()) terms.push_back(id);
  explain_terms(t, kb, s.lang, terms, s.forms.answer.explain_open, "explain_terms");
  gap(t, 4);
  if (n.kind == "decision") {
    yes_no_unknown(t, kb, s, n.fact, n.title.in(s.lang));
  } else {
    // The flow's own node gets the next step in full (dates, what the record says); others their text.
    bool here = s.assessment && s.assessment->flow.node == &n && current_case(s);
    advice_panel(t, kb.text("next_step", s.lang), here ? flow_next_text(kb, *current_case(s), *s.assessment, s.lang) : n.next.in(s.lang));
    if (n.id == "write_agreement" && secondary_button(t, kb.text("write_in_record", s.lang).c_str(), "write_in_record")) {
      go_to(kb, s, Screen::record);
      return;
    }
    if (n.id == "write_agreement") same_line_if_fits(t, kb.text("continue", s.lang).c_str(), page_column_right());
    if (primary_button(t, kb.text("continue", s.lang).c_str(), "continue")) return continue_from(kb, s);
  }
  gap(t, 8);
  const Fact* f = n.fact.empty() ? nullptr : kb.fact(n.fact);
  why_we_ask(t, kb, s, n.cite, f ? f->help.in(s.lang) : "", f ? f->who : std::vector<std::string>{});
}

}  // namespace

void interview_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  if (!current_case(s)) return go_to(kb, s, Screen::start);
  if (s.item.empty()) start_interview(kb, s);
  if (s.screen != Screen::interview) return;
  if (link_button(t, ("\u2190 " + kb.text("back", s.lang)).c_str(), "back", colors::action)) return go_back(kb, s);
  gap(t, 4);
  const FlowNode* node = item_node(kb, s.item);
  const Fact* f = node ? (node->fact.empty() ? nullptr : kb.fact(node->fact)) : kb.fact(item_fact(kb, s.item));
  AnswerForm& a = s.forms.answer;
  if (a.item != s.item) {  // a new question: start from what is known
    const Case& c = *current_case(s);
    a = AnswerForm{};
    a.item = s.item;
    if (f) {
      a.month_only = f->id == "birth_date" && c.facts.count("birth_month");
      auto it = c.facts.find(a.month_only ? "birth_month" : f->id);
      if (f->type == FactType::boolean) a.choice = given_choice(c, f->id);
      else a.text = it == c.facts.end() ? "" : fact_text(kb, s.lang, it->second);
    }
  }
  answer_errors(t, kb, s, f && f->type == FactType::boolean);
  if (node) flow_screen(t, kb, s, *node);
  else if (f) fact_question(t, kb, s, *f);
}

}  // namespace fasthold::ui
