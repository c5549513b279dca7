// What the page shows and what a user's action does to it, without ImGui: the views draw
// the screens built here, and return an Action that `act` applies. Testable natively with
// the platform stand-in (platform_native.hpp).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/knowledge.hpp"
#include "ui/views.hpp"

namespace fasthold::ui {

// The walking skeleton opens at the flowchart's first decision; steps 1 and 2 (prepare,
// talk with the employee) get their screens with the interview.
inline constexpr const char* first_screen = "job_cause";
// The only thing the page stores: the chosen language, in this browser's localStorage.
inline constexpr const char* language_key = "fasthold.lang";

struct FlowState {
  Lang lang = Lang::da;
  std::string node;                  // the flowchart node on screen
  std::vector<std::string> history;  // the nodes before it, for Back
  bool advice = false;               // "Ved ikke endnu" chosen: show what to clarify
};

// The first state: language from the URL fragment ("#lang=en"), else from storage, else
// Danish. Announces the first screen.
FlowState start(const KnowledgeBase& kb);
// Applies what the user did: moves through the flowchart, stores a language change, and
// announces the new screen to screen readers.
FlowState act(const KnowledgeBase& kb, FlowState state, Action action);

// The screens, in the state's language.
PageChrome chrome(const KnowledgeBase& kb, const FlowState& state);
QuestionScreen question_screen(const KnowledgeBase& kb, const FlowState& state);
InfoScreen info_screen(const KnowledgeBase& kb, const FlowState& state);
bool is_question(const KnowledgeBase& kb, const FlowState& state);
// What a screen reader hears when the screen appears.
std::string announcement(const KnowledgeBase& kb, const FlowState& state);

// Helpers, public for tests.
// "Trin 3 af 7": data/ui.json's step_of with the node's step.
std::string step_label(const KnowledgeBase& kb, const FlowNode& node, Lang lang);
// "Kilde: <source title> — <where>".
std::string citation_line(const KnowledgeBase& kb, const Citation& cite, Lang lang);

}  // namespace fasthold::ui
