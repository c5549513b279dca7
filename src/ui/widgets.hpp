// Form pieces the screens share: headings, paragraphs, fields with the privacy guard, dates
// typed the Danish way, the status of a scheme as an icon and a word.
#pragma once
#include <optional>
#include <string>

#include "engine/assess.hpp"
#include "engine/case_file.hpp"
#include "engine/knowledge.hpp"
#include "ui/theme.hpp"

namespace fasthold::ui {

void heading(const Theme& t, const std::string& s);     // the screen's title
void subheading(const Theme& t, const std::string& s);  // a section in a screen
void para(const Theme& t, const std::string& s);
void muted(const Theme& t, const std::string& s);
void gap(const Theme& t, float css_px);
void rule(const Theme& t);

// A labelled one-line (or multi-line) text field; under it, a gentle warning when the text
// looks like a diagnosis or a CPR number. Returns true while the text changes.
bool text_field(const Theme& t, const KnowledgeBase& kb, Lang lang, const std::string& label, const char* id,
                std::string& value, bool multiline = false);

// A date typed as dd-mm-åååå. `buffer` keeps what is typed; `out` is set once it is a real
// day, and an impossible day shows a clear error under the field. Returns true when `out` changed.
bool date_field(const Theme& t, const KnowledgeBase& kb, Lang lang, const std::string& label, const char* id,
                std::string& buffer, std::optional<Date>& out);

// A checkbox or radio button whose label wraps (ImGui's own labels never wrap).
bool check_item(const Theme& t, const std::string& label, const char* id, bool& value);
bool radio_item(const Theme& t, const std::string& label, const char* id, bool selected);

// A known fact as the manager typed it: 14-03-2027, 03-1975, 7.5, Ja/Nej.
std::string fact_text(const KnowledgeBase& kb, Lang lang, const FactValue& v);

// "✓ Kan søges", "✗ Gælder ikke", "? Kan ikke afgøres endnu": an icon and a word, never colour alone.
void status_badge(const Theme& t, const KnowledgeBase& kb, Lang lang, Status status, bool ask_jobcenter,
                  const std::optional<Date>& met_on = std::nullopt);
const char* status_icon(Status status);

}  // namespace fasthold::ui
