// The page's frame: the header, the places, the screen on show and, on a wide screen, the
// schemes and deadlines beside it. State and actions live in app_state.hpp.
#pragma once
#include "engine/knowledge.hpp"
#include "ui/app_state.hpp"
#include "ui/semantics.hpp"
#include "ui/theme.hpp"

namespace fasthold::ui {

class App {
 public:
  explicit App(const KnowledgeBase& kb);
  // Draws one frame (between ImGui::NewFrame and ImGui::Render) and its accessible tree
  // (sem::begin_frame before, sem::tree() after). Returns true when the screen changed, so
  // the next frames show it and the focus moves to its title. An exception from a screen
  // ends in the failure screen, never in a stopped page.
  // `present`: this pass is the one painted (the page's tree, title and announcements follow
  // it); a pass before it in the same frame only moves the state on.
  bool frame(const Theme& theme, bool present = true);
  const AppState& state() const { return state_; }
  AppState& state() { return state_; }
  // Makes the next frame throw from inside a screen, so a test can see the failure screen.
  void fail_next_frame() { fail_next_frame_ = true; }

 private:
  void draw(const Theme& theme);    // the page; may throw, frame() catches
  void mirror();  // hands the tree to the page when it changed
  float scroll_ = 0;                // the page's scroll this frame, CSS px
  void follow_history();            // Back/Forward before the frame; a new entry after it
  void name_the_page();             // the tab's title from the screen's h1 (when the tree changed)
  sem::Mirror mirrored_;            // the accessible tree as the page was last given it
  std::string targets_;             // the targets as last published
  std::string history_;             // the history entry of the place on show
  std::string title_;               // the tab's title last set
  const KnowledgeBase& kb_;
  AppState state_;
  bool scroll_to_top_ = false;
  bool fail_next_frame_ = false;
};

}  // namespace fasthold::ui
