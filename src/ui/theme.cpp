#include "ui/theme.hpp"
#include "ui/views.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/fonts.hpp"
#include "ui/a11y.hpp"

namespace fasthold::ui {

namespace {
bool contrast = false;
// In high contrast every muted or coloured text is drawn in full black, every blue darker.
unsigned adjust(unsigned ink) {
  if (!contrast) return ink;
  if (ink == colors::action || ink == colors::action_hover) return colors::rgb(0x002A5C);
  if (ink == colors::page || ink == colors::header_ink) return ink;
  return colors::ink;
}

ImFont* add_font(const unsigned char* data, unsigned size, float px, const ImWchar* glyphs = font_glyph_ranges) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the data is static
  // Glyphs snap to whole pixels, so they need no sub-pixel copies: the atlas is half the
  // size and builds and uploads in about half the time (bench/run, startup_fonts_ms).
  cfg.OversampleH = 1;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  // Whole device pixels keep the glyphs crisp at every ratio.
  float pixels = std::round(px);
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                                    pixels, &cfg, glyphs);
}

ImVec4 color(unsigned packed) { return ImGui::ColorConvertU32ToFloat4(packed); }

void apply_style(float scale) {
  ImGuiStyle style;  // fresh defaults, then ours, then scaled once
  style.WindowPadding = ImVec2(0, 0);
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.FramePadding = ImVec2(20, 12);
  style.FrameRounding = 4;
  style.FrameBorderSize = 2;
  style.ItemSpacing = ImVec2(16, 16);
  style.ItemInnerSpacing = ImVec2(10, 8);
  style.ScrollbarSize = 14;
  style.ScrollbarRounding = 7;
  style.GrabRounding = 4;
  style.PopupRounding = 4;
  style.TouchExtraPadding = ImVec2(0, 0);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = color(colors::ink);
  c[ImGuiCol_TextDisabled] = color(colors::ink_muted);
  c[ImGuiCol_WindowBg] = color(colors::page);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = color(colors::page);
  c[ImGuiCol_Border] = color(colors::border);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = color(colors::page);
  c[ImGuiCol_FrameBgHovered] = color(colors::secondary);
  c[ImGuiCol_FrameBgActive] = color(colors::secondary_hover);
  c[ImGuiCol_ScrollbarBg] = color(colors::secondary);
  c[ImGuiCol_ScrollbarGrab] = color(colors::rule);
  c[ImGuiCol_ScrollbarGrabHovered] = color(colors::border);
  c[ImGuiCol_ScrollbarGrabActive] = color(colors::ink_muted);
  c[ImGuiCol_CheckMark] = color(colors::action);
  c[ImGuiCol_Button] = color(colors::secondary);
  c[ImGuiCol_ButtonHovered] = color(colors::secondary_hover);
  c[ImGuiCol_ButtonActive] = color(colors::secondary_active);
  c[ImGuiCol_Header] = color(colors::secondary);
  c[ImGuiCol_HeaderHovered] = color(colors::secondary_hover);
  c[ImGuiCol_HeaderActive] = color(colors::secondary_active);
  c[ImGuiCol_Separator] = color(colors::rule);
  c[ImGuiCol_TextSelectedBg] = ImVec4(0.11f, 0.36f, 0.66f, 0.25f);
  c[ImGuiCol_NavHighlight] = color(colors::focus);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.04f, 0.05f, 0.05f, 0.45f);

  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

bool styled_button(const Theme& t, const char* label, const char* id, unsigned fill, unsigned hover,
                   unsigned active, unsigned ink, unsigned edge, float min_width) {
  ImGui::PushStyleColor(ImGuiCol_Button, fill);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, active);
  ImGui::PushStyleColor(ImGuiCol_Text, ink);
  ImGui::PushStyleColor(ImGuiCol_Border, edge);
  ImGui::PushFont(t.body);
  std::string full = std::string(label) + "###" + id;  // the id stays when the language changes
  const ImGuiStyle& style = ImGui::GetStyle();
  float avail = std::max(t.px(80), page_column_right() - ImGui::GetCursorScreenPos().x);
  float width = std::max(t.px(min_width), ImGui::CalcTextSize(label).x + style.FramePadding.x * 2);
  bool pressed = false;
  if (width <= avail) {
    // At least 44 CSS px tall: a finger's target (WCAG 2.5.5).
    pressed = ImGui::Button(full.c_str(), ImVec2(width, std::max(t.px(44), ImGui::GetFontSize() + style.FramePadding.y * 2)));
  } else {
    // Wider than the column (a phone, 200 % zoom): the words wrap inside the button.
    float wrap = avail - style.FramePadding.x * 2;
    ImVec2 text = ImGui::CalcTextSize(label, nullptr, false, wrap);
    pressed = ImGui::InvisibleButton(("###" + std::string(id)).c_str(),
                                     ImVec2(avail, std::max(t.px(44), text.y + style.FramePadding.y * 2)));
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    unsigned bg = ImGui::IsItemActive() ? active : ImGui::IsItemHovered() ? hover : fill;
    ImGui::RenderNavHighlight(ImRect(a, b), ImGui::GetItemID());
    ImGui::RenderFrame(a, b, bg, true, style.FrameRounding);
    ImGui::GetWindowDrawList()->AddText(t.body, t.body->FontSize, ImVec2(a.x + style.FramePadding.x, a.y + style.FramePadding.y),
                                        ink, label, nullptr, wrap);
  }
  ImGui::PopFont();
  ImGui::PopStyleColor(5);
  return control(t, sem::Role::button, id, label) || pressed;
}

}  // namespace

Theme make_theme(float scale, const unsigned short* heading_glyphs, float text_scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Theme t;
  t.scale = scale;
  float text = scale * text_scale;
  // The first font added is ImGui's default.
  t.body = add_font(font_regular, font_regular_size, 19 * text);
  t.bold = add_font(font_bold, font_bold_size, 19 * text);
  t.heading = add_font(font_bold, font_bold_size, 30 * text, heading_glyphs);
  t.small = add_font(font_regular, font_regular_size, 17 * text);
  io.Fonts->Build();
  apply_style(scale);
  return t;
}

bool primary_button(const Theme& t, const char* label, const char* id) {
  unsigned fill = contrast ? colors::rgb(0x002A5C) : colors::action;
  return styled_button(t, label, id, fill, colors::action_hover, colors::action_active, colors::page,
                       contrast ? colors::ink : colors::action, button_min_width);
}

bool secondary_button(const Theme& t, const char* label, const char* id) {
  return styled_button(t, label, id, contrast ? colors::page : colors::secondary, colors::secondary_hover,
                       colors::secondary_active, colors::ink, contrast ? colors::ink : colors::border, button_min_width);
}

bool link_button(const Theme& t, const char* label, const char* id, unsigned ink, const LinkRole& as) {
  ImGui::PushFont(t.body);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  // A long link wraps at the column's edge, as text does (a scheme's name on a phone).
  float avail = std::max(t.px(80), page_column_right() - pos.x);
  ImVec2 one_line = ImGui::CalcTextSize(label);
  bool wraps = one_line.x > avail;
  ImVec2 size = wraps ? ImGui::CalcTextSize(label, nullptr, false, avail) : one_line;
  // At least 24 CSS px tall (WCAG 2.5.8), the words in its middle.
  float pad = std::max(0.0f, (t.px(24) - size.y) / 2);
  std::string hidden = std::string("###") + id;
  bool pressed = ImGui::InvisibleButton(hidden.c_str(), ImVec2(size.x, size.y + 2 * pad));
  pos.y += pad;
  bool hovered = ImGui::IsItemHovered();
  ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetItemID());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ink = adjust(ink);
  dl->AddText(t.body, t.body->FontSize, pos, ink, label, nullptr, wraps ? avail : 0.0f);
  // Underline each line of the link under its own words, broken where AddText breaks it.
  const ImFont* font = t.body;
  float line_h = font->FontSize;
  const char* s = label;
  const char* end = label + std::strlen(label);
  for (int i = 0; s < end; ++i) {
    const char* line_end = wraps ? font->CalcWordWrapPositionA(1.0f, s, end, avail) : end;
    if (line_end == s) line_end = s + 1;  // one word wider than the column: ImGui moves on too
    const char* trimmed = line_end;
    while (trimmed > s && (trimmed[-1] == ' ' || trimmed[-1] == '\t')) --trimmed;
    float width = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, s, trimmed).x;
    float y = pos.y + line_h * float(i + 1) + t.px(hovered ? 2 : 1);
    dl->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + width, y), ink, t.px(hovered ? 2 : 1));
    s = line_end;
    while (s < end && (*s == ' ' || *s == '\t')) ++s;  // as ImGui skips the blanks after a break
    if (s < end && *s == '\n') ++s;
  }
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopFont();
  unsigned flags = (as.current ? sem::current : 0u) | (as.expanded >= 0 ? sem::has_expanded : 0u) |
                   (as.expanded > 0 ? sem::expanded : 0u);
  // The arrows drawn before a disclosure's words are its state, not its name.
  std::string name = as.name.empty() ? std::string(label) : as.name;
  for (const char* arrow : {"\u25BC ", "\u25B6 ", "\u2190 ", "\u2192 "})
    if (name.rfind(arrow, 0) == 0) name = name.substr(std::string(arrow).size());
  return control(t, as.button || as.expanded >= 0 ? sem::Role::button : sem::Role::link, id, name, flags) || pressed;
}

bool same_line_if_fits(const Theme& t, const char* next_label, float column_right) {
  ImGui::PushFont(t.body);
  float width = std::max(t.px(button_min_width), ImGui::CalcTextSize(next_label).x + ImGui::GetStyle().FramePadding.x * 2);
  ImGui::PopFont();
  float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
  if (right <= column_right) ImGui::SameLine();
  return right <= column_right;
}


void set_high_contrast(bool on) {
  contrast = on;
  ImGuiStyle& style = ImGui::GetStyle();
  style.Colors[ImGuiCol_Border] = color(on ? colors::ink : colors::border);
  style.Colors[ImGuiCol_Button] = color(on ? colors::page : colors::secondary);
  style.Colors[ImGuiCol_FrameBg] = color(colors::page);
}
bool high_contrast() { return contrast; }

void text(ImFont* font, std::string_view s, unsigned ink) {
  ink = adjust(ink);
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, ink);
  ImGui::TextUnformatted(s.data(), s.data() + s.size());  // wraps at the pushed wrap position
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void text(const Theme& t, ImFont* font, std::string_view s, unsigned ink, int heading_level) {
  text(font, s, ink);
  text_node(t, heading_level ? sem::Role::heading : sem::Role::paragraph, std::string(s), heading_level);
}

}  // namespace fasthold::ui
