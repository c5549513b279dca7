#include "engine/kb_snapshot.hpp"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace fasthold {

namespace {

// Bumped whenever a struct below gains, loses or reorders a member.
constexpr std::string_view magic = "fasthold-kb-snapshot-6\n";

// Each struct's members, listed once for both directions. `io` is a Writer or a Reader.
template <class IO> void members(IO& io, Text& t) { io(t.da, t.en); }
template <class IO> void members(IO& io, Citation& c) { io(c.source, c.where, c.quote, c.interpretation); }
template <class IO> void members(IO& io, Validity& v) { io(v.from, v.until, v.last_checked); }
template <class IO> void members(IO& io, Source& s) { io(s.id, s.title, s.section, s.address); }
template <class IO> void members(IO& io, Threshold& t) { io(t.id, t.value, t.unit, t.text, t.cite, t.valid); }
template <class IO> void members(IO& io, PensionRow& p) {
  io(p.born_from, p.born_to, p.years, p.months, p.valid, p.cite);
}
template <class IO> void members(IO& io, Fact& f) {
  io(f.id, f.type, f.question, f.help, f.who, f.ask, f.told_by_employee, f.unit, f.min, f.max, f.derived_from, f.step_node,
     f.terms, f.cite);
}
template <class IO> void members(IO& io, Condition& c) {
  io(c.kind, c.id, c.text, c.text_not, c.cite, c.fact, c.op, c.expect, c.threshold, c.number, c.scheme, c.children);
}
template <class IO> void members(IO& io, SchemeNote& n) { io(n.text, n.cite, n.valid); }
template <class IO> void members(IO& io, Track& t) { io(t.condition, t.if_true, t.if_false); }
template <class IO> void members(IO& io, Renewal& r) { io(r.when_fact, r.condition); }
template <class IO> void members(IO& io, Scheme& s) {
  io(s.id, s.name, s.summary, s.decided_by, s.condition, s.track, s.renewal, s.notes, s.limits, s.terms, s.cite, s.valid);
}
template <class IO> void members(IO& io, FlowNode& n) {
  io(n.id, n.step, n.kind, n.title, n.text, n.next, n.cite, n.fact, n.yes, n.no, n.unknown, n.answered_by, n.done_fact,
     n.done_record, n.next_node, n.check_facts, n.terms, n.recommends, n.if_not_applicable);
}
template <class IO> void members(IO& io, Role& r) { io(r.id, r.name, r.ask, r.cite, r.valid); }
template <class IO> void members(IO& io, Adaptation& a) { io(a.id, a.text, a.cite); }
template <class IO> void members(IO& io, DeadlineInfo& d) { io(d.id, d.label, d.why, d.cite, d.valid); }
template <class IO> void members(IO& io, Term& t) { io(t.id, t.text, t.explain, t.match, t.cite, t.valid); }
template <class IO> void members(IO& io, Notice& n) { io(n.id, n.where, n.text, n.cite, n.valid); }
template <class IO> void members(IO& io, DocumentTemplate& d) {
  io(d.id, d.entry_kind, d.filename, d.title, d.body, d.sources, d.footer);
}
template <class IO> void members(IO& io, InterviewSection& s) { io(s.id, s.title, s.always, s.facts); }
template <class IO> void members(IO& io, KnowledgeBase& kb) {
  io(kb.version, kb.date, kb.sources, kb.thresholds, kb.pension_ages, kb.facts, kb.schemes, kb.flow_nodes,
     kb.flow_start, kb.roles, kb.adaptations, kb.deadlines, kb.documents, kb.interview, kb.gap_labels, kb.gap_format,
     kb.document_footer, kb.ui, kb.diagnosis_words, kb.terms, kb.notices, kb.last_checked);
}

// Little-endian fixed-width numbers (both targets are little-endian), length-prefixed strings
// and lists, a presence byte before an optional.
class Writer {
 public:
  std::string out;

  template <class... T>
  void operator()(T&... values) {
    (put(values), ...);
  }

 private:
  void raw(const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
  void count(size_t n) {
    auto v = static_cast<std::uint32_t>(n);
    raw(&v, sizeof v);
  }
  void put(std::string& s) {
    count(s.size());
    out += s;
  }
  void put(double& d) { raw(&d, sizeof d); }
  void put(int& i) {
    auto v = static_cast<std::int32_t>(i);
    raw(&v, sizeof v);
  }
  void put(bool& b) { out += b ? '\1' : '\0'; }
  void put(Date& d) {
    int days = static_cast<int>(std::chrono::sys_days(d).time_since_epoch().count());
    put(days);
  }
  template <class E>
    requires std::is_enum_v<E>
  void put(E& e) {
    int v = static_cast<int>(e);
    put(v);
  }
  template <class T>
  void put(std::optional<T>& o) {
    bool has = o.has_value();
    put(has);
    if (has) put(*o);
  }
  template <class T>
  void put(std::vector<T>& list) {
    count(list.size());
    for (T& item : list) put(item);
  }
  template <class T>
  void put(std::map<std::string, T>& map) {
    count(map.size());
    for (auto& [key, value] : map) {
      std::string k = key;
      put(k);
      put(value);
    }
  }
  template <class T>
    requires std::is_class_v<T>
  void put(T& s) {
    members(*this, s);
  }
};

// Calls `visit` on every Text reachable through members(); everything else is passed over.
class TextVisitor {
 public:
  const std::function<void(Text&)>& visit;
  const std::function<void(std::string&)>& visit_danish;

  template <class... T>
  void operator()(T&... values) {
    (put(values), ...);
  }

 private:
  void put(Text& t) { visit(t); }
  void put(Citation& c) {
    if (visit_danish) visit_danish(c.interpretation);
  }
  void put(std::string&) {}
  void put(double&) {}
  void put(int&) {}
  void put(bool&) {}
  void put(Date&) {}
  template <class E>
    requires std::is_enum_v<E>
  void put(E&) {}
  template <class T>
  void put(std::optional<T>& o) {
    if (o) put(*o);
  }
  template <class T>
  void put(std::vector<T>& list) {
    for (T& item : list) put(item);
  }
  template <class T>
  void put(std::map<std::string, T>& map) {
    for (auto& [key, value] : map) put(value);
  }
  template <class T>
    requires std::is_class_v<T>
  void put(T& s) {
    members(*this, s);
  }
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool at_end() const { return pos_ == in_.size(); }
  void expect(std::string_view text) {
    if (in_.substr(0, text.size()) != text) throw SnapshotError("the knowledge-base snapshot has another format");
    pos_ = text.size();
  }

  template <class... T>
  void operator()(T&... values) {
    (get(values), ...);
  }

 private:
  std::string_view in_;
  size_t pos_ = 0;

  const char* take(size_t n) {
    if (n > in_.size() - pos_) throw SnapshotError("the knowledge-base snapshot is cut short");
    const char* p = in_.data() + pos_;
    pos_ += n;
    return p;
  }
  size_t count() {
    std::uint32_t v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
  }
  void get(std::string& s) {
    size_t n = count();
    s.assign(take(n), n);
  }
  void get(double& d) { std::memcpy(&d, take(sizeof d), sizeof d); }
  void get(int& i) {
    std::int32_t v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    i = v;
  }
  void get(bool& b) { b = *take(1) != 0; }
  void get(Date& d) {
    int days = 0;
    get(days);
    d = Date(std::chrono::sys_days(std::chrono::days(days)));
  }
  template <class E>
    requires std::is_enum_v<E>
  void get(E& e) {
    int v = 0;
    get(v);
    e = static_cast<E>(v);
  }
  template <class T>
  void get(std::optional<T>& o) {
    bool has = false;
    get(has);
    if (!has) {
      o.reset();
      return;
    }
    get(o.emplace());
  }
  template <class T>
  void get(std::vector<T>& list) {
    size_t n = count();
    if (n > in_.size() - pos_) throw SnapshotError("the knowledge-base snapshot is cut short");  // each item ≥ 1 byte
    list.resize(n);
    for (T& item : list) get(item);
  }
  template <class T>
  void get(std::map<std::string, T>& map) {
    size_t n = count();
    for (size_t i = 0; i < n; ++i) {
      std::string key;
      get(key);
      get(map[key]);
    }
  }
  template <class T>
    requires std::is_class_v<T>
  void get(T& s) {
    members(*this, s);
  }
};

}  // namespace

void for_each_text(KnowledgeBase& kb, const std::function<void(Text&)>& visit,
                   const std::function<void(std::string&)>& visit_danish) {
  TextVisitor v{visit, visit_danish};
  members(v, kb);
}

std::string write_kb_snapshot(const KnowledgeBase& kb) {
  Writer w;
  w.out = magic;
  KnowledgeBase copy = kb;  // members() takes non-const references for both directions
  members(w, copy);
  return std::move(w.out);
}

KnowledgeBase read_kb_snapshot(std::string_view bytes) {
  Reader r(bytes);
  r.expect(magic);
  KnowledgeBase kb;
  members(r, kb);
  if (!r.at_end()) throw SnapshotError("the knowledge-base snapshot has bytes left over");
  return kb;
}

}  // namespace fasthold
