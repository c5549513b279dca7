#include "ui/widgets.hpp"

#include <algorithm>

#include "engine/json_reader.hpp"
#include "engine/privacy_guard.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/a11y.hpp"
#include "ui/views.hpp"

namespace fasthold::ui {

void heading(const Theme& t, const std::string& s) { text(t, t.heading, s, colors::ink, 1); }
void subheading(const Theme& t, const std::string& s) { text(t, t.bold, s, colors::ink, 2); }
void minor_heading(const Theme& t, const std::string& s) { text(t, t.bold, s, colors::ink, 3); }
void para(const Theme& t, const std::string& s) { text(t, t.body, s, colors::ink); }
void muted(const Theme& t, const std::string& s) { text(t, t.small, s, colors::ink_muted); }
void gap(const Theme& t, float css_px) { ImGui::Dummy(ImVec2(0, t.px(css_px))); }
void legend_text(const Theme& t, const std::string& s) { text(t.bold, s, colors::ink); }

void rule(const Theme& t) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(p, ImVec2(page_column_right(), p.y), colors::rule, t.px(1));
  gap(t, 2);
}

namespace {
float field_width() { return page_column_right() - ImGui::GetCursorScreenPos().x; }

std::string joined(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& p : parts)
    if (!p.empty()) out += (out.empty() ? "" : " ") + p;
  return out;
}
}  // namespace

FieldResult text_field(const Theme& t, const KnowledgeBase& kb, Lang lang, const char* id, const Field& f, std::string& value) {
  FieldResult r;
  if (auto typed = sem::take_value(id)) {
    r.changed = *typed != value;
    value = std::move(*typed);
  }
  r.submitted = sem::take_activation(id) && f.submits;
  text(t.bold, f.label, colors::ink);
  if (!f.hint.empty()) text(t.small, f.hint, colors::ink_muted);
  ImGui::PushFont(t.body);
  std::string hidden = std::string("##") + id;
  float width = f.width > 0 ? std::min(field_width(), t.px(f.width)) : field_width();
  // Natively (tests) ImGui edits the text; in the page the real element over it does.
  bool edited = f.multiline ? ImGui::InputTextMultiline(hidden.c_str(), &value, ImVec2(width, t.px(110)))
                            : (ImGui::SetNextItemWidth(width), ImGui::InputText(hidden.c_str(), &value));
  ImGui::PopFont();
  // The reader's rule at the moment text is typed or pasted: the page never keeps what it
  // would refuse to read back (a tab from a spreadsheet in a name becomes a space).
  if (std::string clean = f.multiline ? clean_lines(value) : clean_line(value); clean != value) {
    value = std::move(clean);
    edited = true;
  }
  r.changed = r.changed || edited;
  std::string warning;
  if (f.privacy_guard) {
    PrivacyWarnings w = check_privacy(kb, value);
    if (w.cpr_number) warning = kb.text("warn_cpr", lang);
    else if (!w.diagnosis_words.empty()) warning = fill(kb.text("warn_diagnosis", lang), {w.diagnosis_words.front()});
  }
  sem::Node n;
  n.id = id;
  n.role = sem::Role::textbox;
  n.name = f.name.empty() ? f.label : f.name;
  n.description = joined({f.description, f.hint, f.error, warning});
  n.value = value;
  n.input_mode = f.input_mode;
  n.flags = (f.multiline ? sem::multiline : 0u) | (f.error.empty() ? 0u : sem::invalid) | (f.submits ? sem::submits : 0u);
  n.rect = item_rect(t);
  n.font_px = t.body->FontSize / t.scale;
  sem::add(std::move(n));
  if (!f.error.empty()) text(t.small, f.error, colors::error);
  if (!warning.empty()) text(t.small, warning, colors::warning);
  return r;
}

FieldResult date_field(const Theme& t, const KnowledgeBase& kb, Lang lang, const char* id, Field f, std::string& text) {
  f.hint = joined({f.hint, kb.text("date_hint", lang)});
  f.input_mode = "numeric";
  f.privacy_guard = false;
  f.width = f.width > 0 ? f.width : 220;
  // An impossible day shows once the field is left (or the form is sent), not while a date
  // is half typed: nothing jumps under the user's pointer as they type.
  if (f.error.empty() && sem::focused() != id && !text.empty() && !parse_danish_date(text))
    f.error = fill(kb.text("date_error", lang), {text});
  return text_field(t, kb, lang, id, f, text);
}

namespace {
// A checkbox or radio button and its words as one control, as a <label> makes them on a web
// page: the whole row (box, gap and words, at least 44 CSS px tall) takes the click, so a
// finger or a pointer between the box and the words still lands on it. The words wrap at
// the column's edge; the box sits level with their first line.
bool box_row(const Theme& t, const std::string& label, const char* id, bool on, bool round, sem::Rect& rect) {
  ImGui::PushFont(t.body);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImVec2 at = ImGui::GetCursorScreenPos();
  float box = ImGui::GetFrameHeight();
  float gap = style.ItemInnerSpacing.x;
  float wrap = std::max(t.px(40), page_column_right() - (at.x + box + gap));
  ImVec2 words = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
  float height = std::max({box, words.y + style.FramePadding.y * 2, t.px(44)});
  float top = at.y + (height - std::max(box, words.y + style.FramePadding.y * 2)) / 2;
  bool pressed = ImGui::InvisibleButton((std::string("##row_") + id).c_str(), ImVec2(box + gap + words.x, height));
  bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  unsigned ground = held ? colors::secondary_active : hovered ? colors::secondary_hover : colors::page;
  ImVec2 b0(at.x, top), b1(at.x + box, top + box);
  float edge = style.FrameBorderSize;
  if (round) {
    ImVec2 c((b0.x + b1.x) / 2, (b0.y + b1.y) / 2);
    float r = box / 2 - edge / 2;
    dl->AddCircleFilled(c, r, ground, 32);
    dl->AddCircle(c, r, colors::border, 32, edge);
    if (on) dl->AddCircleFilled(c, r * 0.5f, colors::ink, 32);
  } else {
    dl->AddRectFilled(b0, b1, ground, style.FrameRounding);
    dl->AddRect(b0, b1, colors::border, style.FrameRounding, 0, edge);
    if (on) {
      float pad = box / 5;
      ImGui::RenderCheckMark(dl, ImVec2(b0.x + pad, b0.y + pad), colors::ink, box - pad * 2);
    }
  }
  dl->AddText(t.body, t.body->FontSize, ImVec2(at.x + box + gap, top + style.FramePadding.y), colors::ink, label.c_str(),
              nullptr, wrap);
  ImGui::PopFont();
  rect = item_rect(t);
  return pressed;
}
}  // namespace

bool check_item(const Theme& t, const std::string& label, const char* id, bool& value) {
  sem::Rect rect;
  bool changed = box_row(t, label, id, value, false, rect);
  changed = sem::take_activation(id) || changed;
  if (changed) value = !value;
  sem::Node n;
  n.id = id;
  n.role = sem::Role::checkbox;
  n.name = label;
  n.flags = value ? sem::checked : 0u;
  n.rect = rect;
  sem::add(std::move(n));
  return changed;
}

bool radio_item(const Theme& t, const std::string& label, const char* id, bool selected) {
  sem::Rect rect;
  bool pressed = box_row(t, label, id, selected, true, rect);
  pressed = sem::take_activation(id) || pressed;
  sem::Node n;
  n.id = id;
  n.role = sem::Role::radio;
  n.name = label;
  n.flags = selected || pressed ? sem::checked : 0u;
  n.rect = rect;
  sem::add(std::move(n));
  return pressed;
}

std::string fact_text(const KnowledgeBase& kb, Lang lang, const FactValue& v) {
  if (auto b = std::get_if<bool>(&v)) return kb.text(*b ? "answer_yes" : "answer_no", lang);
  if (auto d = std::get_if<Date>(&v)) return format_danish(*d);
  if (auto m = std::get_if<std::chrono::year_month>(&v)) return format_danish(*m / std::chrono::day{1}).substr(3);
  if (auto n = std::get_if<double>(&v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", *n);
    return buf;
  }
  return std::get<std::string>(v);
}

const char* status_icon(Status s) {
  return s == Status::applies ? "\u2713" : s == Status::does_not_apply ? "\u2717" : s == Status::not_yet ? "\u25CB" : "?";
}

void status_badge(const Theme& t, const KnowledgeBase& kb, Lang lang, Status s, bool ask_jobcenter, const std::optional<Date>& met_on) {
  unsigned ink = s == Status::applies ? colors::ok : s == Status::does_not_apply ? colors::ink_muted : s == Status::not_yet ? colors::pending : colors::warning;
  // Not yet (a matter of time) has its own icon and colour, never those of "does not apply".
  std::string word = std::string(status_icon(s)) + " " + status_words(kb, s, met_on, ask_jobcenter, lang);
  text(t, t.bold, word, ink);
}

}  // namespace fasthold::ui
