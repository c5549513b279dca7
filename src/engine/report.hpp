// An assessment written out: as JSON (the CLI's --format json, the page's test state) and as
// text a person reads in a terminal.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "engine/assess.hpp"

namespace fasthold {

nlohmann::json assessment_to_json(const KnowledgeBase& kb, const Case& c, const Assessment& a, Lang lang);
std::string assessment_to_text(const KnowledgeBase& kb, const Case& c, const Assessment& a, Lang lang);

// The dated deadlines of an assessment in date order, each with its why and source.
struct DeadlineLine {
  const DeadlineInfo* info = nullptr;
  Date date;
  std::string detail;  // e.g. the agreement a follow-up belongs to
  bool done = false;   // e.g. the interview was held
  bool overdue = false;
};
std::vector<DeadlineLine> deadline_lines(const KnowledgeBase& kb, const Case& c, const Assessment& a);

}  // namespace fasthold
