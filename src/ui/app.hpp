// The page's state and its frame: builds the screen for the current flowchart node, draws
// it with its view, and applies what the user did.
#pragma once
#include "engine/knowledge.hpp"
#include "ui/screens.hpp"
#include "ui/theme.hpp"

namespace fasthold::ui {

class App {
 public:
  explicit App(const KnowledgeBase& kb);
  // Draws one frame (between ImGui::NewFrame and ImGui::Render). Returns true when the
  // user changed something, so the next frames show it.
  bool frame(const Theme& theme);

 private:
  const KnowledgeBase& kb_;
  FlowState state_;
};

}  // namespace fasthold::ui
