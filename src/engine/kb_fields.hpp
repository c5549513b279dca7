// The shape of the knowledge base, written once. Each struct of knowledge.hpp lists its members
// here, with the name each has in data/*.json and whether a row must give it. This one list is
// read by:
//   - the loader (knowledge.cpp): the fields a row may hold, which it must hold, and how to read
//     each, by the member's type;
//   - the snapshot (kb_snapshot.cpp): the order of the members, writing and reading;
//   - for_each_text: every Text reachable from the knowledge base;
//   - the docs test (tests/unit/knowledge_test.cpp): docs/knowledge-base.md lists these names.
// A new member is one line here (and the snapshot's magic bumped).
#pragma once
#include "engine/knowledge.hpp"

namespace fasthold {

enum class Need { required, optional };

// A member with its data name. `required` means the row must hold it; `optional` keeps the
// member's default when the row leaves it out.
template <class T>
struct Field {
  const char* name;
  T& value;
  Need need;
};
template <class T>
Field<T> req(const char* name, T& value) {
  return {name, value, Need::required};
}
template <class T>
Field<T> opt(const char* name, T& value) {
  return {name, value, Need::optional};
}

// A row's dates, beside its other fields: valid_from, valid_until, last_checked (each optional).
struct Dated {
  Validity& value;
};
inline constexpr const char* kDatedNames[] = {"valid_from", "valid_until", "last_checked"};

// Marks a struct whose members are listed below as data fields (the loader reads it as an object).
template <class T>
struct described : std::false_type {};
#define FASTHOLD_DESCRIBED(T) \
  template <>                 \
  struct described<T> : std::true_type {}

// Plain members: not rows of a data file (the loader reads these by hand), listed for the snapshot.
template <class IO> void members(IO& io, Text& t) { io(t.da, t.en); }
template <class IO> void members(IO& io, Validity& v) { io(v.from, v.until, v.last_checked); }
// A condition is a tree whose JSON shape names its kind ({"all": [...]}, {"fact": ...}): the
// loader reads it by that shape (read_condition), so its members are listed plain.
template <class IO> void members(IO& io, Condition& c) {
  io(c.kind, c.id, c.text, c.text_not, c.cite, c.fact, c.op, c.expect, c.unknown_is, c.threshold, c.number, c.scheme, c.children);
}

template <class IO> void members(IO& io, Citation& c) {
  io(req("source", c.source), opt("where", c.where), opt("quote", c.quote), opt("interpretation", c.interpretation));
}
FASTHOLD_DESCRIBED(Citation);
template <class IO> void members(IO& io, Source& s) {
  io(req("id", s.id), req("title", s.title), req("section", s.section), req("address", s.address));
}
FASTHOLD_DESCRIBED(Source);
template <class IO> void members(IO& io, Threshold& t) {
  io(req("id", t.id), req("value", t.value), req("unit", t.unit), req("text", t.text), req("cite", t.cite), Dated{t.valid});
}
FASTHOLD_DESCRIBED(Threshold);
template <class IO> void members(IO& io, PensionRow& p) {
  io(opt("born_from", p.born_from), opt("born_to", p.born_to), req("years", p.years), req("months", p.months),
     Dated{p.valid}, req("cite", p.cite));
}
FASTHOLD_DESCRIBED(PensionRow);
template <class IO> void members(IO& io, Fact& f) {
  io(req("id", f.id), req("type", f.type), req("question", f.question), opt("help", f.help), req("who", f.who), opt("ask", f.ask),
     opt("told_by_employee", f.told_by_employee), opt("unit", f.unit), opt("min", f.min), opt("max", f.max),
     opt("derived_from", f.derived_from), opt("step_node", f.step_node), opt("terms", f.terms), req("cite", f.cite));
}
FASTHOLD_DESCRIBED(Fact);
template <class IO> void members(IO& io, SchemeNote& n) { io(req("text", n.text), req("cite", n.cite), Dated{n.valid}); }
FASTHOLD_DESCRIBED(SchemeNote);
template <class IO> void members(IO& io, Track& t) {
  io(req("condition", t.condition), req("if_true", t.if_true), req("if_false", t.if_false));
}
FASTHOLD_DESCRIBED(Track);
template <class IO> void members(IO& io, Renewal& r) { io(req("when_fact", r.when_fact), req("condition", r.condition)); }
FASTHOLD_DESCRIBED(Renewal);
template <class IO> void members(IO& io, Scheme& s) {
  io(req("id", s.id), req("name", s.name), req("summary", s.summary), req("decided_by", s.decided_by),
     req("condition", s.condition), opt("track", s.track), opt("renewal", s.renewal), opt("notes", s.notes),
     opt("limits", s.limits), opt("terms", s.terms), req("cite", s.cite), Dated{s.valid});
}
FASTHOLD_DESCRIBED(Scheme);
// Which of fact … if_not_applicable a node must hold depends on its kind: the loader checks that.
template <class IO> void members(IO& io, FlowNode& n) {
  io(req("id", n.id), req("step", n.step), req("kind", n.kind), req("title", n.title), req("text", n.text),
     req("next", n.next), req("cite", n.cite), opt("fact", n.fact), opt("yes", n.yes), opt("no", n.no),
     opt("unknown", n.unknown), opt("answered_by", n.answered_by), opt("done_fact", n.done_fact),
     opt("done_record", n.done_record), opt("next_node", n.next_node), opt("check_facts", n.check_facts), opt("terms", n.terms),
     opt("recommends", n.recommends), opt("if_not_applicable", n.if_not_applicable));
}
FASTHOLD_DESCRIBED(FlowNode);
template <class IO> void members(IO& io, Role& r) {
  io(req("id", r.id), req("name", r.name), req("ask", r.ask), opt("cite", r.cite), Dated{r.valid});
}
FASTHOLD_DESCRIBED(Role);
template <class IO> void members(IO& io, Contact& c) {
  io(req("id", c.id), req("name", c.name), req("match", c.match), opt("phone", c.phone), opt("email", c.email), opt("web", c.web),
     req("cite", c.cite), Dated{c.valid});
}
FASTHOLD_DESCRIBED(Contact);
template <class IO> void members(IO& io, Adaptation& a) { io(req("id", a.id), req("text", a.text), req("cite", a.cite)); }
FASTHOLD_DESCRIBED(Adaptation);
template <class IO> void members(IO& io, DeadlineInfo& d) {
  io(req("id", d.id), req("label", d.label), req("why", d.why), req("cite", d.cite), Dated{d.valid});
}
FASTHOLD_DESCRIBED(DeadlineInfo);
template <class IO> void members(IO& io, Term& t) { io(req("id", t.id), req("text", t.text), opt("explain", t.explain), opt("match", t.match), req("cite", t.cite), Dated{t.valid}); }
FASTHOLD_DESCRIBED(Term);
template <class IO> void members(IO& io, Notice& n) {
  io(req("id", n.id), req("where", n.where), opt("dates_after", n.dates_after), req("text", n.text), req("cite", n.cite), Dated{n.valid});
}
FASTHOLD_DESCRIBED(Notice);
template <class IO> void members(IO& io, DocumentTemplate& d) {
  io(req("id", d.id), opt("entry_kind", d.entry_kind), req("filename", d.filename), req("title", d.title),
     req("body", d.body), req("sources", d.sources), opt("footer", d.footer));
}
FASTHOLD_DESCRIBED(DocumentTemplate);
template <class IO> void members(IO& io, InterviewSection& s) {
  io(req("id", s.id), req("title", s.title), opt("always", s.always), req("facts", s.facts));
}
FASTHOLD_DESCRIBED(InterviewSection);

// The whole knowledge base, for the snapshot and for_each_text (the loader reads the files).
template <class IO> void members(IO& io, KnowledgeBase& kb) {
  io(kb.version, kb.date, kb.sources, kb.thresholds, kb.pension_ages, kb.facts, kb.schemes, kb.flow_nodes,
     kb.flow_start, kb.roles, kb.contacts, kb.adaptations, kb.deadlines, kb.documents, kb.interview, kb.gap_labels, kb.gap_format,
     kb.document_footer, kb.ui, kb.diagnosis_words, kb.terms, kb.notices, kb.last_checked);
}

// The data names of a described struct, in order (a Dated part gives its three).
struct FieldNames {
  std::vector<std::string> out;
  void operator()(auto&&... f) { (add(f), ...); }
  template <class U>
  void add(const Field<U>& f) {
    out.push_back(f.name);
  }
  void add(const Dated&) { out.insert(out.end(), std::begin(kDatedNames), std::end(kDatedNames)); }
};
template <class T>
std::vector<std::string> field_names() {
  FieldNames names;
  T scratch{};
  members(names, scratch);
  return names.out;
}

}  // namespace fasthold
