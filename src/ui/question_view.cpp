// A decision in the flowchart: the step, the question, Ja / Nej / Ved ikke endnu, and where
// the question comes from.
#include "imgui.h"
#include "ui/parts.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace fasthold::ui {

Action question_view(const Theme& t, const QuestionScreen& q) {
  Action action = Action::none;
  back_link(t, q.back, action);

  text(t.small, q.step, colors::ink_muted);
  text(t.heading, q.title, colors::ink);
  text(t.body, q.question, colors::ink);
  ImGui::Dummy(ImVec2(0, t.px(4)));

  if (primary_button(t, q.yes.c_str(), "answer_yes")) action = Action::yes;
  same_line_if_fits(t, q.no.c_str(), page_column_right());
  if (primary_button(t, q.no.c_str(), "answer_no")) action = Action::no;
  same_line_if_fits(t, q.not_yet.c_str(), page_column_right());
  if (secondary_button(t, q.not_yet.c_str(), "answer_not_yet")) action = Action::not_yet;

  if (!q.advice.empty()) advice_panel(t, q.advice_heading, q.advice);

  ImGui::Dummy(ImVec2(0, t.px(8)));
  text(t.small, q.citation, colors::ink_muted);
  return action;
}

}  // namespace fasthold::ui
