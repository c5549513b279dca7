#include "engine/case_file.hpp"
#include "engine/entry_kinds.hpp"

#include <cstdio>
#include <set>

#include "engine/consultant_link.hpp"
#include "engine/fact_ids.hpp"
#include "engine/json_reader.hpp"

namespace fasthold {

namespace {

// "agreement, follow_up, …": the kinds an error message lists.
std::string kind_list() {
  std::string out;
  for (const auto& k : kEntryKinds) out += (out.empty() ? "" : ", ") + std::string(k.id);
  return out;
}
const std::set<std::string> kTerms = {"social_chapter", "special_terms", "ordinary"};

FactValue read_fact(const Node& n, const Fact& f) {
  switch (f.type) {
    case FactType::boolean: return n.boolean();
    case FactType::number: {
      double v = n.number();
      if (f.min && v < *f.min) n.reject("at_least", {short_value(*f.min)});
      if (f.max && v > *f.max) n.reject("at_most", {short_value(*f.max)});
      return v;
    }
    case FactType::date: return n.date();
    case FactType::month: {
      if (!n.value.is_string()) n.reject("must_be_month");
      auto m = parse_iso_month(n.value.get<std::string>());
      if (!m) n.reject("not_real_month");
      return *m;
    }
    case FactType::text: return n.line();
  }
  n.reject("unsupported_type");
}

// Free text, written by the manager: tabs and line breaks allowed.
std::string opt_text(const Node& n, const char* key) {
  auto v = n.find(key);
  return v ? v->lines() : std::string();
}
std::string opt_line(const Node& n, const char* key) {
  auto v = n.find(key);
  return v ? v->line() : std::string();
}

LogEntry read_entry(const Node& n, const KnowledgeBase& kb) {
  n.expect_object({"id", "date", "kind", "adapted", "adapted_text", "expected_effect", "follow_up_date", "consequences",
                   "difficult_functions", "accommodations", "terms", "unsupported_job", "agreement_id", "assessed",
                   "outcome", "next_step", "next_date", "status", "hours_per_week", "note"});
  LogEntry e;
  e.id = n.at("id").line();
  if (e.id.empty()) n.at("id").reject("must_not_be_empty");
  e.date = n.at("date").date();
  e.kind = n.at("kind").line();
  if (!entry_kind(e.kind)) n.at("kind").reject("not_entry_kind", {kind_list()});
  if (auto a = n.find("adapted")) {
    a->expect_array();
    for (size_t i = 0; i < a->value.size(); ++i) {
      std::string id = a->at(i).line();
      bool known = false;
      for (const auto& ad : kb.adaptations) known = known || ad.id == id;
      if (!known) a->at(i).reject("not_adaptation");
      e.adapted.push_back(id);
    }
  }
  e.adapted_text = opt_text(n, "adapted_text");
  e.expected_effect = opt_text(n, "expected_effect");
  if (auto f = n.find("follow_up_date")) e.follow_up_date = f->date();
  e.consequences = opt_text(n, "consequences");
  e.difficult_functions = opt_text(n, "difficult_functions");
  e.accommodations = opt_text(n, "accommodations");
  if (auto t = n.find("terms")) {
    e.terms = t->line();
    if (!kTerms.count(e.terms)) t->reject("not_terms");
  }
  if (auto u = n.find("unsupported_job")) e.unsupported_job = u->boolean();
  e.agreement_id = opt_line(n, "agreement_id");
  e.assessed = opt_text(n, "assessed");
  e.outcome = opt_text(n, "outcome");
  e.next_step = opt_text(n, "next_step");
  if (auto d = n.find("next_date")) e.next_date = d->date();
  if (auto s = n.find("status")) {
    e.status = s->line();
    if (e.status != "asked" && e.status != "made") s->reject("not_status");
  }
  if (auto h = n.find("hours_per_week")) {
    double v = h->number();
    if (v < 0) h->reject("must_not_be_negative");
    // A partial sick leave's hours are the absence hours a week: one range, that fact's in data/.
    const Fact& range = *kb.fact(fact::absence_hours_per_week);
    if (range.max && v > *range.max) {
      char max[32];
      std::snprintf(max, sizeof max, "%g", *range.max);
      h->reject("at_most", {max});
    }
    e.hours_per_week = v;
  }
  e.note = opt_text(n, "note");
  if (e.follow_up_date && days_between(e.date, *e.follow_up_date) < 0)
    n.at("follow_up_date").reject("before_agreement_date", {format_iso(e.date)});
  if (e.next_date && days_between(e.date, *e.next_date) < 0)
    n.at("next_date").reject("before_follow_up_date", {format_iso(e.date)});
  return e;
}

// The contact kept with the case: the same limits as a consultant's link (consultant_link.cpp).
CaseContact read_contact(const Node& n) {
  n.expect_object({"name", "phone", "email", "web", "consultant", "from"});
  CaseContact c;
  c.from = n.at("from").line();
  if (c.from != "link" && c.from != "manager") n.at("from").reject("not_contact_from");
  struct Part { const char* key; std::string JobcenterContact::*member; };
  for (const Part& p : {Part{"name", &JobcenterContact::name}, Part{"phone", &JobcenterContact::phone},
                        Part{"email", &JobcenterContact::email}, Part{"web", &JobcenterContact::web},
                        Part{"consultant", &JobcenterContact::consultant}}) {
    auto v = std::string(p.key) == "name" ? std::optional<Node>(n.at("name")) : n.find(p.key);
    if (!v) continue;
    std::string text = v->line();
    if (text.empty()) v->reject("must_not_be_empty");
    std::string problem = contact_value_problem(p.key, text);
    if (problem == "too_long") v->reject("contact_too_long", {std::to_string(contact_value_max_length(p.key))});
    if (!problem.empty()) v->reject(std::string("contact_bad_") + p.key);
    c.who.*(p.member) = text;
  }
  return c;
}

CaseClosed read_closed(const Node& n) {
  n.expect_object({"on", "reason", "put_off"});
  CaseClosed c{n.at("on").date(), n.at("reason").line(), std::nullopt};
  bool known = false;
  for (const char* r : kCloseReasons) known = known || c.reason == r;
  if (!known) n.at("reason").reject("not_close_reason");
  if (auto p = n.find("put_off")) {
    c.put_off = p->date();
    if (days_between(c.on, *c.put_off) < 0) p->reject("before_closed", {format_iso(c.on)});
  }
  return c;
}

// Older versions are rewritten to the current one here, one step per version.
void migrate(json& doc) {
  Node root{doc, ""};
  auto v = root.at("version");
  int version = v.integer();
  if (version < 1) v.reject("not_version");
  if (version > kCaseFormatVersion)
    v.reject("version_too_new", {std::to_string(kCaseFormatVersion)});
  // version 1 is current: nothing to migrate yet. A version 2 adds `if (version == 1) {...}` here.
}

}  // namespace

bool is_closed_on(const Case& c, Date on) { return c.closed && days_between(c.closed->on, on) >= 0; }

bool is_agreement_on_special_terms(const LogEntry& e) {
  return e.kind == "agreement" && (e.terms == "social_chapter" || e.terms == "special_terms");
}

Case parse_case(const std::string& text, const KnowledgeBase& kb) {
  json doc = parse_json(text);
  {
    Node root{doc, ""};
    if (!doc.is_object()) root.reject("not_case_object");
    auto fmt = root.at("format");
    if (fmt.str() != kCaseFormatName) fmt.reject("not_case_file", {kCaseFormatName});
    migrate(doc);
  }
  Node root{doc, ""};
  root.expect_object({"format", "version", "nickname", "facts", "absence_periods", "log", "checklist", "steps_done", "last_shown",
                    "contact", "last_backup", "backup_reminded", "closed"});
  Case c;
  if (auto n = root.find("nickname")) c.nickname = n->line();
  if (auto facts = root.find("facts")) {
    if (!facts->value.is_object()) facts->reject("must_be_facts_object");
    for (auto it = facts->value.begin(); it != facts->value.end(); ++it) {
      Node fn{it.value(), facts->pointer + "/" + escape_pointer_token(it.key())};
      // Older files stored a flowchart action as an answer ("prepared": true): read it as the
      // step done. "Put in writing" is proven by the record only, so its old answer is dropped.
      const FlowNode* step = nullptr;
      for (const auto& n : kb.flow_nodes)
        if (n.kind == "action" && n.done_fact == it.key()) step = &n;
      if (step && !kb.fact(it.key())) {
        if (!it.value().is_null() && fn.boolean() && step->done_record.empty()) c.steps_done.insert(step->id);
        continue;
      }
      const Fact* f = kb.fact(it.key());
      if (!f) fn.reject("unknown_fact", {short_text(it.key())});
      if (!f->derived_from.empty()) fn.reject("computed_fact");
      if (it.value().is_null()) {  // asked: "don't know yet"
        c.not_known_yet.insert(f->id);
        continue;
      }
      c.facts[f->id] = read_fact(fn, *f);
    }
  }
  if (auto periods = root.find("absence_periods")) {
    periods->expect_array();
    for (size_t i = 0; i < periods->value.size(); ++i) {
      Node p = periods->at(i);
      p.expect_object({"first_day", "last_day"});
      AbsencePeriod ap{p.at("first_day").date(), std::nullopt};
      if (auto l = p.find("last_day")) {
        ap.last_day = l->date();
        if (days_between(ap.first_day, *ap.last_day) < 0) l->reject("before_period_start", {format_iso(ap.first_day)});
      }
      c.absence_periods.push_back(ap);
    }
  }
  if (auto log = root.find("log")) {
    log->expect_array();
    std::map<std::string, const LogEntry*> ids;
    for (size_t i = 0; i < log->value.size(); ++i) c.log.push_back(read_entry(log->at(i), kb));
    for (size_t i = 0; i < c.log.size(); ++i) {
      if (ids.count(c.log[i].id)) log->at(i).at("id").reject("id_in_use");
      ids[c.log[i].id] = &c.log[i];
    }
    for (size_t i = 0; i < c.log.size(); ++i) {
      const LogEntry& e = c.log[i];
      if (e.kind != "follow_up" || e.agreement_id.empty()) continue;
      auto it = ids.find(e.agreement_id);
      if (it == ids.end() || it->second->kind != "agreement")
        log->at(i).at("agreement_id").reject("no_such_agreement");
      if (days_between(it->second->date, e.date) < 0)
        log->at(i).at("date").reject("before_its_agreement", {format_iso(it->second->date)});
    }
  }
  if (auto cl = root.find("checklist")) {
    if (!cl->value.is_object()) cl->reject("must_be_object");
    for (auto it = cl->value.begin(); it != cl->value.end(); ++it)
      c.checklist[it.key()] = Node{it.value(), cl->pointer + "/" + escape_pointer_token(it.key())}.boolean();
  }
  if (auto steps = root.find("steps_done")) {
    steps->expect_array();
    for (size_t i = 0; i < steps->value.size(); ++i) {
      std::string id = steps->at(i).str();
      const FlowNode* n = kb.flow_node(id);
      if (!n || n->kind != "action") steps->at(i).reject("not_flow_step");
      c.steps_done.insert(id);
    }
  }
  if (auto ls = root.find("last_shown")) {
    ls->expect_object({"kb_version", "on", "statuses"});
    LastShown shown{ls->at("kb_version").str(), ls->at("on").date(), {}};
    Node st = ls->at("statuses");
    if (!st.value.is_object()) st.reject("must_be_object");
    for (auto it = st.value.begin(); it != st.value.end(); ++it) {
      Node v{it.value(), st.pointer + "/" + escape_pointer_token(it.key())};
      std::string status = v.str();
      if (status != "applies" && status != "does_not_apply" && status != "unknown" && status != "not_yet")
        v.fail("must be applies, does_not_apply, not_yet or unknown");
      shown.statuses[it.key()] = status;  // a scheme this knowledge base does not know is kept and ignored
    }
    c.last_shown = shown;
  }
  if (auto ct = root.find("contact")) c.contact = read_contact(*ct);
  if (auto b = root.find("last_backup")) c.last_backup = b->date();
  if (auto b = root.find("backup_reminded")) c.backup_reminded = b->date();
  if (auto cl = root.find("closed")) c.closed = read_closed(*cl);
  return c;
}

void validate_case_on(const Case& c, Date on) {
  auto future = [&](const std::string& pointer, Date d, const std::string& code) {
    if (days_between(on, d) > 0) throw InputError(pointer, "\"" + format_iso(d) + "\"", code, {format_iso(on)});
  };
  auto it = c.facts.find(fact::birth_date);
  if (it != c.facts.end()) future("/facts/birth_date", std::get<Date>(it->second), "birth_in_future");
  auto bm = c.facts.find(fact::birth_month);
  if (bm != c.facts.end()) {
    auto ym = std::get<std::chrono::year_month>(bm->second);
    Date first = ym / std::chrono::day{1};
    if (days_between(on, first) > 0)
      throw InputError("/facts/birth_month", "\"" + format_iso(first).substr(0, 7) + "\"", "birth_in_future", {format_iso(on)});
  }
  auto es = c.facts.find(fact::employment_start);
  if (es != c.facts.end()) future("/facts/employment_start", std::get<Date>(es->second), "employment_in_future");
}

std::string write_case(const Case& c, const KnowledgeBase& kb) {
  json doc = json::object();
  doc["format"] = kCaseFormatName;
  doc["version"] = kCaseFormatVersion;
  doc["nickname"] = c.nickname;
  json facts = json::object();
  for (const auto& [id, v] : c.facts) {
    std::visit([&, id = id](const auto& x) {
      using T = std::decay_t<decltype(x)>;
      if constexpr (std::is_same_v<T, Date>) facts[id] = format_iso(x);
      else if constexpr (std::is_same_v<T, std::chrono::year_month>) facts[id] = format_iso(x / std::chrono::day{1}).substr(0, 7);
      else facts[id] = x;
    }, v);
  }
  (void)kb;
  for (const auto& id : c.not_known_yet)
    if (!c.facts.count(id)) facts[id] = nullptr;
  doc["facts"] = facts;
  json periods = json::array();
  for (const auto& p : c.absence_periods) {
    json jp = {{"first_day", format_iso(p.first_day)}};
    if (p.last_day) jp["last_day"] = format_iso(*p.last_day);
    periods.push_back(jp);
  }
  doc["absence_periods"] = periods;
  json log = json::array();
  for (const auto& e : c.log) {
    json j = {{"id", e.id}, {"date", format_iso(e.date)}, {"kind", e.kind}};
    auto put = [&](const char* key, const std::string& v) { if (!v.empty()) j[key] = v; };
    auto put_date = [&](const char* key, const std::optional<Date>& d) { if (d) j[key] = format_iso(*d); };
    if (!e.adapted.empty()) j["adapted"] = e.adapted;
    put("adapted_text", e.adapted_text);
    put("expected_effect", e.expected_effect);
    put_date("follow_up_date", e.follow_up_date);
    put("consequences", e.consequences);
    put("difficult_functions", e.difficult_functions);
    put("accommodations", e.accommodations);
    put("terms", e.terms);
    if (e.unsupported_job) j["unsupported_job"] = *e.unsupported_job;
    put("agreement_id", e.agreement_id);
    put("assessed", e.assessed);
    put("outcome", e.outcome);
    put("next_step", e.next_step);
    put_date("next_date", e.next_date);
    put("status", e.status);
    if (e.hours_per_week) j["hours_per_week"] = *e.hours_per_week;
    put("note", e.note);
    log.push_back(j);
  }
  doc["log"] = log;
  if (!c.checklist.empty()) doc["checklist"] = c.checklist;
  if (!c.steps_done.empty()) doc["steps_done"] = c.steps_done;
  if (c.last_shown)
    doc["last_shown"] = {{"kb_version", c.last_shown->kb_version}, {"on", format_iso(c.last_shown->on)}, {"statuses", c.last_shown->statuses}};
  if (c.contact) {
    json ct = {{"name", c.contact->who.name}, {"from", c.contact->from}};
    if (!c.contact->who.phone.empty()) ct["phone"] = c.contact->who.phone;
    if (!c.contact->who.email.empty()) ct["email"] = c.contact->who.email;
    if (!c.contact->who.web.empty()) ct["web"] = c.contact->who.web;
    if (!c.contact->who.consultant.empty()) ct["consultant"] = c.contact->who.consultant;
    doc["contact"] = ct;
  }
  if (c.last_backup) doc["last_backup"] = format_iso(*c.last_backup);
  if (c.backup_reminded) doc["backup_reminded"] = format_iso(*c.backup_reminded);
  if (c.closed) {
    json cl = {{"on", format_iso(c.closed->on)}, {"reason", c.closed->reason}};
    if (c.closed->put_off) cl["put_off"] = format_iso(*c.closed->put_off);
    doc["closed"] = cl;
  }
  return doc.dump(2);
}

}  // namespace fasthold
