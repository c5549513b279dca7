#include "ui/widgets.hpp"

#include "engine/json_reader.hpp"
#include "engine/privacy_guard.hpp"
#include "imgui.h"
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
  n.name = f.label;
  n.description = joined({f.hint, f.error, warning});
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

// A click on the words beside a box presses the box, as a <label> does on a web page.
bool label_clicked() { return ImGui::IsItemHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Left); }

// The box and its label as one control, the size a finger or a screen reader's cursor meets.
sem::Rect box_and_label(const Theme& t, const ImVec2& box_min) {
  return css_rect(t, box_min, ImGui::GetItemRectMax());
}
}  // namespace

bool check_item(const Theme& t, const std::string& label, const char* id, bool& value) {
  ImGui::PushFont(t.body);
  bool changed = ImGui::Checkbox((std::string("##") + id).c_str(), &value);
  ImGui::PopFont();
  ImVec2 box = ImGui::GetItemRectMin();
  label_beside(t, label);
  if (sem::take_activation(id) || (!changed && label_clicked())) {
    value = !value;
    changed = true;
  }
  sem::Node n;
  n.id = id;
  n.role = sem::Role::checkbox;
  n.name = label;
  n.flags = value ? sem::checked : 0u;
  n.rect = box_and_label(t, box);
  sem::add(std::move(n));
  return changed;
}

bool radio_item(const Theme& t, const std::string& label, const char* id, bool selected) {
  ImGui::PushFont(t.body);
  bool pressed = ImGui::RadioButton((std::string("##") + id).c_str(), selected);
  ImGui::PopFont();
  ImVec2 box = ImGui::GetItemRectMin();
  label_beside(t, label);
  pressed = sem::take_activation(id) || label_clicked() || pressed;
  sem::Node n;
  n.id = id;
  n.role = sem::Role::radio;
  n.name = label;
  n.flags = selected || pressed ? sem::checked : 0u;
  n.rect = box_and_label(t, box);
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
