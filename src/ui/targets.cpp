#include "ui/targets.hpp"

#include <cstdio>
#include <vector>

#include "imgui.h"
#include "platform/platform.hpp"
#include "imgui_internal.h"

namespace fasthold::ui {

namespace {
struct Target {
  std::string id;
  ImGuiID item = 0;
  ImRect rect;
  bool text = false;  // a text field: focusing it starts typing in it
};
std::vector<Target> current, previous;
ImGuiID tab_to = 0;   // the item Tab moves the focus to this frame
ImGuiID pressed = 0;  // the item last pressed with the mouse: Tab goes on from there
}  // namespace

bool begin_targets() {
  previous.swap(current);
  current.clear();
  tab_to = 0;
  ImGuiContext& g = *GImGui;
  const ImGuiIO& io = g.IO;
  if (previous.empty() || io.KeyCtrl || io.KeyAlt) return false;
  if (!ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab))) return false;
  int n = static_cast<int>(previous.size());
  // From the text field being typed in, else the visible keyboard focus, else the last
  // pressed item, else from the start (ImGui puts an invisible focus on the first item).
  ImGuiID from = g.ActiveId ? g.ActiveId : !g.NavDisableHighlight && g.NavId ? g.NavId : pressed;
  if (g.ActiveId) ImGui::ClearActiveID();  // Tab leaves the text field (they are not ImGui tab stops)
  int at = -1;
  for (int i = 0; i < n; ++i)
    if (previous[i].item == from) at = i;
  int next = at < 0 ? (io.KeyShift ? n - 1 : 0) : (at + (io.KeyShift ? n - 1 : 1)) % n;
  tab_to = previous[next].item;
  return true;
}

void reset_focus() {
  ImGuiContext& g = *GImGui;
  ImGui::ClearActiveID();
  g.NavId = 0;
  g.NavDisableHighlight = true;
  pressed = 0;
  tab_to = 0;
}

void mark_text_target(const char* id, const std::string& label) {
  bool tabbed_here = ImGui::GetItemID() != 0 && ImGui::GetItemID() == tab_to;
  mark_target(id, label);
  current.back().text = true;
  if (tabbed_here) ImGui::SetKeyboardFocusHere(-1);  // typing goes into the field at once
}

void mark_target(const char* id, const std::string& label) {
  ImGuiContext& g = *GImGui;
  ImGuiID item = ImGui::GetItemID();
  current.push_back({id, item, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax())});
  if (ImGui::IsItemActivated()) pressed = item;
  if (item != 0 && item == tab_to) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::SetFocusID(item, window);
    ImGui::ScrollToBringRectIntoView(window, current.back().rect);
    g.NavDisableHighlight = false;  // show the focus ring
    g.NavDisableMouseHover = true;  // and not a stale hover
    tab_to = 0;
    if (!label.empty()) platform::announce(label);
  }
}

std::string targets_json(float scale) {
  std::string json = "{";
  char buf[200];
  for (const Target& t : current) {
    if (json.size() > 1) json += ',';
    std::snprintf(buf, sizeof buf, "\"%s\":{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", t.id.c_str(),
                  t.rect.Min.x / scale, t.rect.Min.y / scale, t.rect.GetWidth() / scale, t.rect.GetHeight() / scale);
    json += buf;
  }
  return json + "}";
}

}  // namespace fasthold::ui
