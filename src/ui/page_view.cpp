// The page around every screen: a navy band with the app's name and the language switch,
// one centred column of at most 720 CSS px, and the privacy note at the bottom.
#include <algorithm>

#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace fasthold::ui {

namespace {
float column_left = 0;   // window-local x of the column
float column_width = 0;
}  // namespace

static float column_right_override = 0;  // screen x, while drawing one of two columns
float page_column_right() {
  if (column_right_override > 0) return column_right_override;
  return ImGui::GetWindowPos().x + column_left + column_width;
}
void set_column_right(float screen_x) { column_right_override = screen_x; }

namespace {
float last_height = 0;  // the page's content height when it was last drawn (device px)
}  // namespace

void page_begin(const Theme& t) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  // The browser scrolls through the height the page last reported: ImGui must allow as much
  // (its own measure of the content leaves out the last row's spacing and lags a frame).
  if (last_height > 0) ImGui::SetNextWindowContentSize(ImVec2(0, last_height));
  ImGui::Begin("##page", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                   ImGuiWindowFlags_NoScrollWithMouse);  // the browser scrolls the page
  float margin = t.px(vp->Size.x < t.px(600) ? 16 : 32);
  float avail = vp->Size.x;  // the browser's scroll bar is outside the canvas
  // A wide screen gets the schemes beside the page: the column grows to hold both.
  float max_width = vp->Size.x >= t.px(1100) ? t.px(1240) : t.px(column_max_width);
  column_width = std::min(avail - 2 * margin, max_width);
  column_left = std::max(margin, (avail - column_width) / 2);
}

Action page_header(const Theme& t, const PageChrome& c) {
  Action action = Action::none;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float pad = t.px(16);

  // The band's height follows the tagline, which wraps on a phone.
  ImGui::PushFont(t.small);
  float tagline_h = ImGui::CalcTextSize(c.tagline.c_str(), nullptr, false, column_width).y;
  ImGui::PopFont();
  float band_h = pad + t.bold->FontSize + t.px(4) + tagline_h + pad;
  dl->AddRectFilled(origin, ImVec2(origin.x + ImGui::GetWindowWidth(), origin.y + band_h), colors::header);

  ImGui::SetCursorPos(ImVec2(column_left, pad));
  ImGui::PushFont(t.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::header_ink);
  ImGui::TextUnformatted(c.app_name.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();

  // The language switch, right-aligned on the name's line.
  ImGui::PushFont(t.body);
  float link_w = ImGui::CalcTextSize(c.switch_language.c_str()).x;
  ImGui::PopFont();
  ImGui::SetCursorPos(ImVec2(column_left + column_width - link_w, pad));
  if (link_button(t, c.switch_language.c_str(), "language", colors::header_ink)) action = Action::switch_language;

  ImGui::SetCursorPos(ImVec2(column_left, pad + t.bold->FontSize + t.px(4)));
  ImGui::PushTextWrapPos(column_left + column_width);
  text(t, t.small, c.tagline, colors::header_ink);
  ImGui::PopTextWrapPos();

  // The screen starts below the band, in the column.
  ImGui::SetCursorPos(ImVec2(0, band_h + t.px(32)));
  ImGui::Indent(column_left);
  ImGui::PushTextWrapPos(column_left + column_width);
  return action;
}

void page_footer(const Theme& t, const PageChrome& c) {
  ImGui::Dummy(ImVec2(0, t.px(24)));
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + column_width, p.y), colors::rule, t.px(1));
  ImGui::Dummy(ImVec2(0, t.px(4)));
  text(t, t.small, c.privacy_note, colors::ink_muted);
  ImGui::Dummy(ImVec2(0, t.px(16)));
}

float page_end() {
  ImGui::PopTextWrapPos();
  ImGui::Unindent(column_left);
  last_height = ImGui::GetCursorPosY();  // in the window's content, scrolled or not
  ImGui::End();
  return last_height;
}

}  // namespace fasthold::ui
