#include <stdexcept>
#include "ui/app.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <tuple>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/platform.hpp"
#include "ui/a11y.hpp"
#include "ui/app_views.hpp"
#include "ui/page_history.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

namespace {

// Wide enough for the schemes beside the page (CSS px).
constexpr float wide_layout_min = 1100;
constexpr float side_width = 400;

void main_screen(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  notices_view(t, kb, s);
  Screen shown = s.screen;
  screen_info(shown).draw(t, kb, s);
  // A gentle reminder: after the screen, never above its title. The record shows it where the
  // saved form was; settings has the download itself.
  if (s.screen == shown && screen_info(shown).needs_case && shown != Screen::record && shown != Screen::settings) {
    gap(t, 12);
    backup_reminder_view(t, kb, s);
  }
}

// An error that no screen caught: the page stays, says so, keeps every case and offers
// them as a file. Draws nothing that could fail the same way (no case, no assessment).
void failure_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  heading(t, kb.text("failure_title", s.lang));
  para(t, kb.text("failure_text", s.lang));
  muted(t, kb.text("failure_detail", s.lang) + " " + s.failure);
  gap(t, 8);
  if (!s.cases.empty() && primary_button(t, kb.text("failure_export", s.lang).c_str(), "failure_export"))
    platform::download("fasthold-alle-sager.json", "application/json", export_all_cases(kb, s));
  same_line_if_fits(t, kb.text("failure_retry", s.lang).c_str(), page_column_right());
  if (secondary_button(t, kb.text("failure_retry", s.lang).c_str(), "failure_retry")) recover(kb, s);
}

// After an exception in the middle of a frame: close what the screen left open (groups,
// fonts, colours, wrap positions, the page's window; the accessible tree's containers), so the
// frame can end and the next one can draw the failure screen. (ImGui's own
// ErrorCheckEndFrameRecover would also close tables and tab bars, which we never open, and
// pull their code into the page.)
void close_everything_open() {
  ImGuiContext& g = *GImGui;
  while (g.FontStack.Size > 0) ImGui::PopFont();
  while (g.ColorStack.Size > 0) ImGui::PopStyleColor();
  while (g.StyleVarStack.Size > 0) ImGui::PopStyleVar();
  while (g.ItemFlagsStack.Size > 1) ImGui::PopItemFlag();
  while (g.CurrentWindowStack.Size > 1) {  // the first is ImGui's own fallback window
    ImGuiWindow* w = g.CurrentWindow;
    while (w->DC.TextWrapPosStack.Size > 0) ImGui::PopTextWrapPos();
    while (g.GroupStack.Size > g.CurrentWindowStack.back().StackSizesOnBegin.SizeOfGroupStack) ImGui::EndGroup();
    while (w->IDStack.Size > 1) ImGui::PopID();
    ImGui::End();
  }
  sem::abandon_open();
}

}  // namespace

App::App(const KnowledgeBase& kb) : kb_(kb), state_(start_app(kb)) {
  set_high_contrast(state_.high_contrast);
  // A reload returns to the screen it showed (the history entry outlives the reload).
  if (auto entry = platform::history_current()) {
    std::vector<std::string> said = std::move(state_.announcements);  // the start screen's title
    state_.announcements.clear();
    if (!go_to_history_entry(kb_, state_, *entry)) state_.announcements = std::move(said);
  }
}

void App::follow_history() {
  if (auto popped = platform::take_history_pop()) {
    // Back or Forward to another page's entry (or one we cannot show now) leaves the page as it is.
    if (go_to_history_entry(kb_, state_, *popped)) history_ = history_entry(state_);
    return;
  }
  std::string entry = history_entry(state_);
  if (entry != history_) {
    platform::history_push(entry, history_.empty());  // the first is the entry the page opened in
    history_ = std::move(entry);
  }
}

void App::name_the_page() {
  const sem::Tree& t = sem::tree();
  std::string h1;
  bool error = false;
  int main = -1;
  for (size_t i = 0; i < t.nodes.size(); ++i) {
    const sem::Node& n = t.nodes[i];
    if (n.role == sem::Role::main) main = int(i);
    bool in_main = false;
    for (int p = n.parent; p >= 0; p = t.nodes[size_t(p)].parent)
      if (p == main) in_main = true;
    if (!in_main) continue;
    if (n.role == sem::Role::heading && n.level == 1 && h1.empty()) h1 = n.name;
    if (n.role == sem::Role::alert) error = true;
  }
  std::string title = h1.empty() ? kb_.text("app_title", state_.lang) : h1 + " – " + kb_.text("app_title", state_.lang);
  if (error) title = fill(kb_.text("title_error", state_.lang), {title});
  if (title != title_) {
    platform::set_document_title(title);
    title_ = std::move(title);
  }
}

bool App::frame(const Theme& theme, bool present) {
  AppState& s = state_;
  for (auto& a : platform::take_page_actions()) {
    using K = sem::Action::Kind;
    K kind = a.kind == "set_value" ? K::set_value : a.kind == "focus" ? K::focus : a.kind == "blur" ? K::blur : K::activate;
    sem::push_action({kind, std::move(a.id), std::move(a.value)});
  }
  sem::begin_frame();
  auto before = std::make_tuple(s.screen, s.item, s.current, s.lang, s.cases.size(), s.failure.empty());
  follow_history();
  try {
    draw(theme);
  } catch (const std::exception& e) {
    close_everything_open();
    s.failure = e.what();
    s.announcements.push_back(kb_.text("failure_title", s.lang));
  }
  // The focus an action asked for goes with the first shown tree that holds its node.
  if (present && !s.focus.empty() && sem::find(sem::building(), s.focus)) {
    sem::building().focus = std::move(s.focus);
    s.focus.clear();
  }
  sem::end_frame();
  if (present) mirror();

  if (present && !s.announcements.empty()) {
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
  bool changed = before != std::make_tuple(s.screen, s.item, s.current, s.lang, s.cases.size(), s.failure.empty());
  scroll_to_top_ = scroll_to_top_ || changed;
  return changed;
}

void App::mirror() {
  // bench/run's a11y_sync_us: the tree's JSON, the diff, and (in the page) the DOM update,
  // which runs inside mirror_tree; a11y_nodes: the tree's size.
  auto start = std::chrono::steady_clock::now();
  std::string update = sem::update_json(sem::tree(), mirrored_);
  if (!update.empty()) {
    platform::mirror_tree(update);
    name_the_page();  // the title follows the tree's h1 and alerts
  }
  std::string targets = sem::targets_json(sem::tree(), scroll_);
  if (targets != targets_) {
    platform::publish_targets(targets);
    targets_ = std::move(targets);
  }
  auto us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  platform::note_figure("a11y_sync_us", us);
  platform::note_figure("a11y_nodes", double(sem::tree().nodes.size()));
}

void App::draw(const Theme& theme) {
  AppState& s = state_;
  if (high_contrast() != s.high_contrast) set_high_contrast(s.high_contrast);
  if (auto file = platform::take_opened_file()) {
    import_file(kb_, s, *file);
    if (s.import_error.empty() && !s.import_pending) start_interview(kb_, s);
  }
  sem::Tree& tree = sem::building();
  tree.lang = lang_code(s.lang);
  tree.skip_label = kb_.text("skip_to_content", s.lang);
  tree.focus_title = scroll_to_top_;
  tree.high_contrast = s.high_contrast;

  // The browser scrolls the page; this frame draws what its scroll shows. A new screen starts
  // at its top, as a new page does: scrolled there before it is drawn.
  float scroll = platform::page_scroll();
  if (scroll_to_top_) {
    platform::scroll_page_to(0);
    scroll = 0;
  }
  scroll_to_top_ = false;
  if (ImGuiWindow* w = ImGui::FindWindowByName("##page")) ImGui::SetScrollY(w, scroll * theme.scale);
  page_begin(theme);
  scroll_ = ImGui::GetScrollY() / theme.scale;
  Lang other = s.lang == Lang::da ? Lang::en : Lang::da;
  PageChrome chrome{kb_.text("app_title", s.lang), kb_.text("app_tagline", s.lang), kb_.text("language_name", other),
                    kb_.text("privacy_note", s.lang)};
  region(sem::Role::banner, "", [&] {
    if (page_header(theme, chrome) == Action::switch_language) set_language(kb_, s, other);
  });
  if (!s.failure.empty()) {
    region(sem::Role::main, "", [&] { failure_view(theme, kb_, s); });
    region(sem::Role::contentinfo, "", [&] { page_footer(theme, chrome); });
    tree.page_height = page_end() / theme.scale;
    return;
  }
  bool wide = ImGui::GetMainViewport()->Size.x >= theme.px(wide_layout_min) && current_case(s) != nullptr;
  s.wide = wide;
  region(sem::Role::navigation, kb_.text("nav_label", s.lang), [&] {
    nav_view(theme, kb_, s, wide);
    // A test's way to the failure screen: thrown with a window and a region open, as a real one is.
    if (fail_next_frame_) {
      fail_next_frame_ = false;
      throw std::runtime_error("a test asked for this error");
    }
  });
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
    region(sem::Role::main, "", [&] { main_screen(theme, kb_, s); });
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    float main_bottom = ImGui::GetItemRectMax().y;
    ImGui::SetCursorScreenPos(ImVec2(main_right + gutter, top));
    set_column_right(right);
    ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x);
    ImGui::BeginGroup();
    if (s.assessment)
      region(sem::Role::complementary, kb_.text("schemes_heading", s.lang), [&] {
        schemes_panel(theme, kb_, s);
        ImGui::Dummy(ImVec2(0, theme.px(16)));
        deadlines_panel(theme, kb_, s);
      });
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
    region(sem::Role::main, "", [&] { main_screen(theme, kb_, s); });
    ImGui::PopTextWrapPos();
    set_column_right(0);
  }
  region(sem::Role::contentinfo, "", [&] { page_footer(theme, chrome); });
  tree.page_height = page_end() / theme.scale;
}

}  // namespace fasthold::ui
