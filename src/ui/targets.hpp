// The named buttons and links of a frame, in drawing order. They serve two ends:
// - keyboard: Tab and Shift+Tab move the focus through them (ImGui 1.86 only tabs
//   between text fields), Enter or Space presses the focused one;
// - browser tests: the page publishes where they are as
//   window.__fastholdTargets = {id: {x, y, w, h}} in CSS pixels (main_web.cpp).
#pragma once
#include <string>

namespace fasthold::ui {

// A new screen: no focus, as after loading a page; the next Tab starts at the top.
void reset_focus();
// Records the last ImGui item under `id` (and focuses it if Tab asked for it). When Tab
// focuses it, `label` is read to screen readers through the page's live region.
void mark_target(const char* id, const std::string& label = {});
// The same for a text field: when Tab reaches it, typing goes into it.
void mark_text_target(const char* id, const std::string& label = {});
// Starts a frame's list, after ImGui::NewFrame: reads Tab / Shift+Tab against the last
// frame's list. Returns true when Tab moved the focus (draw another frame).
bool begin_targets();
// This frame's targets as JSON, in CSS pixels (device pixels divided by `scale`).
std::string targets_json(float scale);

}  // namespace fasthold::ui
