// The look: a calm, official light theme (white page, near-black text, one blue for actions,
// generous spacing), in the spirit of borger.dk and GOV.UK. Sizes are in CSS pixels times
// `scale` (the device pixel ratio): ImGui works in the canvas's device pixels.
#pragma once
#include <string>
#include <string_view>

struct ImFont;

namespace fasthold::ui {

struct Theme {
  float scale = 1;  // device pixels per CSS pixel
  ImFont* body = nullptr;     // 19 px regular: running text, buttons
  ImFont* bold = nullptr;     // 19 px bold: labels, the app name
  ImFont* heading = nullptr;  // 30 px bold: the screen's title
  ImFont* small = nullptr;    // 17 px regular: step label, sources

  float px(float css_px) const { return css_px * scale; }
};

// (Re)builds the font atlas and the style for a device pixel ratio. Call before the first
// frame and whenever the ratio changes; the renderer's font texture must be rebuilt after.
// `heading_glyphs` (heading_glyph_ranges in fonts.hpp) must outlive the theme.
// `text_scale` follows the reader's text size (the root font size / 16): the text grows, and
// the controls around it with it.
Theme make_theme(float scale, const unsigned short* heading_glyphs, float text_scale = 1);

// Widest a column of text gets (CSS px): lines of about 70 characters read best.
inline constexpr float column_max_width = 720;

// Buttons: primary (filled blue, white text) for the main choices, secondary (light, with
// a border) for the others, link (underlined blue text) for small actions such as the
// language switch. Each returns true when pressed. `id` names the button for tests: the
// page publishes its rectangle in window.__fastholdTargets.
bool primary_button(const Theme& t, const char* label, const char* id);
bool secondary_button(const Theme& t, const char* label, const char* id);
// What a link-looking control is to a screen reader: a link (moves somewhere), or a button
// (does something here), or a disclosure (expanded 0 or 1: opens and closes what follows).
struct LinkRole {
  bool button = false;
  int expanded = -1;
  bool current = false;  // the place on show, in the navigation
  std::string name;      // the accessible name when the words alone are repeated ("Ret: Aftale … af 01-12-2026")
};
bool link_button(const Theme& t, const char* label, const char* id, unsigned color, const LinkRole& as = {});

// Buttons are at least this wide (CSS px): easy targets for a finger.
inline constexpr float button_min_width = 112;

// Puts the next button on the same line as the last one if it fits before column_right
// (screen x), else leaves it for the next line: rows of buttons wrap on narrow screens.
bool same_line_if_fits(const Theme& t, const char* next_label, float column_right);

// High contrast: pure black text and borders, darker blue, thicker focus (settings screen).
void set_high_contrast(bool on);
bool high_contrast();

// Text in a font and color, wrapped at the wrap position the caller pushed. The first draws
// only; the second also records it in the accessible tree, as a paragraph or a heading.
void text(ImFont* font, std::string_view s, unsigned color);
void text(const Theme& t, ImFont* font, std::string_view s, unsigned color, int heading_level = 0);

namespace colors {
// 0xAABBGGRR (ImGui's packed order), built from readable #RRGGBB values.
constexpr unsigned rgb(unsigned hex) {
  return 0xFF000000u | ((hex & 0xFF) << 16) | (hex & 0xFF00) | ((hex >> 16) & 0xFF);
}
inline constexpr unsigned page = rgb(0xFFFFFF);
inline constexpr unsigned ink = rgb(0x0B0C0C);         // body text
inline constexpr unsigned ink_muted = rgb(0x484F55);   // secondary text (8:1 on white)
inline constexpr unsigned header = rgb(0x1F3A5F);      // the top band
inline constexpr unsigned header_ink = rgb(0xFFFFFF);
inline constexpr unsigned action = rgb(0x1D5DA8);      // primary buttons, links (6.6:1 with white)
inline constexpr unsigned action_hover = rgb(0x174A86);
inline constexpr unsigned action_active = rgb(0x103560);
inline constexpr unsigned secondary = rgb(0xF0F2F4);
inline constexpr unsigned secondary_hover = rgb(0xE0E4E8);
inline constexpr unsigned secondary_active = rgb(0xC9D0D6);
inline constexpr unsigned border = rgb(0x6B7780);
inline constexpr unsigned rule = rgb(0xB1B4B6);
inline constexpr unsigned panel = rgb(0xEAF1F8);       // advice box
inline constexpr unsigned focus = rgb(0x0B0C0C);       // keyboard focus ring
inline constexpr unsigned ok = rgb(0x00703C);          // "applies" (with a ✓, never colour alone)
inline constexpr unsigned warning = rgb(0x8A4B00);     // "cannot tell yet", gentle warnings
inline constexpr unsigned pending = rgb(0x5B3A8C);     // "not yet – met on DATE" (with a ○), never the grey of "does not apply"
inline constexpr unsigned error = rgb(0xB10E1E);       // a field's error
}  // namespace colors

}  // namespace fasthold::ui
