#include "engine/knowledge.hpp"
#include "engine/entry_kinds.hpp"
#include "engine/fact_ids.hpp"

#include <algorithm>
#include <climits>
#include <set>

#include "engine/json_reader.hpp"
#include "engine/kb_fields.hpp"
#include "engine/text_out.hpp"

namespace fasthold {

namespace {

template <class T>
T read_row(const Node& n);

FactType read_fact_type(const Node& n) {
  std::string t = n.str();
  if (t == "boolean") return FactType::boolean;
  if (t == "number") return FactType::number;
  if (t == "date") return FactType::date;
  if (t == "month") return FactType::month;
  if (t == "text") return FactType::text;
  n.fail("must be one of boolean, number, date, month, text");
}


// The dated part of a row: valid_from, valid_until, last_checked (each a date or absent).
Validity read_validity(const Node& n) {
  Validity v;
  if (auto f = n.find("valid_from")) v.from = f->date();
  if (auto u = n.find("valid_until")) v.until = u->date();
  if (auto c = n.find("last_checked")) v.last_checked = c->date();
  if (v.from && v.until && days_between(*v.from, *v.until) < 0) n.at("valid_until").fail("is before valid_from");
  return v;
}

Condition read_condition(const Node& n) {
  n.expect_object({"id", "all", "any", "not", "judgement", "always", "scheme", "fact", "is", "op", "threshold", "number", "text",
                   "text_not", "unknown_is", "cite"});
  Condition c;
  c.id = n.at("id").str();
  c.text = n.at("text").text();
  if (auto tn = n.find("text_not")) c.text_not = tn->text();
  c.cite = read_row<Citation>(n.at("cite"));
  auto read_children = [&](const Node& list) {
    list.expect_array();
    if (list.value.empty()) list.fail("must list at least one condition");
    for (size_t i = 0; i < list.value.size(); ++i) c.children.push_back(read_condition(list.at(i)));
  };
  if (auto a = n.find("all")) { c.kind = Condition::Kind::all; read_children(*a); }
  else if (auto o = n.find("any")) { c.kind = Condition::Kind::any; read_children(*o); }
  else if (auto x = n.find("not")) { c.kind = Condition::Kind::not_; c.children.push_back(read_condition(*x)); }
  else if (auto j = n.find("judgement")) { c.kind = Condition::Kind::judgement; c.children.push_back(read_condition(*j)); }
  else if (auto al = n.find("always")) {
    if (!al->boolean()) al->fail("must be true");
    c.kind = Condition::Kind::always;
  } else if (auto sc = n.find("scheme")) {
    c.kind = Condition::Kind::scheme;
    c.scheme = sc->str();
  } else {
    c.kind = Condition::Kind::fact;
    c.fact = n.at("fact").str();
    if (auto op = n.find("op")) c.op = op->str();
    if (auto u = n.find("unknown_is")) c.unknown_is = u->boolean();
    if (c.op == "is") {
      c.expect = n.at("is").boolean();
    } else if (c.op == ">=" || c.op == ">" || c.op == "<=" || c.op == "<") {
      if (auto t = n.find("threshold")) c.threshold = t->str();
      else c.number = n.at("number").number();
    } else {
      n.at("op").fail("must be one of is, >=, >, <=, <");
    }
  }
  return c;
}

// Reading a row by its description in kb_fields.hpp: the row may hold only the listed names,
// must hold the required ones, and each value is read by its member's type.
void read(const Node& n, std::string& v) { v = n.str(); }
void read(const Node& n, Text& v) { v = n.text(); }
void read(const Node& n, double& v) { v = n.number(); }
void read(const Node& n, int& v) { v = n.integer(); }
void read(const Node& n, bool& v) { v = n.boolean(); }
void read(const Node& n, Date& v) { v = n.date(); }
void read(const Node& n, FactType& v) { v = read_fact_type(n); }
void read(const Node& n, Condition& v) { v = read_condition(n); }
template <class T>
  requires described<T>::value
void read(const Node& n, T& row);
template <class T>
void read(const Node& n, std::optional<T>& v) {
  read(n, v.emplace());
}
template <class T>
void read(const Node& n, std::vector<T>& v) {
  n.expect_array();
  v.clear();
  for (size_t i = 0; i < n.value.size(); ++i) read(n.at(i), v.emplace_back());
}

class RowReader {
 public:
  const Node& n;
  void operator()(auto&&... fields) { (take(fields), ...); }

 private:
  template <class T>
  void take(Field<T>& f) {
    if (f.need == Need::required) read(n.at(f.name), f.value);
    else if (auto v = n.find(f.name)) read(*v, f.value);
  }
  void take(Dated& d) { d.value = read_validity(n); }
};

template <class T>
  requires described<T>::value
void read(const Node& n, T& row) {
  static const std::vector<std::string> names = field_names<T>();
  n.expect_object(names);
  RowReader reader{n};
  members(reader, row);
}

template <class T>
T read_row(const Node& n) {
  T row{};
  read(n, row);
  return row;
}

Node file_root(const std::map<std::string, json>& docs, const std::string& name) {
  auto it = docs.find(name);
  if (it == docs.end()) throw InputError(name + ".json", "", "is missing from data/");
  return Node{it->second, ""};
}

// Runs `read` and prefixes any error's pointer with the file it came from.
template <class F>
void in_file(const std::string& name, F&& read) {
  try {
    read();
  } catch (const InputError& e) {
    throw InputError(name + ".json#" + e.pointer, e.value, e.what());
  }
}

// The day each file's rows were last checked, where the file says it once for all its rows
// ("last_checked" beside the list); a row's own last_checked wins.
thread_local std::map<std::string, Date> file_checked;

// The common shape of a data file: {"<key>": [row, row, ...]}; `read` gets each row.
template <class F>
void each_row(const std::map<std::string, json>& docs, const std::string& file, const char* key, F&& read) {
  in_file(file, [&] {
    Node r = file_root(docs, file);
    r.expect_object({key, "last_checked"});
    if (auto c = r.find("last_checked")) file_checked[file + ".json"] = c->date();
    Node list = r.at(key);
    list.expect_array();
    for (size_t i = 0; i < list.value.size(); ++i) read(list.at(i));
  });
}

void check_references(const KnowledgeBase& kb);
void check_dated_rules(KnowledgeBase& kb);
void check_placeholders(KnowledgeBase& kb);

}  // namespace

KnowledgeBase load_knowledge_base(const std::vector<EmbeddedFile>& files) {
  std::map<std::string, json> docs;
  for (const auto& f : files) {
    try {
      docs[f.name] = json::parse(f.json);
    } catch (const json::exception& e) {
      throw InputError(f.name + ".json", "", std::string("is not valid JSON: ") + e.what());
    }
  }
  KnowledgeBase kb;
  file_checked.clear();
  in_file("meta", [&] {
    Node r = file_root(docs, "meta");
    r.expect_object({"version", "date", "note"});
    kb.version = r.at("version").str();
    kb.date = format_iso(r.at("date").date());
  });
  each_row(docs, "sources", "sources", [&](const Node& n) { kb.sources.push_back(read_row<Source>(n)); });
  each_row(docs, "thresholds", "thresholds", [&](const Node& n) {
    kb.thresholds.push_back(read_row<Threshold>(n));
    if (kb.thresholds.back().value < 0) n.at("value").fail("must not be negative");
  });
  each_row(docs, "pension", "pension_ages", [&](const Node& n) {
    kb.pension_ages.push_back(read_row<PensionRow>(n));
    if (int m = kb.pension_ages.back().months; m < 0 || m > 11) n.at("months").fail("must be 0 to 11");
  });
  each_row(docs, "facts", "facts", [&](const Node& n) { kb.facts.push_back(read_row<Fact>(n)); });
  each_row(docs, "schemes", "schemes", [&](const Node& n) { kb.schemes.push_back(read_row<Scheme>(n)); });
  in_file("flowchart", [&] {
    Node r = file_root(docs, "flowchart");
    r.expect_object({"start", "nodes"});
    kb.flow_start = r.at("start").str();
    Node list = r.at("nodes");
    list.expect_array();
    for (size_t i = 0; i < list.value.size(); ++i) {
      Node n = list.at(i);
      FlowNode fn = read_row<FlowNode>(n);
      if (fn.step < 1 || fn.step > 7) n.at("step").fail("must be a step from 1 to 7");
      // What a node must hold beyond the common fields depends on its kind.
      if (fn.kind == "decision" || fn.kind == "check") {
        for (const char* key : {"fact", "yes", "no"}) n.at(key);
        if (fn.kind == "check") n.at("unknown");
      } else if (fn.kind == "action") {
        n.at("next_node");
      } else if (fn.kind != "outcome") {
        n.at("kind").fail("must be one of action, decision, check, outcome");
      }
      kb.flow_nodes.push_back(fn);
    }
  });
  each_row(docs, "roles", "roles", [&](const Node& n) { kb.roles.push_back(read_row<Role>(n)); });
  each_row(docs, "contacts", "contacts", [&](const Node& n) {
    const Contact& c = kb.contacts.emplace_back(read_row<Contact>(n));
    if (c.match.empty()) n.at("match").fail("must name the word that means this municipality");
    for (char ch : c.match)
      if (ch >= 'A' && ch <= 'Z') n.at("match").fail("must be lower case");
  });
  each_row(docs, "adaptations", "adaptations", [&](const Node& n) { kb.adaptations.push_back(read_row<Adaptation>(n)); });
  each_row(docs, "deadlines", "deadlines", [&](const Node& n) { kb.deadlines.push_back(read_row<DeadlineInfo>(n)); });
  each_row(docs, "terms", "terms", [&](const Node& n) {
    const Term& term = kb.terms.emplace_back(read_row<Term>(n));
    if (!term.match.empty() && term.explain.da.empty()) n.at("match").fail("names a term of art, which needs an explain text");
    for (const auto& w : term.match)
      for (char ch : w)
        if (ch >= 'A' && ch <= 'Z') n.at("match").fail("must be lower case");
  });
  each_row(docs, "notices", "notices", [&](const Node& n) {
    kb.notices.push_back(read_row<Notice>(n));
    const auto& where = kb.notices.back().where;
    if (where.empty()) n.at("where").fail("must list results and/or deadlines");
    for (size_t i = 0; i < where.size(); ++i)
      if (where[i] != "results" && where[i] != "deadlines") n.at("where").at(i).fail("must be results or deadlines");
  });
  each_row(docs, "interview", "sections", [&](const Node& n) { kb.interview.push_back(read_row<InterviewSection>(n)); });
  in_file("documents", [&] {
    Node r = file_root(docs, "documents");
    r.expect_object({"gap_format", "gaps", "footer", "documents"});
    kb.gap_format = r.at("gap_format").text();
    kb.document_footer = r.at("footer").text();
    Node gaps = r.at("gaps");
    if (!gaps.value.is_object()) gaps.fail("must be an object");
    for (auto it = gaps.value.begin(); it != gaps.value.end(); ++it)
      kb.gap_labels[it.key()] = Node{it.value(), gaps.pointer + "/" + escape_pointer_token(it.key())}.text();
    read(r.at("documents"), kb.documents);
  });
  in_file("ui", [&] {
    Node r = file_root(docs, "ui");
    r.expect_object({"texts"});
    Node texts = r.at("texts");
    if (!texts.value.is_object()) texts.fail("must be an object");
  });
  {
    // ui.json holds free-form keys: each one must be a text in both languages.
    const json& texts = docs["ui"]["texts"];
    for (auto it = texts.begin(); it != texts.end(); ++it) {
      in_file("ui", [&] { kb.ui[it.key()] = Node{it.value(), "/texts/" + escape_pointer_token(it.key())}.text(); });
    }
  }
  in_file("privacy", [&] {
    Node r = file_root(docs, "privacy");
    r.expect_object({"diagnosis_words", "cite"});
    read(r.at("diagnosis_words"), kb.diagnosis_words);
    read_row<Citation>(r.at("cite"));
  });
  check_references(kb);
  check_dated_rules(kb);
  check_placeholders(kb);
  return kb;
}

namespace {

void check_cite(const KnowledgeBase& kb, const Citation& c, const std::string& where) {
  if (!kb.source(c.source)) throw InputError(where + "/cite/source", "\"" + c.source + "\"", "is not a source in sources.json");
}

template <class T>
void check_unique(const std::vector<T>& items, const std::string& file) {
  std::set<std::string> seen;
  for (const auto& item : items)
    if (!seen.insert(item.id).second) throw InputError(file, "\"" + item.id + "\"", "is used as id twice");
}

void check_condition(const KnowledgeBase& kb, const Condition& c, const std::string& where, std::set<std::string>& ids,
                     const std::set<std::string>& earlier_schemes) {
  std::string here = where + "(" + c.id + ")";
  if (!ids.insert(c.id).second) throw InputError("schemes.json#" + here, "\"" + c.id + "\"", "is used as condition id twice");
  check_cite(kb, c.cite, "schemes.json#" + here);
  // Shown failed, a condition that says "ikke" would read as a double negative ("✗ … ikke …
  // ikke opfyldt"): it says in text_not what is the case instead.
  if ((" " + c.text.da + " ").find(" ikke ") != std::string::npos && c.text_not.da.empty())
    throw InputError("schemes.json#" + here + "/text_not", "\"" + c.text.da + "\"",
                     "is needed: a condition that says \"ikke\" must say plainly what is the case when it is not met");
  if (c.kind == Condition::Kind::fact) {
    if (!kb.fact(c.fact)) throw InputError("schemes.json#" + here + "/fact", "\"" + c.fact + "\"", "is not a fact in facts.json");
    if (!c.threshold.empty() && !kb.threshold(c.threshold))
      throw InputError("schemes.json#" + here + "/threshold", "\"" + c.threshold + "\"", "is not a threshold in thresholds.json");
  }
  if (c.kind == Condition::Kind::scheme) {
    if (!earlier_schemes.count(c.scheme)) throw InputError("schemes.json#" + here + "/scheme", "\"" + c.scheme + "\"", "must name a scheme listed before this one");
  }
  for (const auto& child : c.children) check_condition(kb, child, here + "/", ids, earlier_schemes);
}

// Every input problem the page can meet has its words in both languages, with the same {n}.
void check_error_texts(const KnowledgeBase& kb) {
  for (const auto& c : input_error_codes()) {
    std::string key = std::string("error_") + c.code;
    auto it = kb.ui.find(key);
    if (it == kb.ui.end()) throw InputError("ui.json#/texts/" + key, "", "is missing (an input problem's words)");
    for (char n = '1'; n <= '9'; ++n) {
      std::string mark = std::string("{") + n + "}";
      bool wanted = std::string(c.english).find(mark) != std::string::npos;
      if ((it->second.da.find(mark) != std::string::npos) != wanted)
        throw InputError("ui.json#/texts/" + key + "/da", it->second.da, wanted ? "lacks " + mark : "has a " + mark + " it cannot fill");
      if ((it->second.en.find(mark) != std::string::npos) != wanted)
        throw InputError("ui.json#/texts/" + key + "/en", it->second.en, wanted ? "lacks " + mark : "has a " + mark + " it cannot fill");
    }
  }
}

// The terms of art a question, a flowchart step or a scheme lists: each is a term with an
// explanation; and every term whose words its Danish text uses is listed, so nothing the
// manager must decide on is left unexplained.
void check_terms_used(const KnowledgeBase& kb, const std::vector<std::string>& listed, const std::string& danish,
                      const std::string& where) {
  for (const auto& id : listed) {
    const Term* term = kb.term(id);
    if (!term) throw InputError(where + "/terms", "\"" + id + "\"", "is not a term in terms.json");
    if (term->explain.da.empty()) throw InputError(where + "/terms", "\"" + id + "\"", "is a term without an explain text");
  }
  // Lower case, words apart: " fleksjob" matches a flexjob, not "fastholdelsesfleksjob".
  std::string lower = " " + danish;
  for (char& ch : lower)
    if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
    else if (ch == '\n' || ch == '(') ch = ' ';
  for (const auto& term : kb.terms)
    for (const auto& w : term.match)
      if (lower.find(w) != std::string::npos && std::find(listed.begin(), listed.end(), term.id) == listed.end())
        throw InputError(where + "/terms", "\"" + w + "\"", "is a term of art its text uses: list \"" + term.id + "\" in its terms");
}

void check_references(const KnowledgeBase& kb) {
  check_error_texts(kb);
  for (const auto& k : kEntryKinds)
    if (!kb.ui.count("kind_" + std::string(k.id)))
      throw InputError("ui.json#/texts/kind_" + std::string(k.id), "", "is missing: every kind of record entry has its words (engine/entry_kinds.hpp)");
  for (const char* id : fact::all)
    if (!kb.fact(id)) throw InputError(std::string("facts.json#/facts/") + id, "", "is missing: the engine reads this fact by name (engine/fact_ids.hpp)");
  check_unique(kb.sources, "sources.json");
  check_unique(kb.facts, "facts.json");
  check_unique(kb.flow_nodes, "flowchart.json");
  check_unique(kb.adaptations, "adaptations.json");
  for (const auto& t : kb.thresholds) check_cite(kb, t.cite, "thresholds.json#/" + t.id);
  for (size_t i = 0; i < kb.pension_ages.size(); ++i) check_cite(kb, kb.pension_ages[i].cite, "pension.json#/pension_ages/" + std::to_string(i));
  for (const auto& f : kb.facts) {
    check_cite(kb, f.cite, "facts.json#/" + f.id);
    if (f.who.empty()) throw InputError("facts.json#/" + f.id + "/who", "[]", "must name who can answer");
    for (const auto& w : f.who)
      if (!kb.role(w)) throw InputError("facts.json#/" + f.id + "/who", "\"" + w + "\"", "is not a role in roles.json");
    for (const auto& d : f.derived_from)
      if (!kb.fact(d)) throw InputError("facts.json#/" + f.id + "/derived_from", "\"" + d + "\"", "is not a fact");
    if (!f.step_node.empty() && !kb.flow_node(f.step_node))
      throw InputError("facts.json#/" + f.id + "/step_node", "\"" + f.step_node + "\"", "is not a flowchart node");
    check_terms_used(kb, f.terms, f.question.da + "\n" + f.help.da + "\n" + f.ask.da, "facts.json#/" + f.id);
    // A question only others can answer is shown as "Spørg …: <the question to bring>".
    bool manager = std::find(f.who.begin(), f.who.end(), "manager") != f.who.end();
    if (!manager && f.derived_from.empty() && f.ask.da.empty())
      throw InputError("facts.json#/" + f.id + "/ask", "", "is needed: only others can answer it, so it names the question to bring them");
  }
  std::set<std::string> earlier_schemes;
  for (const auto& s : kb.schemes) {
    check_cite(kb, s.cite, "schemes.json#/" + s.id);
    for (const auto& n : s.notes) check_cite(kb, n.cite, "schemes.json#/" + s.id + "/notes");
    std::set<std::string> ids;
    check_condition(kb, s.condition, "/" + s.id + "/condition", ids, earlier_schemes);
    if (s.track.condition) check_condition(kb, *s.track.condition, "/" + s.id + "/track", ids, earlier_schemes);
    for (const auto& l : s.limits) check_condition(kb, l, "/" + s.id + "/limits", ids, earlier_schemes);
    if (s.renewal.condition) {
      check_condition(kb, *s.renewal.condition, "/" + s.id + "/renewal", ids, earlier_schemes);
      if (!kb.fact(s.renewal.when_fact))
        throw InputError("schemes.json#/" + s.id + "/renewal/when_fact", "\"" + s.renewal.when_fact + "\"", "is not a fact");
    }
    check_terms_used(kb, s.terms, s.name.da + "\n" + s.summary.da, "schemes.json#/" + s.id);
    earlier_schemes.insert(s.id);
  }
  if (!kb.flow_node(kb.flow_start)) throw InputError("flowchart.json#/start", "\"" + kb.flow_start + "\"", "is not a node");
  for (const auto& n : kb.flow_nodes) {
    check_cite(kb, n.cite, "flowchart.json#/" + n.id);
    check_terms_used(kb, n.terms, n.title.da + "\n" + n.text.da, "flowchart.json#/" + n.id);
    for (const auto* edge : {&n.yes, &n.no, &n.next_node, &n.unknown, &n.if_not_applicable})
      if (!edge->empty() && !kb.flow_node(*edge))
        throw InputError("flowchart.json#/" + n.id, "\"" + *edge + "\"", "leads to a node that does not exist");
    if (!n.fact.empty() && !kb.fact(n.fact)) throw InputError("flowchart.json#/" + n.id + "/fact", "\"" + n.fact + "\"", "is not a fact");
    for (const auto& f : n.check_facts)
      if (!kb.fact(f)) throw InputError("flowchart.json#/" + n.id + "/check_facts", "\"" + f + "\"", "is not a fact");
    // An action's done_fact is an older case file's answer, read as the step done: never a fact today.
    if (!n.done_fact.empty() && kb.fact(n.done_fact))
      throw InputError("flowchart.json#/" + n.id + "/done_fact", "\"" + n.done_fact + "\"", "is a fact: a step done is never stored as a fact");
    if (!n.answered_by.empty() && !kb.fact(n.answered_by))
      throw InputError("flowchart.json#/" + n.id + "/answered_by", "\"" + n.answered_by + "\"", "is not a fact");
    if (!n.recommends.empty() && !kb.scheme(n.recommends))
      throw InputError("flowchart.json#/" + n.id + "/recommends", "\"" + n.recommends + "\"", "is not a scheme");
  }
  for (const auto& a : kb.adaptations) check_cite(kb, a.cite, "adaptations.json#/" + a.id);
  check_unique(kb.documents, "documents.json");
  check_unique(kb.interview, "interview.json");
  for (const auto& sec : kb.interview)
    for (const auto& f : sec.facts) {
      const Fact* fact = kb.fact(f);
      if (!fact) throw InputError("interview.json#/" + sec.id, "\"" + f + "\"", "is not a fact");
      if (!fact->derived_from.empty()) throw InputError("interview.json#/" + sec.id, "\"" + f + "\"", "is computed and cannot be asked");
      // The section's title stands above the question ("Spørgsmål om §56-aftale"): its terms too.
      check_terms_used(kb, fact->terms, sec.title.da, "facts.json#/" + f);
    }
  for (const auto& d : kb.documents)
    for (const auto& src : d.sources)
      if (!kb.source(src)) throw InputError("documents.json#/" + d.id + "/sources", "\"" + src + "\"", "is not a source in sources.json");
  for (const auto& d : kb.deadlines) check_cite(kb, d.cite, "deadlines.json#/" + d.id);
  for (const auto& r : kb.roles)
    if (!r.cite.source.empty()) check_cite(kb, r.cite, "roles.json#/" + r.id);
  for (const auto& c : kb.contacts) check_cite(kb, c.cite, "contacts.json#/" + c.id);
  for (const auto& t : kb.terms) check_cite(kb, t.cite, "terms.json#/" + t.id);
  for (const auto& n : kb.notices) check_cite(kb, n.cite, "notices.json#/" + n.id);
}

// The rows of one rule, in file order.
struct DatedRow {
  Validity* valid;
  std::string where;  // file#/pointer of the row
};

bool day_before(Date a, Date b) { return days_between(a, b) > 0; }

// One rule's rows must be in date order and must not overlap; a required rule (one the engine
// always needs) must hold on every day: from the start, with no gap, to the end. A row without
// valid_until holds until the day before the next row's valid_from (filled in here). The row in
// force at the end must say when it was last checked.
void check_rule_rows(const std::string& rule, std::vector<DatedRow>& rows, bool required) {
  for (size_t i = 0; i < rows.size(); ++i) {
    Validity& v = *rows[i].valid;
    if (i == 0) {
      for (size_t k = 1; k < rows.size(); ++k)
        if (v.from && !rows[k].valid->from)
          throw InputError(rows[k].where, "\"" + rule + "\"", "has a row without valid_from after a dated row: rows are not in date order");
      if (required && v.from)
        throw InputError(rows[i].where + "/valid_from", format_iso(*v.from),
                         "leaves a gap: " + rule + " is required on every day, so its first row must have no valid_from");
      continue;
    }
    Validity& prev = *rows[i - 1].valid;
    if (!v.from)
      throw InputError(rows[i].where, "\"" + rule + "\"", "has a second row without valid_from: rows are not in date order or overlap");
    if (prev.from && !day_before(*prev.from, *v.from))
      throw InputError(rows[i].where + "/valid_from", format_iso(*v.from), "is not after the previous row's valid_from: rows are not in date order");
    if (prev.until && !day_before(*prev.until, *v.from))
      throw InputError(rows[i].where + "/valid_from", format_iso(*v.from),
                       "overlaps the previous row of " + rule + " (valid until " + format_iso(*prev.until) + ")");
    if (prev.until && required && add_days(*prev.until, 1) != *v.from)
      throw InputError(rows[i].where + "/valid_from", format_iso(*v.from),
                       "leaves a gap after " + format_iso(*prev.until) + ": " + rule + " is required on every day");
    if (!prev.until) prev.until = add_days(*v.from, -1);
  }
  if (rows.empty()) return;
  Validity& last = *rows.back().valid;
  if (required && last.until)
    throw InputError(rows.back().where + "/valid_until", format_iso(*last.until),
                     "leaves a gap: " + rule + " is required on every day, so its last row must have no valid_until");
  if (!last.until && !last.last_checked)
    throw InputError(rows.back().where, "\"" + rule + "\"", "is the row in force and needs last_checked (the day it was last checked)");
}

template <class T, class Key>
void check_dated_list(std::vector<T>& items, const std::string& file, Key key, bool required) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<DatedRow>> rules;
  auto checked = file_checked.find(file);
  for (size_t i = 0; i < items.size(); ++i) {
    if (checked != file_checked.end() && !items[i].valid.last_checked) items[i].valid.last_checked = checked->second;
    std::string k = key(items[i]);
    if (!rules.count(k)) order.push_back(k);
    rules[k].push_back({&items[i].valid, file + "#/" + std::to_string(i)});
  }
  for (const auto& k : order) check_rule_rows(k, rules[k], required);
}

void check_dated_rules(KnowledgeBase& kb) {
  auto by_id = [](const auto& x) { return x.id; };
  check_dated_list(kb.thresholds, "thresholds.json", by_id, true);
  check_dated_list(kb.schemes, "schemes.json", by_id, true);
  check_dated_list(kb.roles, "roles.json", by_id, true);
  check_dated_list(kb.contacts, "contacts.json", by_id, false);
  check_dated_list(kb.deadlines, "deadlines.json", by_id, true);
  check_dated_list(kb.terms, "terms.json", by_id, true);
  check_dated_list(kb.notices, "notices.json", by_id, false);
  check_dated_list(kb.pension_ages, "pension.json", [](const PensionRow& p) {
    return "the cohort born " + (p.born_from ? format_iso(*p.born_from) : std::string("-")) + " to " +
           (p.born_to ? format_iso(*p.born_to) : std::string("-"));
  }, true);
  // The day the rules were last checked: the earliest last_checked of the rows still in force.
  std::optional<Date> earliest;
  auto take = [&](const Validity& v) {
    if (!v.until && v.last_checked && (!earliest || day_before(*v.last_checked, *earliest))) earliest = v.last_checked;
  };
  for (const auto& x : kb.thresholds) take(x.valid);
  for (const auto& x : kb.schemes) take(x.valid);
  for (const auto& x : kb.roles) take(x.valid);
  for (const auto& x : kb.contacts) take(x.valid);
  for (const auto& x : kb.deadlines) take(x.valid);
  for (const auto& x : kb.terms) take(x.valid);
  for (const auto& x : kb.pension_ages) take(x.valid);
  kb.last_checked = earliest ? format_iso(*earliest) : kb.date;
}

// A placeholder: {t:id}, {t:id/N} (a threshold's value divided by N), {w:id}, {W:id} (a term,
// capitalised). Calls `found` with the kind ('t', 'w' or 'W'), the id and the divisor.
template <class F>
std::string replace_placeholders(const std::string& text, F&& found) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{' && i + 2 < text.size() && (text[i + 1] == 't' || text[i + 1] == 'w' || text[i + 1] == 'W') && text[i + 2] == ':') {
      size_t end = text.find('}', i);
      if (end != std::string::npos) {
        std::string inner = text.substr(i + 3, end - i - 3);
        int divisor = 1;
        if (auto slash = inner.find('/'); slash != std::string::npos) {
          divisor = std::atoi(inner.c_str() + slash + 1);
          inner.resize(slash);
        }
        out += found(text[i + 1], inner, divisor);
        i = end + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

// Data texts have one placeholder syntax, braces: a text still written the old ways (%s, %d,
// {{name}}) is refused, so no second syntax can come back.
void check_one_syntax(const std::string& s) {
  for (const char* old : {"%s", "%d", "{{", "}}"})
    if (s.find(old) != std::string::npos)
      throw InputError("data/", "\"" + s + "\"", std::string("uses \"") + old + "\": placeholders are written {1}, {name} or {t:id}");
}

// The values a text takes, {1}…{9} and {name}: the Danish and the English text take the same ones,
// or one language would show a value the other leaves out.
std::set<std::string> slots(const std::string& s) {
  std::set<std::string> out;
  for (size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
    size_t close = s.find('}', open);
    if (close == std::string::npos) break;
    std::string inner = s.substr(open + 1, close - open - 1);
    if (!inner.empty() && inner.find(':') == std::string::npos && inner.find(' ') == std::string::npos) out.insert(inner);
  }
  return out;
}

void check_same_slots(const Text& t) {
  if (t.en.empty() || t.da.empty()) return;
  auto da = slots(t.da), en = slots(t.en);
  if (da == en) return;
  std::string differ;
  for (const auto& x : da)
    if (!en.count(x)) differ += " {" + x + "} only in Danish;";
  for (const auto& x : en)
    if (!da.count(x)) differ += " {" + x + "} only in English;";
  throw InputError("data/", "\"" + t.da + "\"", "and its English text do not take the same values:" + differ);
}

void check_placeholders(KnowledgeBase& kb) {
  auto check = [&](const std::string& s) {
    check_one_syntax(s);
    replace_placeholders(s, [&](char kind, const std::string& id, int divisor) {
      if (kind == 't' && (!kb.threshold(id) || divisor <= 0))
        throw InputError("data/", "\"" + s + "\"", "names {t:" + id + "}, which is not a threshold in thresholds.json");
      if (kind != 't' && !kb.term(id))
        throw InputError("data/", "\"" + s + "\"", "names {w:" + id + "}, which is not a term in terms.json");
      return std::string();
    });
  };
  for_each_text(
      kb,
      [&](Text& t) {
        check(t.da);
        check(t.en);
        check_same_slots(t);
      },
      check);
}

template <class T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace

const Source* KnowledgeBase::source(const std::string& id) const { return find_by_id(sources, id); }
const Threshold* KnowledgeBase::threshold(const std::string& id) const { return find_by_id(thresholds, id); }
const Fact* KnowledgeBase::fact(const std::string& id) const { return find_by_id(facts, id); }
const Scheme* KnowledgeBase::scheme(const std::string& id) const { return find_by_id(schemes, id); }
const FlowNode* KnowledgeBase::flow_node(const std::string& id) const { return find_by_id(flow_nodes, id); }
const Role* KnowledgeBase::role(const std::string& id) const { return find_by_id(roles, id); }
const Contact* KnowledgeBase::contact_for(const std::string& municipality) const {
  std::string lower = municipality;
  for (char& ch : lower)
    if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
  for (const auto& c : contacts)
    if (lower.find(c.match) != std::string::npos) return &c;
  return nullptr;
}
const DeadlineInfo* KnowledgeBase::deadline(const std::string& id) const { return find_by_id(deadlines, id); }
const DocumentTemplate* KnowledgeBase::document(const std::string& id) const { return find_by_id(documents, id); }
const Term* KnowledgeBase::term(const std::string& id) const { return find_by_id(terms, id); }

bool Validity::holds_on(Date d) const {
  if (from && days_between(*from, d) < 0) return false;
  if (until && days_between(d, *until) < 0) return false;
  return true;
}

namespace {
std::string format_value(double v) {
  if (v == static_cast<long long>(v)) return std::to_string(static_cast<long long>(v));
  return format_number(v);
}
}  // namespace

std::string fill_placeholders(const std::string& text, Lang lang, const KnowledgeBase& resolved) {
  return replace_placeholders(text, [&](char kind, const std::string& id, int divisor) -> std::string {
    if (kind == 't') {
      const Threshold* t = resolved.threshold(id);
      return t ? format_value(t->value / divisor) : "[" + id + "]";
    }
    const Term* term = resolved.term(id);
    if (!term) return "[" + id + "]";
    std::string words = term->text.in(lang);
    if (kind == 'W' && !words.empty() && words[0] >= 'a' && words[0] <= 'z') words[0] = char(words[0] - 'a' + 'A');
    return words;
  });
}

namespace {
KnowledgeBase resolve(const KnowledgeBase& full, Date on) {
  KnowledgeBase r = full;
  auto keep = [&](auto& list) { std::erase_if(list, [&](const auto& x) { return !x.valid.holds_on(on); }); };
  keep(r.thresholds);
  keep(r.pension_ages);
  keep(r.schemes);
  for (auto& s : r.schemes) keep(s.notes);
  keep(r.roles);
  keep(r.contacts);
  keep(r.deadlines);
  keep(r.terms);
  keep(r.notices);
  r.resolved_on = on;
  // Filled from copies of the rows: the terms' own texts are visited too.
  KnowledgeBase lookup;
  lookup.thresholds = r.thresholds;
  lookup.terms = r.terms;
  for_each_text(
      r,
      [&](Text& t) {
        t.da = fill_placeholders(t.da, Lang::da, lookup);
        t.en = fill_placeholders(t.en, Lang::en, lookup);
      },
      [&](std::string& interpretation) { interpretation = fill_placeholders(interpretation, Lang::da, lookup); });
  return r;
}
}  // namespace

namespace {
int day_number(Date d) { return static_cast<int>(std::chrono::sys_days(d).time_since_epoch().count()); }

// The days on which some dated row starts or ends (the day after its valid_until), sorted.
const std::vector<int>& boundaries_of(const KnowledgeBase& kb) {
  if (!kb.cache.boundaries) {
    std::vector<int> b;
    auto add = [&](const auto& list) {
      for (const auto& x : list) {
        if (x.valid.from) b.push_back(day_number(*x.valid.from));
        if (x.valid.until) b.push_back(day_number(*x.valid.until) + 1);
      }
    };
    add(kb.thresholds);
    add(kb.pension_ages);
    add(kb.schemes);
    for (const auto& s : kb.schemes) add(s.notes);
    add(kb.roles);
    add(kb.contacts);
    add(kb.deadlines);
    add(kb.terms);
    add(kb.notices);
    std::sort(b.begin(), b.end());
    b.erase(std::unique(b.begin(), b.end()), b.end());
    kb.cache.boundaries = std::move(b);
  }
  return *kb.cache.boundaries;
}
}  // namespace

std::vector<Date> rule_change_days(const KnowledgeBase& kb) {
  const KnowledgeBase& origin = kb.resolved_on && kb.cache.origin ? *kb.cache.origin : kb;
  std::vector<Date> out;
  auto add = [&](const auto& list) {
    for (const auto& x : list) {
      if (x.valid.from) out.push_back(*x.valid.from);
      if (x.valid.until) out.push_back(add_days(*x.valid.until, 1));
    }
  };
  // Only the rows a scheme's status is judged by (texts, notices and roles never move one).
  add(origin.thresholds);
  add(origin.pension_ages);
  add(origin.schemes);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const KnowledgeBase& rules_on(const KnowledgeBase& kb, Date on) {
  if (kb.resolved_on) {
    if (*kb.resolved_on == on) return kb;
    if (!kb.cache.origin) throw std::logic_error("a copy of a resolved knowledge base cannot be resolved for another date");
    return rules_on(*kb.cache.origin, on);
  }
  const auto& b = boundaries_of(kb);
  // The stretch `on` lies in: the last boundary on or before it (INT_MIN before the first).
  auto after = std::upper_bound(b.begin(), b.end(), day_number(on));
  int day = after == b.begin() ? INT_MIN : *(after - 1);
  auto& slot = kb.cache.by_day[day];
  if (!slot) {
    auto r = std::make_shared<KnowledgeBase>(resolve(kb, on));
    r->cache.origin = &kb;
    slot = r;
  }
  return *slot;
}

std::vector<const Notice*> notices_at(const KnowledgeBase& kb, const std::string& place, std::optional<Date> latest) {
  std::vector<const Notice*> out;
  for (const auto& n : kb.notices) {
    bool here = std::find(n.where.begin(), n.where.end(), place) != n.where.end();
    bool beside = n.dates_after && latest && days_between(*n.dates_after, *latest) > 0;
    if (here || beside) out.push_back(&n);
  }
  return out;
}

std::vector<const Notice*> notices_beside(const KnowledgeBase& kb, std::optional<Date> latest) { return notices_at(kb, "", latest); }

std::string describe_input_error(const KnowledgeBase& kb, const InputError& e, Lang lang) {
  if (e.code.empty() || !kb.ui.count("error_" + e.code)) return e.describe();
  std::string what = fill(kb.text("error_" + e.code, lang), e.args);
  if (e.pointer.empty()) return kb.text("error_the_file", lang) + " " + what;
  return e.pointer + ": " + (e.value.empty() ? "" : e.value + " ") + what;
}

namespace {
// Every key asked for that data/ lacks, with what was shown instead ("[key]").
std::map<std::string, std::string>& missing_texts() {
  static std::map<std::string, std::string> missing;
  return missing;
}
}  // namespace

std::vector<std::string> text_keys_missing() {
  std::vector<std::string> out;
  for (const auto& [key, shown] : missing_texts()) out.push_back(key);
  return out;
}

const std::string& KnowledgeBase::text(const std::string& key, Lang lang) const {
  auto it = ui.find(key);
  if (it != ui.end()) return it->second.in(lang);
  auto& shown = missing_texts()[key];
  if (shown.empty()) shown = "[" + key + "]";
  return shown;
}

double KnowledgeBase::threshold_value(const std::string& id) const {
  const Threshold* t = threshold(id);
  if (!t) throw std::logic_error("unknown threshold " + id);
  return t->value;
}

const KnowledgeBase& embedded_knowledge_base() {
  static const KnowledgeBase kb = load_knowledge_base(embedded_kb_files());
  return kb;
}

}  // namespace fasthold
