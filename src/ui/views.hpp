// The screens' contents and the actions they return. Each view (one .cpp per screen) takes
// what it shows, all texts ready in the user's language, and returns what the user did.
// Nothing here includes ImGui.
#pragma once
#include <string>

namespace fasthold::ui {

struct Theme;

enum class Action { none, switch_language };

// Around every screen: the top band and the privacy note at the bottom.
struct PageChrome {
  std::string app_name;
  std::string tagline;
  std::string switch_language;  // the other language's name, in that language
  std::string privacy_note;
};

// Draws the page around a screen and the screen itself via `body`; returns the action from
// the chrome (the language switch) or from the body.
template <typename Body>
Action page_view(const Theme& theme, const PageChrome& chrome, Body&& body);

// page_view's parts, for the template above.
void page_begin(const Theme& theme);
Action page_header(const Theme& theme, const PageChrome& chrome);
void page_footer(const Theme& theme, const PageChrome& chrome);
// Ends the page; returns its content height (device px), which the browser scrolls through.
float page_end();
// The right edge of the page's column, in screen coordinates (for wrapping button rows).
float page_column_right();
// Narrows the column to end at a screen x while drawing one of two columns (0: the whole column).
void set_column_right(float screen_x);

template <typename Body>
Action page_view(const Theme& theme, const PageChrome& chrome, Body&& body) {
  page_begin(theme);
  Action a = page_header(theme, chrome);
  Action b = body();
  page_footer(theme, chrome);
  page_end();
  return a != Action::none ? a : b;
}

}  // namespace fasthold::ui
