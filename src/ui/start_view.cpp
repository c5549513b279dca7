// The start page: what Fasthold does, where the data lives, new case or open one.
#include "imgui.h"
#include "platform/platform.hpp"
#include "imgui_stdlib.h"
#include "ui/app_views.hpp"
#include "ui/targets.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

void start_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  static std::string nickname;
  heading(t, kb.text("start_title", s.lang));
  para(t, kb.text("start_intro", s.lang));
  text(t.bold, kb.text("start_privacy", s.lang), colors::ink);
  gap(t, 8);
  subheading(t, kb.text("new_case", s.lang));
  text_field(t, kb, s.lang, kb.text("nickname_label", s.lang), "nickname", nickname);
  muted(t, kb.text("nickname_hint", s.lang));
  if (primary_button(t, kb.text("start_new_case", s.lang).c_str(), "start_new_case")) {
    new_case(kb, s, nickname);
    nickname.clear();
    return;
  }
  if (!s.cases.empty()) {
    gap(t, 8);
    subheading(t, kb.text("your_cases", s.lang));
    for (size_t i = 0; i < s.cases.size(); ++i) {
      std::string label = s.cases[i].nickname + "###open" + std::to_string(i);
      std::string id = "open_case_" + std::to_string(i);
      if (secondary_button(t, s.cases[i].nickname.c_str(), id.c_str())) {
        open_case(kb, s, int(i));
        return;
      }
    }
  }
  gap(t, 8);
  if (link_button(t, kb.text("offline_save", s.lang).c_str(), "offline_save", colors::action)) platform::save_offline_copy();
  gap(t, 2);
  if (link_button(t, kb.text("open_link_builder", s.lang).c_str(), "open_link_builder", colors::action))
    go_to(kb, s, Screen::link_builder);
}

}  // namespace fasthold::ui
