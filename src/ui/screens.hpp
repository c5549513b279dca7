// The page's screens, in one table: a screen is an enum value, one row here (its title, its
// place in the navigation, its draw function) and its *_view.cpp. screens.cpp holds the rows
// and checks at compile time that every screen has one.
#pragma once
#include <span>

namespace fasthold {
struct KnowledgeBase;
}

namespace fasthold::ui {

struct Theme;
struct AppState;

// In the navigation's order.
enum class Screen { start, prepare, interview, check_answers, results, record, documents, who_to_call, settings, link_builder, count };

struct ScreenInfo {
  Screen screen;
  const char* title_key;  // ui text read out when the screen opens ("" when the screen says its own)
  const char* nav_key;    // ui text of its place in the navigation ("" when it has none)
  bool needs_case;        // shown only while a case is open
  bool narrow_only;       // in the navigation only when the schemes are not beside the page
  void (*draw)(const Theme&, const KnowledgeBase&, AppState&);
};

std::span<const ScreenInfo> screens();
const ScreenInfo& screen_info(Screen s);

}  // namespace fasthold::ui
