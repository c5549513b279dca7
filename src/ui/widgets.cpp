#include "ui/widgets.hpp"

#include "engine/privacy_guard.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/targets.hpp"
#include "ui/views.hpp"

namespace fasthold::ui {

void heading(const Theme& t, const std::string& s) { text(t.heading, s, colors::ink); }
void subheading(const Theme& t, const std::string& s) { text(t.bold, s, colors::ink); }
void para(const Theme& t, const std::string& s) { text(t.body, s, colors::ink); }
void muted(const Theme& t, const std::string& s) { text(t.small, s, colors::ink_muted); }
void gap(const Theme& t, float css_px) { ImGui::Dummy(ImVec2(0, t.px(css_px))); }

void rule(const Theme& t) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(p, ImVec2(page_column_right(), p.y), colors::rule, t.px(1));
  gap(t, 2);
}

namespace {
float field_width() { return page_column_right() - ImGui::GetCursorScreenPos().x; }
}  // namespace

bool text_field(const Theme& t, const KnowledgeBase& kb, Lang lang, const std::string& label, const char* id,
                std::string& value, bool multiline) {
  text(t.bold, label, colors::ink);
  ImGui::PushFont(t.body);
  std::string hidden = std::string("##") + id;
  ImGui::PushAllowKeyboardFocus(false);  // Tab is ours (targets.cpp), not ImGui's text-field tabbing
  bool changed = multiline
                     ? ImGui::InputTextMultiline(hidden.c_str(), &value, ImVec2(field_width(), t.px(110)))
                     : (ImGui::SetNextItemWidth(field_width()), ImGui::InputText(hidden.c_str(), &value));
  ImGui::PopAllowKeyboardFocus();
  ImGui::PopFont();
  mark_text_target(id, label);
  PrivacyWarnings w = check_privacy(kb, value);
  if (w.cpr_number) text(t.small, kb.text("warn_cpr", lang), colors::warning);
  if (!w.diagnosis_words.empty())
    text(t.small, fill(kb.text("warn_diagnosis", lang), {w.diagnosis_words.front()}), colors::warning);
  return changed;
}

bool date_field(const Theme& t, const KnowledgeBase& kb, Lang lang, const std::string& label, const char* id,
                std::string& buffer, std::optional<Date>& out) {
  text(t.bold, label, colors::ink);
  muted(t, kb.text("date_hint", lang));
  ImGui::PushFont(t.body);
  ImGui::SetNextItemWidth(std::min(field_width(), t.px(220)));
  std::string hidden = std::string("##") + id;
  ImGui::PushAllowKeyboardFocus(false);
  ImGui::InputText(hidden.c_str(), &buffer, ImGuiInputTextFlags_CharsNoBlank);
  bool typing = ImGui::IsItemActive();
  ImGui::PopAllowKeyboardFocus();
  ImGui::PopFont();
  mark_text_target(id, label + ". " + kb.text("date_hint", lang));
  std::optional<Date> parsed = parse_danish_date(buffer);
  bool changed = parsed != out;
  out = parsed;
  // The error shows once the field is left (or Save is pressed), not while a date is half
  // typed: nothing jumps under the user's pointer as they type.
  if (!typing && !buffer.empty() && !parsed) text(t.small, fill(kb.text("date_error", lang), {buffer}), colors::error);
  return changed;
}

namespace {
// The label beside a box, wrapped at the column's edge and aligned with its first line.
void label_beside(const Theme& t, const std::string& label) {
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(page_column_right() - ImGui::GetWindowPos().x);
  // SameLine after a framed widget already lowers text to the frame's text line
  // (ImGui's CurrLineTextBaseOffset): the label's first line sits level with the box's middle.
  text(t.body, label, colors::ink);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}
}  // namespace

bool check_item(const Theme& t, const std::string& label, const char* id, bool& value) {
  ImGui::PushFont(t.body);
  bool changed = ImGui::Checkbox((std::string("##") + id).c_str(), &value);
  ImGui::PopFont();
  mark_target(id, label);
  label_beside(t, label);
  return changed;
}

bool radio_item(const Theme& t, const std::string& label, const char* id, bool selected) {
  ImGui::PushFont(t.body);
  bool pressed = ImGui::RadioButton((std::string("##") + id).c_str(), selected);
  ImGui::PopFont();
  mark_target(id, label);
  label_beside(t, label);
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
  text(t.bold, word, ink);
}

}  // namespace fasthold::ui
