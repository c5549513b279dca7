// Small pieces several views share.
#include "ui/parts.hpp"

#include <algorithm>

#include "engine/consultant_link.hpp"
#include "imgui.h"
#include "ui/widgets.hpp"
#include "ui/semantics.hpp"
#include "ui/theme.hpp"

namespace fasthold::ui {

namespace {

// The box: what `body` draws, on a pale blue ground with a blue bar on its left.
template <class Body>
void panel(const Theme& t, Body&& body) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImDrawListSplitter split;
  split.Split(dl, 2);
  split.SetCurrentChannel(dl, 1);

  float pad = t.px(16);
  ImVec2 top = ImGui::GetCursorScreenPos();
  float right = page_column_right();
  ImGui::Indent(pad + t.px(5));
  ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x - pad);
  ImGui::Dummy(ImVec2(0, pad - ImGui::GetStyle().ItemSpacing.y));
  body();
  ImGui::PopTextWrapPos();
  ImGui::Unindent(pad + t.px(5));
  float bottom = ImGui::GetItemRectMax().y + pad;

  split.SetCurrentChannel(dl, 0);
  dl->AddRectFilled(top, ImVec2(right, bottom), colors::panel);
  dl->AddRectFilled(top, ImVec2(top.x + t.px(5), bottom), colors::action);
  split.Merge(dl);
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
  ImGui::Dummy(ImVec2(0, 0));
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
  return s;
}

}  // namespace

void advice_panel(const Theme& t, const std::string& heading, const std::string& body) {
  panel(t, [&] {
    text(t, t.bold, heading, colors::ink);
    text(t, t.body, body, colors::ink);
  });
}

void explain_terms(const Theme& t, const KnowledgeBase& kb, Lang lang, const std::vector<std::string>& terms, bool& open,
                   const std::string& id) {
  if (terms.empty()) return;
  const std::string& what = kb.text("explain_toggle", lang);
  std::string label = std::string(open ? "\u25BC " : "\u25B6 ") + what;
  if (link_button(t, label.c_str(), id.c_str(), colors::action, {.expanded = open})) open = !open;
  if (!open) return;
  sem::open(sem::Role::region, id + "_terms", what);
  panel(t, [&] {
    bool first = true;
    for (const auto& tid : terms) {
      const Term* term = kb.term(tid);
      if (!term) continue;
      if (!first) ImGui::Dummy(ImVec2(0, t.px(4)));
      first = false;
      text(t, t.bold, capitalised(term->text.in(lang)), colors::ink);
      text(t, t.body, term->explain.in(lang), colors::ink);
    }
  });
  sem::close();
}

void note_at(const Theme& t, const Note& note, const std::string& at) {
  if (note.text.empty() || note.at != at) return;
  sem::open(note.error ? sem::Role::alert : sem::Role::status, at + "_note");
  text(t, note.error ? t.small : t.bold, note.text, note.error ? colors::error : colors::ok);
  sem::close();
}

std::optional<std::string> error_summary(const Theme& t, const KnowledgeBase& kb, Lang lang, const std::vector<FieldError>& errors) {
  if (errors.empty()) return std::nullopt;
  std::optional<std::string> chosen;
  const std::string& title = kb.text("error_summary_title", lang);
  sem::open(sem::Role::alert, error_summary_id, title);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImDrawListSplitter split;
  split.Split(dl, 2);
  split.SetCurrentChannel(dl, 1);
  float pad = t.px(16), border = t.px(4);
  ImVec2 top = ImGui::GetCursorScreenPos();
  float right = page_column_right();
  ImGui::Indent(pad + border);
  ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x - pad);
  ImGui::Dummy(ImVec2(0, pad - ImGui::GetStyle().ItemSpacing.y));
  text(t, t.bold, title, colors::ink, 2);
  for (const FieldError& e : errors) {
    std::string id = "error_link_" + e.field;
    if (e.field.empty()) text(t, t.bold, e.message, colors::error);  // about no one field: no link
    else if (link_button(t, e.message.c_str(), id.c_str(), colors::error)) chosen = e.field;
  }
  ImGui::PopTextWrapPos();
  ImGui::Unindent(pad + border);
  float bottom = ImGui::GetItemRectMax().y + pad;
  split.SetCurrentChannel(dl, 0);
  // A red frame, as GOV.UK's: an error, never told by colour alone (the heading says it).
  dl->AddRect(top, ImVec2(right, bottom), colors::error, 0, 0, border);
  split.Merge(dl);
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
  ImGui::Dummy(ImVec2(0, t.px(16)));
  sem::close();
  return chosen;
}

std::string ask_whom(const KnowledgeBase& kb, Lang lang, const Fact& f) {
  if (std::find(f.who.begin(), f.who.end(), "manager") != f.who.end()) return "";
  std::string names;
  for (const auto& w : f.who) {
    const Role* r = kb.role(w);
    if (!r) continue;
    std::string name = r->name.in(lang);
    // "Medarbejderen" in the middle of a sentence: "Spørg medarbejderen".
    if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z' && !(name.size() > 1 && name[1] >= 'A' && name[1] <= 'Z'))
      name[0] = char(name[0] - 'A' + 'a');
    names = names.empty() ? name : fill(kb.text("ask_or", lang), {names, name});
  }
  return names;
}

void contact_lines(const Theme& t, const KnowledgeBase& kb, Lang lang, const JobcenterContact& jc, bool with_name) {
  if (with_name) text(t, t.bold, jc.name, colors::ink);
  if (!jc.consultant.empty()) para(t, fill(kb.text("who_label_consultant", lang), {jc.consultant}));
  if (!jc.phone.empty()) para(t, fill(kb.text("who_label_phone", lang), {jc.phone}));
  if (!jc.email.empty()) para(t, fill(kb.text("who_label_email", lang), {jc.email}));
  if (!jc.web.empty()) para(t, fill(kb.text("who_label_web", lang), {jc.web}));
}

bool contact_warning(const Theme& t, const KnowledgeBase& kb, Lang lang, Date today, const JobcenterContact& jc) {
  const Contact* known = rules_on(kb, today).contact_for(jc.name);
  if (!known) return false;
  JobcenterContact source{known->name, known->phone, known->email, known->web, ""};
  if (differing_details(jc, source).empty()) return false;
  text(t, t.bold, fill(kb.text("contact_differs", lang), {known->name}), colors::warning);
  contact_lines(t, kb, lang, source, false);
  return true;
}

}  // namespace fasthold::ui
