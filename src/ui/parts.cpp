// Small pieces several views share.
#include "imgui.h"
#include "ui/parts.hpp"
#include "ui/theme.hpp"

namespace fasthold::ui {

void advice_panel(const Theme& t, const std::string& heading, const std::string& body) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImDrawListSplitter split;
  split.Split(dl, 2);
  split.SetCurrentChannel(dl, 1);

  float pad = t.px(16);
  ImVec2 top = ImGui::GetCursorScreenPos();
  float right = page_column_right();
  ImGui::Indent(pad + t.px(5));
  ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x - pad);
  ImGui::Dummy(ImVec2(0, pad - ImGui::GetStyle().ItemSpacing.y));
  text(t, t.bold, heading, colors::ink);
  text(t, t.body, body, colors::ink);
  ImGui::PopTextWrapPos();
  ImGui::Unindent(pad + t.px(5));
  float bottom = ImGui::GetItemRectMax().y + pad;

  split.SetCurrentChannel(dl, 0);
  dl->AddRectFilled(top, ImVec2(right, bottom), colors::panel);
  dl->AddRectFilled(top, ImVec2(top.x + t.px(5), bottom), colors::action);
  split.Merge(dl);
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace fasthold::ui
