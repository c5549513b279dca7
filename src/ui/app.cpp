#include "ui/app.hpp"

#include <algorithm>
#include <tuple>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app_views.hpp"
#include "ui/views.hpp"

namespace fasthold::ui {

namespace {

// Wide enough for the schemes beside the page (CSS px).
constexpr float wide_layout_min = 1100;
constexpr float side_width = 400;

void main_screen(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  notices_view(t, kb, s);
  switch (s.screen) {
    case Screen::start: return start_view(t, kb, s);
    case Screen::prepare: return prepare_view(t, kb, s);
    case Screen::interview: return interview_view(t, kb, s);
    case Screen::check_answers: return check_answers_view(t, kb, s);
    case Screen::results: return results_view(t, kb, s);
    case Screen::who_to_call: return who_view(t, kb, s);
    case Screen::record: return record_view(t, kb, s);
    case Screen::documents: return documents_view(t, kb, s);
    case Screen::link_builder: return link_view(t, kb, s);
    case Screen::settings: return settings_view(t, kb, s);
  }
}

}  // namespace

App::App(const KnowledgeBase& kb) : kb_(kb), state_(start_app(kb)) { set_high_contrast(state_.high_contrast); }

bool App::frame(const Theme& theme) {
  AppState& s = state_;
  if (high_contrast() != s.high_contrast) set_high_contrast(s.high_contrast);
  if (auto file = platform::take_opened_file()) {
    import_file(kb_, s, *file);
    if (s.import_error.empty() && !s.import_pending) start_interview(kb_, s);
  }
  auto before = std::make_tuple(s.screen, s.item, s.current, s.lang, s.cases.size());

  page_begin(theme);
  if (scroll_to_top_) ImGui::SetScrollY(0);  // a new screen starts at its top
  scroll_to_top_ = false;
  Lang other = s.lang == Lang::da ? Lang::en : Lang::da;
  PageChrome chrome{kb_.text("app_title", s.lang), kb_.text("app_tagline", s.lang), kb_.text("language_name", other),
                    kb_.text("privacy_note", s.lang)};
  if (page_header(theme, chrome) == Action::switch_language) set_language(kb_, s, other);
  bool wide = ImGui::GetMainViewport()->Size.x >= theme.px(wide_layout_min) && current_case(s) != nullptr;
  s.wide = wide;
  nav_view(theme, kb_, s, wide);
  if (wide) {
    // Two columns: the screen, and the schemes and deadlines beside it.
    float left = ImGui::GetCursorScreenPos().x;
    float right = page_column_right();
    float side = theme.px(side_width);
    float gutter = theme.px(40);
    float main_right = right - side - gutter;
    float top = ImGui::GetCursorScreenPos().y;
    set_column_right(main_right);
    ImGui::PushTextWrapPos(main_right - ImGui::GetWindowPos().x);
    ImGui::BeginGroup();
    main_screen(theme, kb_, s);
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    float main_bottom = ImGui::GetItemRectMax().y;
    ImGui::SetCursorScreenPos(ImVec2(main_right + gutter, top));
    set_column_right(right);
    ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x);
    ImGui::BeginGroup();
    if (s.assessment) {
      schemes_panel(theme, kb_, s);
      ImGui::Dummy(ImVec2(0, theme.px(16)));
      deadlines_panel(theme, kb_, s);
    }
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    float side_bottom = ImGui::GetItemRectMax().y;
    set_column_right(0);
    ImGui::SetCursorScreenPos(ImVec2(left, std::max(main_bottom, side_bottom)));
    ImGui::Dummy(ImVec2(0, 0));
  } else {
    // One column of readable width, even on a wide screen with no case open.
    float left = ImGui::GetCursorScreenPos().x;
    float right = std::min(page_column_right(), left + theme.px(column_max_width));
    set_column_right(right);
    ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x);
    main_screen(theme, kb_, s);
    ImGui::PopTextWrapPos();
    set_column_right(0);
  }
  page_footer(theme, chrome);
  page_end();

  if (!s.announcements.empty()) {
    // Warnings first: a failed save matters more than the next screen's title.
    std::string said;
    for (const auto& key : {"storage_full", "storage_unavailable"})
      for (const auto& a : s.announcements)
        if (a == kb_.text(key, s.lang)) said += a + " ";
    for (const auto& a : s.announcements)
      if (said.find(a) == std::string::npos) said += a + ". ";
    platform::announce(said);
    s.announcements.clear();
  }
  bool changed = before != std::make_tuple(s.screen, s.item, s.current, s.lang, s.cases.size());
  scroll_to_top_ = scroll_to_top_ || changed;
  return changed;
}

}  // namespace fasthold::ui
