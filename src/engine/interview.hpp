// The guided interview: the questions in order, one at a time. First the flowchart along the
// manager's path, then the facts the schemes still need, in the order of data/interview.json.
// Nothing here is stored: the order is derived from the case each time.
#pragma once
#include <string>
#include <vector>

#include "engine/assess.hpp"

namespace fasthold {

struct InterviewItem {
  enum class Kind { flow, fact } kind = Kind::flow;
  std::string id;       // a flowchart node id or a fact id
  std::string section;  // the interview section of a fact ("" for the flowchart)
  int step = 0;         // the flowchart step it belongs to (facts: the current step)
  bool answered = false;
};

// Every item the interview would show for this case now, in order.
std::vector<InterviewItem> interview_items(const KnowledgeBase& kb, const Case& c, const Assessment& a);
// The first unanswered item's index, or items.size() when everything is answered.
size_t next_unanswered(const std::vector<InterviewItem>& items);

// Is the fact needed by a scheme that cannot be told yet (or by its track or renewal)?
bool fact_is_relevant(const KnowledgeBase& kb, const Assessment& a, const std::string& fact);

}  // namespace fasthold
