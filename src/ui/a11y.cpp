#include "ui/a11y.hpp"

#include "imgui.h"
#include "imgui_internal.h"

namespace fasthold::ui {

sem::Rect css_rect(const Theme& t, const ImVec2& min, const ImVec2& max) {
  // The page is one window at the canvas's origin: content y = screen y + scroll.
  float scroll = ImGui::GetCurrentWindowRead() ? ImGui::GetScrollY() : 0;
  return {min.x / t.scale, (min.y + scroll) / t.scale, (max.x - min.x) / t.scale, (max.y - min.y) / t.scale};
}

sem::Rect item_rect(const Theme& t) { return css_rect(t, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()); }

bool control(const Theme& t, sem::Role role, const char* id, const std::string& name, unsigned flags) {
  sem::Node n;
  n.id = id;
  n.role = role;
  n.name = name;
  n.flags = flags;
  n.rect = item_rect(t);
  sem::add(std::move(n));
  return sem::take_activation(id);
}

void text_node(const Theme& t, sem::Role role, const std::string& text, int level) {
  if (sem::quiet() || text.empty()) return;
  sem::Node n;
  n.role = role;
  n.name = text;
  n.level = level;
  n.rect = item_rect(t);
  sem::add(std::move(n));
}

}  // namespace fasthold::ui
