#include "engine/kb_snapshot.hpp"
#include "engine/kb_fields.hpp"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace fasthold {

namespace {

// Bumped whenever a struct below gains, loses or reorders a member.
constexpr std::string_view magic = "fasthold-kb-snapshot-6\n";

// Each struct's members come from kb_fields.hpp, one list for both directions.

// Little-endian fixed-width numbers (both targets are little-endian), length-prefixed strings
// and lists, a presence byte before an optional.
class Writer {
 public:
  std::string out;

  template <class... T>
  void operator()(T&&... values) {
    (put(values), ...);
  }

 private:
  void raw(const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
  void count(size_t n) {
    auto v = static_cast<std::uint32_t>(n);
    raw(&v, sizeof v);
  }
  template <class T>
  void put(Field<T>& f) {
    put(f.value);
  }
  void put(Dated& d) { put(d.value); }
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
  void operator()(T&&... values) {
    (put(values), ...);
  }

 private:
  template <class T>
  void put(Field<T>& f) {
    put(f.value);
  }
  void put(Dated&) {}
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
  void operator()(T&&... values) {
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
  template <class T>
  void get(Field<T>& f) {
    get(f.value);
  }
  void get(Dated& d) { get(d.value); }
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
