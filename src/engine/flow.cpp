#include <set>

#include "engine/assess_parts.hpp"

namespace fasthold {

namespace {

Tri answer(const FactMap& facts, const std::string& id) {
  auto it = facts.find(id);
  if (it == facts.end()) return Tri::unknown;
  if (auto b = std::get_if<bool>(&it->second)) return *b ? Tri::yes : Tri::no;
  return Tri::unknown;
}

// Is any decision after this node already answered? Then the manager has passed it.
bool later_answer_known(const KnowledgeBase& kb, const FlowNode& from, const FactMap& facts) {
  std::set<std::string> seen;
  std::vector<std::string> todo{from.next_node, from.yes, from.no};
  while (!todo.empty()) {
    std::string id = todo.back();
    todo.pop_back();
    if (id.empty() || !seen.insert(id).second) continue;
    const FlowNode* n = kb.flow_node(id);
    if (n->kind == "decision" && answer(facts, n->fact) != Tri::unknown) return true;
    todo.insert(todo.end(), {n->next_node, n->yes, n->no});
  }
  return false;
}

bool record_check(const Case& c, const std::string& check) {
  if (check == "has_agreement")
    for (const auto& e : c.log)
      if (e.kind == "agreement") return true;
  return false;
}

}  // namespace

FlowResult walk_flow(const KnowledgeBase& kb, const Case& c, const FactMap& facts) {
  FlowResult r;
  const FlowNode* node = kb.flow_node(kb.flow_start);
  std::set<std::string> visited;  // the data is a DAG; this guards against a bad edit looping
  while (node && visited.insert(node->id).second) {
    r.path.push_back(node);
    r.node = node;
    if (node->kind == "decision") {
      Tri a = answer(facts, node->fact);
      if (a == Tri::unknown) break;
      node = kb.flow_node(a == Tri::yes ? node->yes : node->no);
    } else if (node->kind == "action") {
      bool done = (!node->done_fact.empty() && answer(facts, node->done_fact) == Tri::yes) ||
                  (!node->done_record.empty() && record_check(c, node->done_record));
      if (!done && !later_answer_known(kb, *node, facts)) break;
      node = kb.flow_node(node->next_node);
    } else {
      break;  // an outcome
    }
  }
  return r;
}

}  // namespace fasthold
