// The screens as entries in the browser's history: each screen (and each question) the manager
// moves to is pushed, so the browser's Back and Forward move between them and a reload returns
// to the same one. An entry holds only where the page was (a screen and a question id from the
// knowledge base), never anything from the case; the address is left as it is, so a
// consultant's #municipality=… link keeps working, from file:// too.
#pragma once
#include <optional>
#include <string>

#include "engine/knowledge.hpp"
#include "ui/app_state.hpp"

namespace fasthold::ui {

// The entry for where the page is now: {"fasthold":1,"screen":N,"item":"fact:…"}.
std::string history_entry(const AppState& s);
// Goes to the place an entry names, when it can be shown now (a case screen needs an open
// case; a question must be one of the knowledge base's). Returns false for anything else
// (another page's entry, a malformed one), and changes nothing then.
bool go_to_history_entry(const KnowledgeBase& kb, AppState& s, const std::string& entry);

}  // namespace fasthold::ui
