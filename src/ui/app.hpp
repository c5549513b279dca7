// The page's frame: the header, the places, the screen on show and, on a wide screen, the
// schemes and deadlines beside it. State and actions live in app_state.hpp.
#pragma once
#include "engine/knowledge.hpp"
#include "ui/app_state.hpp"
#include "ui/theme.hpp"

namespace fasthold::ui {

class App {
 public:
  explicit App(const KnowledgeBase& kb);
  // Draws one frame (between ImGui::NewFrame and ImGui::Render). Returns true when the
  // screen changed, so the next frames show it and keyboard focus starts afresh.
  bool frame(const Theme& theme);
  const AppState& state() const { return state_; }

 private:
  const KnowledgeBase& kb_;
  AppState state_;
  bool scroll_to_top_ = false;
};

}  // namespace fasthold::ui
