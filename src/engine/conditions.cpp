#include <algorithm>
#include <cstdio>

#include "engine/assess_parts.hpp"

namespace fasthold {

namespace {

std::string show(const FactValue& v) {
  return std::visit([](const auto& x) -> std::string {
    using T = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<T, bool>) return x ? "true" : "false";
    else if constexpr (std::is_same_v<T, double>) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", x);
      return buf;
    } else if constexpr (std::is_same_v<T, Date>) return format_iso(x);
    else if constexpr (std::is_same_v<T, std::chrono::year_month>) return format_iso(x / std::chrono::day{1}).substr(0, 7);
    else return x;
  }, v);
}

Tri from_bool(bool b) { return b ? Tri::yes : Tri::no; }

Tri compare(const std::string& op, double a, double b) {
  if (op == ">=") return from_bool(a >= b);
  if (op == ">") return from_bool(a > b);
  if (op == "<=") return from_bool(a <= b);
  return from_bool(a < b);
}

void collect_missing(const KnowledgeBase& kb, const ConditionResult& r, std::vector<std::string>& out) {
  if (r.value != Tri::unknown || r.ask_jobcenter) return;
  const Condition& c = *r.condition;
  if (c.kind == Condition::Kind::fact) {
    const Fact* f = kb.fact(c.fact);
    // A derived fact is settled by the facts it is computed from.
    const std::vector<std::string> own{c.fact};
    for (const auto& id : f->derived_from.empty() ? own : f->derived_from)
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    return;
  }
  for (const auto& child : r.children) collect_missing(kb, child, out);
}

// The conditions that decided a node's value, down to the leaves.
void collect_reasons(const ConditionResult& r, std::vector<ConditionResult>& out) {
  const Condition& c = *r.condition;
  bool leaf = c.kind == Condition::Kind::fact || c.kind == Condition::Kind::always ||
              c.kind == Condition::Kind::scheme || c.kind == Condition::Kind::judgement;
  if (leaf) {
    ConditionResult copy = r;
    copy.children.clear();
    out.push_back(std::move(copy));
    return;
  }
  for (const auto& child : r.children) {
    bool decisive = c.kind == Condition::Kind::not_ || child.value == r.value ||
                    (r.value == Tri::no && c.kind == Condition::Kind::any) ||
                    (r.value == Tri::yes && c.kind == Condition::Kind::all);
    if (decisive) collect_reasons(child, out);
  }
}

bool any_ask_jobcenter(const ConditionResult& r) {
  if (r.value != Tri::unknown) return false;
  if (r.ask_jobcenter) return true;
  for (const auto& child : r.children)
    if (any_ask_jobcenter(child)) return true;
  return false;
}

}  // namespace

ConditionResult evaluate(const KnowledgeBase& kb, const Condition& c, const FactMap& facts,
                         const std::vector<SchemeResult>& earlier, const TimeFacts& time) {
  ConditionResult r;
  r.condition = &c;
  switch (c.kind) {
    case Condition::Kind::always:
      r.value = Tri::yes;
      break;
    case Condition::Kind::scheme:
      for (const auto& s : earlier)
        if (s.scheme->id == c.scheme) {
          // Not yet counts as not known here: the earlier scheme names its own date.
          r.value = s.status == Status::applies ? Tri::yes : s.status == Status::does_not_apply ? Tri::no : Tri::unknown;
          if (r.value == Tri::unknown) r.children.push_back(s.why);  // its missing facts and judgements count here
        }
      break;
    case Condition::Kind::fact: {
      auto it = facts.find(c.fact);
      if (it == facts.end()) {
        if (c.unknown_is) r.value = from_bool(*c.unknown_is);  // a closed scheme: not asked
        break;
      }
      r.shown_value = show(it->second);
      if (c.op == "is") {
        if (auto b = std::get_if<bool>(&it->second)) r.value = from_bool(*b == *c.expect);
        // A fact that is false only until a date: this condition is met on that date.
        auto t = time.find(c.fact);
        if (r.value == Tri::no && *c.expect && t != time.end()) r.met_on = t->second;
      } else if (auto n = std::get_if<double>(&it->second)) {
        double limit = c.threshold.empty() ? *c.number : kb.threshold_value(c.threshold);
        r.value = compare(c.op, *n, limit);
      }
      break;
    }
    case Condition::Kind::not_: {
      r.children.push_back(evaluate(kb, c.children[0], facts, earlier, time));
      Tri v = r.children[0].value;
      r.value = v == Tri::yes ? Tri::no : v == Tri::no ? Tri::yes : Tri::unknown;
      break;
    }
    case Condition::Kind::judgement: {
      // A case-by-case jobcenter judgement: when its facts hold, only the jobcenter can tell.
      r.children.push_back(evaluate(kb, c.children[0], facts, earlier, time));
      Tri v = r.children[0].value;
      r.shown_value = r.children[0].shown_value;
      r.value = v == Tri::no ? Tri::no : Tri::unknown;
      r.ask_jobcenter = v == Tri::yes;
      break;
    }
    case Condition::Kind::all:
    case Condition::Kind::any: {
      bool is_all = c.kind == Condition::Kind::all;
      bool any_unknown = false, decided = false;
      for (const auto& child : c.children) {
        r.children.push_back(evaluate(kb, child, facts, earlier, time));
        Tri v = r.children.back().value;
        if (v == Tri::unknown) any_unknown = true;
        if ((is_all && v == Tri::no) || (!is_all && v == Tri::yes)) decided = true;
      }
      // A known failing condition wins over missing facts (and a known passing one, for any).
      if (decided) r.value = is_all ? Tri::no : Tri::yes;
      else if (any_unknown) r.value = Tri::unknown;
      else r.value = is_all ? Tri::yes : Tri::no;
      break;
    }
  }
  return r;
}

namespace {

void time_leaves(const ConditionResult& r, TimeFacts& out) {
  if (r.met_on && r.condition->kind == Condition::Kind::fact) {
    Date& d = out.emplace(r.condition->fact, *r.met_on).first->second;
    if (days_between(d, *r.met_on) > 0) d = *r.met_on;
  }
  for (const auto& child : r.children) time_leaves(child, out);
}

// The nodes that fail today but not on the day the scheme holds are "not yet" too: met on it.
void mark_waiting(ConditionResult& now, const ConditionResult& later, Date on) {
  if (now.value == Tri::no && later.value != Tri::no && !now.met_on) now.met_on = on;
  if (now.children.size() != later.children.size()) return;
  for (size_t i = 0; i < now.children.size(); ++i) mark_waiting(now.children[i], later.children[i], on);
}

// A tree's verdict today: applies / does not apply / cannot tell yet. Whether "does not apply"
// is only a matter of time is settled in assess.cpp, by evaluating the case on later days.
struct Verdict {
  ConditionResult why;
  Status status = Status::unknown;
  std::vector<std::string> missing;
  bool ask_jobcenter = false;
};

Verdict judge(const KnowledgeBase& kb, const Condition& cond, const FactMap& facts, const std::vector<SchemeResult>& earlier,
              const TimeFacts& time) {
  Verdict v;
  v.why = evaluate(kb, cond, facts, earlier, time);
  v.status = v.why.value == Tri::yes ? Status::applies : v.why.value == Tri::no ? Status::does_not_apply : Status::unknown;
  v.ask_jobcenter = any_ask_jobcenter(v.why);
  if (v.why.value == Tri::unknown) collect_missing(kb, v.why, v.missing);
  return v;
}

}  // namespace

SchemeResult evaluate_scheme(const KnowledgeBase& kb, const Scheme& s, const FactMap& facts,
                             const std::vector<SchemeResult>& earlier, const TimeFacts& time) {
  SchemeResult r;
  r.scheme = &s;
  Verdict v = judge(kb, s.condition, facts, earlier, time);
  r.why = std::move(v.why);
  r.status = v.status;
  r.ask_jobcenter = r.status == Status::unknown && v.ask_jobcenter;
  r.missing = std::move(v.missing);
  collect_reasons(r.why, r.reasons);
  if (s.track.condition) {
    ConditionResult t = evaluate(kb, *s.track.condition, facts, earlier, time);
    r.track = t.value;
    collect_missing(kb, t, r.track_missing);
  }
  if (s.renewal.condition && facts.count(s.renewal.when_fact)) {
    Verdict rv = judge(kb, *s.renewal.condition, facts, earlier, time);
    r.renewal = std::move(rv.why);
    r.renewal_status = rv.status;
    r.renewal_missing = std::move(rv.missing);
    r.renewal_ask_jobcenter = rv.status == Status::unknown && rv.ask_jobcenter;
  }
  // Limits bound what can be asked for; they never change the status.
  if (r.status != Status::does_not_apply)
    for (const auto& limit : s.limits) {
      ConditionResult l = evaluate(kb, limit, facts, earlier, time);
      if (any_ask_jobcenter(l)) r.limits.push_back(std::move(l));
      else collect_missing(kb, l, r.limits_missing);
    }
  return r;
}

void settle_later(SchemeResult& now, const SchemeResult& later, Date day, bool renewal) {
  Status& status = renewal ? now.renewal_status : now.status;
  Status then = renewal ? later.renewal_status : later.status;
  if (status != Status::does_not_apply || then == Status::does_not_apply) return;
  ConditionResult& why = renewal ? *now.renewal : now.why;
  mark_waiting(why, renewal ? *later.renewal : later.why, day);
  if (!renewal) {
    // A limit is looked at once the scheme is not known to fail.
    now.limits = later.limits;
    now.limits_missing = later.limits_missing;
  }
  if (then == Status::applies) {
    status = Status::not_yet;
    (renewal ? now.renewal_met_on : now.met_on) = day;
    return;
  }
  // Nothing known fails on that day, but a fact is missing: cannot tell yet, and what is missing
  // is what is missing then.
  status = Status::unknown;
  if (renewal) {
    now.renewal_missing = later.renewal_missing;
    now.renewal_ask_jobcenter = later.renewal_ask_jobcenter;
  } else {
    now.missing = later.missing;
    now.ask_jobcenter = later.ask_jobcenter;
    now.reasons = later.reasons;
  }
}

}  // namespace fasthold
