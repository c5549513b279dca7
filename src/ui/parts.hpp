// Small pieces several views share (parts.cpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/knowledge.hpp"
#include "ui/screen_state.hpp"
#include "ui/views.hpp"

namespace fasthold::ui {

// A pale blue box with a blue bar on its left: advice the user asked for.
void advice_panel(const Theme& t, const std::string& heading, const std::string& body);

// "Hvad betyder det?": a disclosure (a button with aria-expanded) under a question or a
// result; open, a box with each term of art it uses and its one line for a manager, from
// data/terms.json. Draws nothing when `terms` is empty.
void explain_terms(const Theme& t, const KnowledgeBase& kb, Lang lang, const std::vector<std::string>& terms, bool& open,
                   const std::string& id);

// The message a control just caused ("Kopieret."), right under it when `note.at` is that
// control's id: a status the page reads out, or an alert for an error.
void note_at(const Theme& t, const Note& note, const std::string& at);

// GOV.UK's error summary, at the top of a form whose submit failed: "Der er et problem" and
// one link per field with its message. The page moves the focus to it (id "error_summary");
// a link's activation returns its field's id, for the focus to move there.
struct FieldError {
  std::string field;  // the field's node id; "" when the error names no one field (no link then)
  std::string message;
};
std::optional<std::string> error_summary(const Theme& t, const KnowledgeBase& kb, Lang lang, const std::vector<FieldError>& errors);

// Whom to ask, for a fact only others can answer: "medarbejderen eller medarbejderens læge";
// "" when the manager can answer it.
std::string ask_whom(const KnowledgeBase& kb, Lang lang, const Fact& f);

// A municipality's contact, each value under its label ("Telefon: …"), the name first.
void contact_lines(const Theme& t, const KnowledgeBase& kb, Lang lang, const JobcenterContact& jc, bool with_name = true);
// When `jc` names a municipality the knowledge base knows (data/contacts.json) but gives other
// details, a warning with the known ones; nothing otherwise. True when it warned.
bool contact_warning(const Theme& t, const KnowledgeBase& kb, Lang lang, Date today, const JobcenterContact& jc);

}  // namespace fasthold::ui
