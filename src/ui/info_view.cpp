// An action or an outcome in the flowchart: what to do, a way on if there is one, and
// where the advice comes from.
#include "imgui.h"
#include "ui/parts.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace fasthold::ui {

Action info_view(const Theme& t, const InfoScreen& s) {
  Action action = Action::none;
  back_link(t, s.back, action);

  text(t.small, s.step, colors::ink_muted);
  text(t.heading, s.title, colors::ink);
  text(t.body, s.text, colors::ink);
  if (!s.next.empty()) {
    ImGui::Dummy(ImVec2(0, t.px(4)));
    if (primary_button(t, s.next.c_str(), "next")) action = Action::next;
  }
  ImGui::Dummy(ImVec2(0, t.px(8)));
  text(t.small, s.citation, colors::ink_muted);
  return action;
}

}  // namespace fasthold::ui
