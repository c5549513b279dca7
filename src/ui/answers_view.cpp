// "Check your answers": every answer given, each with a Change link that reopens its
// question without losing the others.
#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

namespace {
std::string answer_text(const KnowledgeBase& kb, Lang lang, const Case& c, const std::string& fact) {
  if (c.not_known_yet.count(fact)) return kb.text("answer_unknown", lang);
  auto it = c.facts.find(fact);
  return it == c.facts.end() ? "" : fact_text(kb, lang, it->second);
}
}  // namespace

void check_answers_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  const Case* c = current_case(s);
  if (!c) return go_to(kb, s, Screen::start);
  heading(t, kb.text("check_title", s.lang));
  para(t, kb.text("check_intro", s.lang));
  int shown = 0;
  for (const auto& f : kb.facts) {
    std::string fact = f.id == "birth_date" && c->facts.count("birth_month") ? "birth_month" : f.id;
    std::string value = answer_text(kb, s.lang, *c, fact);
    if (value.empty() || (f.id == "birth_month")) continue;
    ++shown;
    gap(t, 2);
    text(t, t.bold, f.question.in(s.lang), colors::ink);
    para(t, value);
    std::string id = "change_" + f.id;
    LinkRole named{.name = fill(kb.text("change_named", s.lang), {f.question.in(s.lang)})};
    if (link_button(t, kb.text("change", s.lang).c_str(), id.c_str(), colors::action, named)) {
      jump_to_fact(kb, s, f.id);
      return;
    }
    rule(t);
  }
  if (shown == 0) para(t, kb.text("check_none", s.lang));
  gap(t, 8);
  if (primary_button(t, kb.text("see_results", s.lang).c_str(), "see_results")) go_to(kb, s, Screen::results);
}

}  // namespace fasthold::ui
