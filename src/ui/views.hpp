// The screens' contents and the actions they return. Each view (one .cpp per screen) takes
// what it shows, all texts ready in the user's language, and returns what the user did.
// Nothing here includes ImGui, so screens.cpp and its tests don't either.
#pragma once
#include <string>

namespace fasthold::ui {

struct Theme;

enum class Action { none, yes, no, not_yet, next, back, switch_language };

// Around every screen: the top band and the privacy note at the bottom.
struct PageChrome {
  std::string app_name;
  std::string tagline;
  std::string switch_language;  // the other language's name, in that language
  std::string privacy_note;
};

// A decision in the flowchart: a yes/no question.
struct QuestionScreen {
  std::string step;      // "Trin 3 af 7"
  std::string title;     // "Skyldes fraværet jobbet?"
  std::string question;  // "Skyldes fravær forhold i jobbet?"
  std::string yes, no, not_yet;
  std::string advice_heading, advice;  // shown after "Ved ikke endnu"; empty: not shown
  std::string citation;  // "Kilde: <source> — <where>"
  std::string back;      // empty: no Back button
};

// An action or an outcome in the flowchart: text to read, maybe a way on.
struct InfoScreen {
  std::string step;
  std::string title;
  std::string text;
  std::string next;      // the "Videre" label; empty: an end point
  std::string citation;
  std::string back;
};

// The views. Each draws inside the page's column (see page_view.cpp) and returns the
// action the user took this frame, or Action::none.
Action question_view(const Theme& theme, const QuestionScreen& screen);
Action info_view(const Theme& theme, const InfoScreen& screen);

// Draws the page around a screen and the screen itself via `body`; returns the action from
// the chrome (the language switch) or from the body.
template <typename Body>
Action page_view(const Theme& theme, const PageChrome& chrome, Body&& body);

// page_view's parts, for the template above.
void page_begin(const Theme& theme);
Action page_header(const Theme& theme, const PageChrome& chrome);
void page_footer(const Theme& theme, const PageChrome& chrome);
void page_end();
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
