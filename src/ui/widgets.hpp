// Form pieces the screens share: headings, paragraphs, fields with the privacy guard, dates
// typed the Danish way, the status of a scheme as an icon and a word. Each draws with ImGui
// and records itself in the accessible tree (semantics.hpp), so the page's real elements
// match what is drawn.
#pragma once
#include <optional>
#include <string>

#include "engine/assess.hpp"
#include "engine/case_file.hpp"
#include "engine/knowledge.hpp"
#include "ui/semantics.hpp"
#include "ui/theme.hpp"

namespace fasthold::ui {

void heading(const Theme& t, const std::string& s);     // the screen's title (h1)
void subheading(const Theme& t, const std::string& s);  // a section in a screen (h2)
void minor_heading(const Theme& t, const std::string& s);  // a part of a section (h3)
void para(const Theme& t, const std::string& s);
void muted(const Theme& t, const std::string& s);
void gap(const Theme& t, float css_px);
void rule(const Theme& t);

// A text field as the screens describe it. `hint` is shown under the label and read as the
// field's description; `error` is shown under the field and marks it invalid.
struct Field {
  std::string label;
  std::string hint;
  std::string error;
  bool multiline = false;
  const char* input_mode = "text";  // the phone's keyboard: "decimal" for numbers, "numeric" for dates
  float width = 0;                  // CSS px; 0: to the column's edge
  bool submits = false;             // Enter in the field submits the form
  bool privacy_guard = true;        // warn when the text looks like a diagnosis or a CPR number
  std::string name;         // the accessible name when it is not the label: a question page's question
  std::string description;  // read with the field, not drawn here: the question's help drawn above it
};
struct FieldResult {
  bool changed = false;
  bool submitted = false;  // Enter was pressed in it
};

// A labelled text field. In the page a real <input> or <textarea> lies over it: typing,
// pasting and the phone's keyboard happen there, and the text arrives here.
FieldResult text_field(const Theme& t, const KnowledgeBase& kb, Lang lang, const char* id, const Field& f, std::string& value);
// A date typed as dd-mm-åååå (the hint says so). An impossible day shows an error under the
// field once the field is left.
FieldResult date_field(const Theme& t, const KnowledgeBase& kb, Lang lang, const char* id, Field f, std::string& text);

// A checkbox or radio button whose label wraps (ImGui's own labels never wrap).
bool check_item(const Theme& t, const std::string& label, const char* id, bool& value);
bool radio_item(const Theme& t, const std::string& label, const char* id, bool selected);
// A group of radio buttons under a legend, drawn by `body`.
// `show_legend` false: the legend is drawn already, as the page's title (a question page).
template <typename Body>
void radio_group(const Theme& t, const char* id, const std::string& legend, Body&& body, bool show_legend = true);

// A known fact as the manager typed it: 14-03-2027, 03-1975, 7.5, Ja/Nej.
std::string fact_text(const KnowledgeBase& kb, Lang lang, const FactValue& v);

// "✓ Kan søges", "✗ Gælder ikke", "? Kan ikke afgøres endnu": an icon and a word, never colour alone.
void status_badge(const Theme& t, const KnowledgeBase& kb, Lang lang, Status status, bool ask_jobcenter,
                  const std::optional<Date>& met_on = std::nullopt);
const char* status_icon(Status status);

void legend_text(const Theme& t, const std::string& s);  // drawn, not recorded: the group's name
template <typename Body>
void radio_group(const Theme& t, const char* id, const std::string& legend, Body&& body, bool show_legend) {
  if (show_legend) legend_text(t, legend);
  sem::open(sem::Role::radiogroup, id, legend);
  body();
  sem::close();
}

}  // namespace fasthold::ui
