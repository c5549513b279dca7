// Where ImGui meets the accessible tree (semantics.hpp): the widgets record the item ImGui
// just drew as a node, in CSS pixels of the page's content, and consume the actions the
// page sends for it.
#pragma once
#include <string>

#include "ui/semantics.hpp"
#include "ui/theme.hpp"

struct ImVec2;

namespace fasthold::ui {

// The last ImGui item's rectangle, or any screen rectangle, in the page content's CSS px.
sem::Rect item_rect(const Theme& t);
sem::Rect css_rect(const Theme& t, const ImVec2& min, const ImVec2& max);

// Records the last item as a control (button, link, checkbox, radio) named `name`; true
// when the page activated it (a click on the real element, Enter, Space, a screen reader).
bool control(const Theme& t, sem::Role role, const char* id, const std::string& name, unsigned flags = 0);

// Records the last item (text ImGui drew) as a paragraph or heading.
void text_node(const Theme& t, sem::Role role, const std::string& text, int level = 0);

// A region of the page around what `body` draws.
template <typename Body>
void region(sem::Role role, const std::string& name, Body&& body) {
  sem::open(role, {}, name);
  body();
  sem::close();
}

}  // namespace fasthold::ui
