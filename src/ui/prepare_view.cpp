// Step 1: prepare. The seed's advice and the ways to adapt the job, as a checklist.
#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/parts.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

namespace {
void tick(const Theme& t, const KnowledgeBase& kb, AppState& s, const std::string& key, const std::string& label) {
  Case* c = current_case(s);
  bool v = c->checklist.count(key) && c->checklist.at(key);
  if (check_item(t, label, key.c_str(), v)) set_checklist(kb, s, key, v);
}
}  // namespace

void prepare_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  if (!current_case(s)) return go_to(kb, s, Screen::start);
  const FlowNode* n = kb.flow_node("prepare");
  muted(t, fill(kb.text("step_of", s.lang), {std::to_string(n->step)}));
  heading(t, n->title.in(s.lang));
  para(t, n->text.in(s.lang));
  gap(t, 4);
  subheading(t, kb.text("prepare_checklist", s.lang));
  for (const auto& r : {"hr", "employer_org", "tr", "amir"}) tick(t, kb, s, std::string("prep_") + r, kb.role(r)->name.in(s.lang) + ": " + kb.role(r)->ask.in(s.lang));
  gap(t, 4);
  subheading(t, kb.text("prepare_adaptations", s.lang));
  for (const auto& a : kb.adaptations) tick(t, kb, s, "adapt_" + a.id, a.text.in(s.lang));
  muted(t, kb.text("source_label", s.lang) + ": " + kb.source("cabi-flow")->title.in(s.lang) + "; " + kb.source("cabi-rules")->title.in(s.lang));
  gap(t, 8);
  if (primary_button(t, kb.text("prepare_done", s.lang).c_str(), "prepare_done")) {
    mark_step_done(kb, s, "prepare");
    start_interview(kb, s);
  }
}

}  // namespace fasthold::ui
