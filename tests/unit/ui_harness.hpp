// The page drawn natively: Dear ImGui with no renderer (a display size, the fonts built,
// frames run), the real App over the in-memory platform. What a frame showed is read back
// from the accessible tree, as a screen reader would.
#pragma once
#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "helpers.hpp"
#include "imgui.h"
#include "platform/platform_native.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/semantics.hpp"
#include "ui/theme.hpp"

namespace fasthold::test {

class Page {
 public:
  explicit Page(float width = 1366, float height = 768, bool keep_platform = false) {
    if (!keep_platform) platform::native::reset();
    ui::sem::reset();
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60;
    glyphs_ = ui::heading_glyph_ranges(kb());
    theme_ = ui::make_theme(1, glyphs_.data());
    app_ = std::make_unique<ui::App>(kb());
    frames(2);
  }
  ~Page() {
    app_.reset();
    ImGui::DestroyContext(context_);
  }
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;

  // Draws n frames, as the page does after an event.
  void frames(int n = 3) {
    for (int i = 0; i < n; ++i) {
      ImGui::NewFrame();
      app_->frame(theme_);
      ImGui::Render();
    }
  }
  ui::AppState& state() { return app_->state(); }
  const ui::sem::Tree& tree() const { return ui::sem::tree(); }
  const ui::sem::Node* node(const std::string& id) const { return ui::sem::find(tree(), id); }
  bool has(ui::sem::Role role, const std::string& name) const {
    for (const auto& n : tree().nodes)
      if (n.role == role && n.name == name) return true;
    return false;
  }
  // What a user does through the page's real elements, then the frames that follow.
  void activate(const std::string& id) {
    platform::native::state().actions.push_back({"activate", id, ""});
    frames();
  }
  // A question page's answer, as a user gives it: the radio, then "Gem og fortsæt".
  void answer(const std::string& radio) {
    activate(radio);
    activate("answer_save");
  }
  bool checked(const std::string& id) const {
    const ui::sem::Node* n = node(id);
    return n && (n->flags & ui::sem::checked);
  }
  void type(const std::string& id, const std::string& text) {
    platform::native::state().actions.push_back({"focus", id, ""});
    platform::native::state().actions.push_back({"set_value", id, text});
    frames();
    platform::native::state().actions.push_back({"blur", id, ""});
    frames();
  }
  std::string text(const std::string& key) const { return kb().text(key, app_->state().lang); }

 private:
  ImGuiContext* context_ = nullptr;
  std::vector<unsigned short> glyphs_;
  ui::Theme theme_;
  std::unique_ptr<ui::App> app_;
};

// An example case file (examples/), opened in the page as an import would.
inline std::string example(const char* name) {
  std::ifstream in(std::string(FASTHOLD_SOURCE_DIR) + "/examples/" + name);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
inline void open_example(Page& p, const char* name) {
  ui::import_case(kb(), p.state(), example(name));
  REQUIRE(p.state().import_error.empty());
  p.frames();
}

}  // namespace fasthold::test
