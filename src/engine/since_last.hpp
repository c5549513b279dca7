// "What changed since you last opened this case": each scheme whose status moved between the
// knowledge base and date the case last showed and now, with the dated rule behind it.
#pragma once
#include <string>
#include <vector>

#include "engine/assess.hpp"

namespace fasthold {

struct StatusChange {
  std::string scheme;  // scheme id
  Status from = Status::unknown, to = Status::unknown;
  std::string why;     // in the user's language: the dated rule, the knowledge-base update or the date
};

// Empty when the case has never been shown, or nothing moved.
std::vector<StatusChange> changes_since_last_shown(const KnowledgeBase& kb, const Case& c, const Assessment& now, Lang lang);
// What `now` shows, to remember in the case.
LastShown shown_now(const KnowledgeBase& kb, const Assessment& now);

}  // namespace fasthold
