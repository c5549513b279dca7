#include "engine/interview.hpp"
#include "engine/fact_ids.hpp"

#include <algorithm>

namespace fasthold {

namespace {
bool in(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }
}  // namespace

bool fact_is_relevant(const KnowledgeBase& kb, const Assessment& a, const std::string& fact) {
  for (const auto& s : a.schemes)
    if (in(s.missing, fact) || in(s.track_missing, fact) || in(s.renewal_missing, fact) || in(s.limits_missing, fact)) return true;
  // A fact that settles a derived fact the schemes miss (birth_date for the pension age).
  for (const auto& f : kb.facts)
    if (in(f.derived_from, fact))
      for (const auto& s : a.schemes)
        if (in(s.missing, f.id)) return true;
  return false;
}

std::vector<InterviewItem> interview_items(const KnowledgeBase& any_kb, const Case& c, const Assessment& a) {
  const KnowledgeBase& kb = rules_on(any_kb, a.on);
  std::vector<InterviewItem> items;
  auto known = [&](const std::string& fact) { return c.facts.count(fact) > 0 || c.not_known_yet.count(fact) > 0; };
  for (const FlowNode* n : a.flow.path) {
    InterviewItem item{InterviewItem::Kind::flow, n->id, "", n->step, false};
    // A decision the record answers is not asked (step 7 from the first agreement on special terms).
    if (n->kind == "decision") item.answered = known(n->fact) || a.flow.from_record == n;
    // An action is passed, or acknowledged by the manager (the flow may still wait for the record).
    else if (n->kind == "action") item.answered = n != a.flow.node || c.steps_done.count(n->id) > 0;
    else item.answered = true;  // an outcome is read, not answered
    items.push_back(item);
  }
  int step = a.flow.node->step;
  for (const auto& sec : kb.interview)
    for (const auto& fact : sec.facts) {
      bool answered = known(fact) || a.facts.count(fact) > 0;  // the record may already prove it
      // Unanswered facts are asked only while a scheme still needs them; answered ones stay
      // listed so that "check your answers" can change them.
      if (!answered && !sec.always && !fact_is_relevant(kb, a, fact)) continue;
      if (fact == fact::birth_date && c.facts.count(fact::birth_month)) answered = true;
      items.push_back({InterviewItem::Kind::fact, fact, sec.id, step, answered});
    }
  return items;
}

size_t next_unanswered(const std::vector<InterviewItem>& items) {
  for (size_t i = 0; i < items.size(); ++i)
    if (!items[i].answered) return i;
  return items.size();
}

}  // namespace fasthold
