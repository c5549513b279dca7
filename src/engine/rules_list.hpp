// Every dated row of the knowledge base, for `fasthold rules`: what holds on a day, and every
// change the knowledge base knows of.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/knowledge.hpp"

namespace fasthold {

struct RuleRow {
  std::string kind;  // threshold, pension, scheme, note, role, contact, deadline, term, notice
  std::string rule;  // the rule's id (a note: "scheme/note n"; a pension row: the cohort)
  std::string what;  // the row in words, its placeholders filled by the rules of its own days
  Validity valid;
  Citation cite;
  std::string replaces;  // the previous row's words, for a row that starts a change
};

// In data order. `full` is the knowledge base as loaded (every row). Each row's words are filled
// by the rules of `on` where the row holds that day, else by the rules of the row's own first day.
std::vector<RuleRow> rule_rows(const KnowledgeBase& full, Lang lang, std::optional<Date> on = std::nullopt);

}  // namespace fasthold
