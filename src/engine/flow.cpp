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

// "has_complete_agreement": an agreement in the record with all four parts (cabi-flow). An
// agreement that lacks one is not yet "in writing".
bool record_check(const Assessment& a, const std::string& check) {
  if (check == "has_complete_agreement")
    for (const auto& ag : a.agreements)
      if (ag.missing_parts.empty()) return true;
  return false;
}

// The latest agreement when none in the record is complete.
std::optional<size_t> latest_incomplete(const Case& c, const Assessment& a) {
  std::optional<size_t> out;
  for (size_t i = 0; i < a.agreements.size(); ++i) {
    if (a.agreements[i].missing_parts.empty()) return std::nullopt;
    if (!out || days_between(c.log[a.agreements[*out].entry].date, c.log[a.agreements[i].entry].date) >= 0) out = i;
  }
  return out;
}

}  // namespace

FlowResult walk_flow(const KnowledgeBase& kb, const Case& c, const Assessment& a) {
  FlowResult r;
  const FactMap& facts = a.facts;
  const FlowNode* node = kb.flow_node(kb.flow_start);
  std::set<std::string> visited;  // the data is a DAG; this guards against a bad edit looping
  while (node && visited.insert(node->id).second) {
    // An outcome that recommends a scheme which does not apply gives way to its alternative.
    if (node->kind == "outcome" && !node->recommends.empty() && !node->if_not_applicable.empty()) {
      const SchemeResult* s = a.scheme(node->recommends);
      if (s && s->status == Status::does_not_apply) {
        r.skipped = node;
        node = kb.flow_node(node->if_not_applicable);
        continue;
      }
    }
    r.path.push_back(node);
    r.node = node;
    if (node->kind == "decision") {
      Tri typed = answer(facts, node->fact);
      Tri a_value = typed;
      // The record answers this decision where it can; a typed answer that differs is shown.
      Tri from_record = node->answered_by.empty() ? Tri::unknown : answer(facts, node->answered_by);
      if (from_record != Tri::unknown) {
        r.from_record = node;
        r.record_value = from_record;
        r.typed_value = typed;
        r.contradicts = typed != Tri::unknown && typed != from_record;
        a_value = from_record;
      }
      if (a_value == Tri::unknown) break;
      node = kb.flow_node(a_value == Tri::yes ? node->yes : node->no);
    } else if (node->kind == "check") {
      // Answered by the engine from what it knows, never asked.
      Tri v = answer(facts, node->fact);
      node = kb.flow_node(v == Tri::yes ? node->yes : v == Tri::no ? node->no : node->unknown);
    } else if (node->kind == "action") {
      // Talking and preparing are steps the manager acknowledges; writing down is proven by the record.
      bool done = node->done_record.empty() ? c.steps_done.count(node->id) > 0 : record_check(a, node->done_record);
      if (!done && !node->done_record.empty()) r.incomplete_agreement = latest_incomplete(c, a);
      if (!done && !later_answer_known(kb, *node, facts)) break;
      node = kb.flow_node(node->next_node);
    } else {
      break;  // an outcome
    }
  }
  return r;
}

std::string flow_next_text(const KnowledgeBase& any_kb, const Case& c, const Assessment& a, Lang lang) {
  const KnowledgeBase& kb = rules_on(any_kb, a.on);  // the texts of the assessment date, placeholders filled
  const FlowResult& f = a.flow;
  const FlowNode* n = f.node;
  auto T = [&](const char* key) -> const std::string& { return kb.text(key, lang); };
  std::string out;
  if (f.skipped && f.skipped != n) {
    const SchemeResult* s = a.scheme(f.skipped->recommends);
    out += fill(T("flow_scheme_does_not_apply"), {s->scheme->name.in(lang)}) + " ";
  }
  std::string next = n->next.in(lang);
  if (next.find("{1}") != std::string::npos) {
    const auto& on = a.dates.special_terms_12_months_on;
    next = fill(next, {on ? format_danish(*on) : T("flow_12_months_date_unknown")});
  }
  out += next;
  // The step the flow stopped at names what the agreement in the record still lacks.
  if (f.incomplete_agreement && !n->done_record.empty()) {
    const AgreementCheck& ag = a.agreements[*f.incomplete_agreement];
    std::string parts;
    for (size_t i = 0; i < ag.missing_parts.size(); ++i)
      parts += (i ? ", " : "") + kb.text("part_" + ag.missing_parts[i], lang);
    out += " " + fill(T("flow_agreement_lacks"), {format_danish(c.log[ag.entry].date), parts});
  }
  if (f.contradicts && a.dates.special_terms_since && a.dates.special_terms_12_months_on) {
    std::string typed = f.typed_value == Tri::yes ? T("answer_yes") : T("answer_no");
    out += " " + fill(T("flow_record_contradicts"), {typed, kb.fact(f.from_record->fact)->question.in(lang),
                                                      format_danish(*a.dates.special_terms_since),
                                                      format_danish(*a.dates.special_terms_12_months_on)});
  }
  return out;
}

}  // namespace fasthold
