#include "engine/json_reader.hpp"

#include <cstdio>

namespace fasthold {

namespace {

// The longest prefix of s of at most n bytes that does not end inside a UTF-8 character.
size_t utf8_cut(const std::string& s, size_t n) {
  if (n >= s.size()) return s.size();
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

// A control character's code point (C0, DEL, C1) starting at s[i], or -1.
int control_at(const std::string& s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x20 || c == 0x7F) return c;
  if (c == 0xC2 && i + 1 < s.size()) {
    auto d = static_cast<unsigned char>(s[i + 1]);
    if (d >= 0x80 && d <= 0x9F) return d;
  }
  return -1;
}

std::string hex4(int cp, const char* prefix, bool lower = false) {
  char buf[12];
  std::snprintf(buf, sizeof buf, lower ? "%s%04x" : "%s%04X", prefix, static_cast<unsigned>(cp));
  return buf;
}

// s as a JSON string, every control character escaped (nlohmann leaves DEL and C1 as they are).
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    int cp = control_at(s, i);
    if (cp < 0) {
      if (s[i] == '"' || s[i] == '\\') out += '\\';
      out += s[i];
      continue;
    }
    const char* brief = cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : cp == '\r' ? "\\r" : cp == '\b' ? "\\b" : cp == '\f' ? "\\f" : nullptr;
    out += brief ? std::string(brief) : hex4(cp, "\\u", true);
    if (cp >= 0x80) ++i;  // C1: two bytes
  }
  return out + "\"";
}

// Previews v into out: stops once out is longer than `room`, and shows nesting past two
// levels as "...", so a huge or deep value costs no more than a short one.
void preview(const json& v, std::string& out, int depth) {
  constexpr size_t room = 64;
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    size_t cut = utf8_cut(s, 48);
    out += quoted(s.substr(0, cut));
    if (cut < s.size()) out.insert(out.size() - 1, "...");
    return;
  }
  if (!v.is_structured()) {
    out += v.dump();  // a number, true, false or null: short
    return;
  }
  out += v.is_array() ? '[' : '{';
  if (depth >= 2 && !v.empty()) out += "...";
  for (auto it = v.begin(); depth < 2 && it != v.end() && out.size() <= room; ++it) {
    if (it != v.begin()) out += ',';
    if (v.is_object()) out += quoted(it.key().substr(0, utf8_cut(it.key(), 24))) + ":";
    preview(*it, out, depth + 1);
  }
  out += v.is_array() ? ']' : '}';
}

// Builds the DOM as nlohmann's own parser does, while knowing where it is: refuses to open
// a container past max_depth or to take a key twice, and throws what stopped the reading as
// an InputError that names the field where it can.
class BoundedSax {
 public:
  BoundedSax(json& root, int max_depth) : root_(root), dom_(root, false), max_depth_(max_depth) {}

  bool null() { return scalar(dom_.null()); }
  bool boolean(bool b) { return scalar(dom_.boolean(b)); }
  bool number_integer(json::number_integer_t n) { return scalar(dom_.number_integer(n)); }
  bool number_unsigned(json::number_unsigned_t n) { return scalar(dom_.number_unsigned(n)); }
  bool number_float(json::number_float_t x, const std::string& s) { return scalar(dom_.number_float(x, s)); }
  bool string(std::string& s) { return scalar(dom_.string(s)); }
  bool binary(json::binary_t& b) { return scalar(dom_.binary(b)); }
  bool start_object(std::size_t n) { return open(false) && dom_.start_object(n) && located(); }
  bool key(std::string& k) {
    // nlohmann keeps the last of two equal keys without a word; a sender may rely on either.
    if (frames_.back().node->contains(k)) throw InputError(here() + "/" + escape_pointer_token(k), "", "duplicate_key", {});
    frames_.back().key = k;
    frames_.back().after_key = true;
    return dom_.key(k);
  }
  bool end_object() { return close(dom_.end_object()); }
  bool start_array(std::size_t n) { return open(true) && dom_.start_array(n) && located(); }
  bool end_array() { return close(dom_.end_array()); }
  bool parse_error(std::size_t pos, const std::string& token, const nlohmann::detail::exception& e) {
    if (e.id == 406) throw InputError(here(), short_text(token), "number_too_large", {});
    throw InputError("", "", "not_json", {std::to_string(pos)});
  }

 private:
  struct Frame {
    bool array;
    size_t index = 0;  // in an array: the value being read
    std::string key;   // in an object: the last key read
    bool after_key = false;
    const json* node = nullptr;  // the container itself
  };

  // Notes where the container just opened sits in the DOM, which grows in place: its
  // parent does not change while it is open, so the address holds until it closes.
  bool located() {
    Frame& f = frames_.back();
    if (frames_.size() == 1) {
      f.node = &root_;
    } else {
      const Frame& parent = frames_[frames_.size() - 2];
      f.node = parent.array ? &parent.node->back() : &*parent.node->find(parent.key);
    }
    return true;
  }
  // The pointer of the value being read.
  std::string here() const {
    std::string p;
    for (const Frame& f : frames_) {
      if (f.array) p += "/" + std::to_string(f.index);
      else if (f.after_key) p += "/" + escape_pointer_token(f.key);
    }
    return p;
  }
  void advance() {
    if (frames_.empty()) return;
    if (frames_.back().array) ++frames_.back().index;
    else frames_.back().after_key = false;
  }
  bool scalar(bool ok) {
    advance();
    return ok;
  }
  bool open(bool array) {
    if (int(frames_.size()) >= max_depth_) throw InputError(here(), "", "too_deep", {std::to_string(max_depth_)});
    frames_.push_back(Frame{array, 0, {}, false, nullptr});
    return true;
  }
  bool close(bool ok) {
    frames_.pop_back();
    advance();
    return ok;
  }

  const json& root_;
  nlohmann::detail::json_sax_dom_parser<json> dom_;
  int max_depth_;
  std::vector<Frame> frames_;
};

}  // namespace

json parse_json(const std::string& text, int max_depth) {
  json doc;
  BoundedSax sax(doc, max_depth);
  if (!json::sax_parse(text, &sax)) throw InputError("", "", "not_json", {"?"});  // the SAX throws first
  return doc;
}

std::string short_text(const std::string& s, size_t max_bytes) {
  size_t cut = utf8_cut(s, max_bytes);
  std::string out;
  for (size_t i = 0; i < cut; ++i) {
    int cp = control_at(s, i);
    if (cp < 0) out += s[i];
    else out += hex4(cp, "\\u", true);
    if (cp >= 0x80) ++i;  // C1: two bytes
  }
  if (cut < s.size()) out += "...";
  return out;
}

namespace {
std::string cleaned(const std::string& s, bool breaks_allowed) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    int cp = control_at(s, i);
    if (cp < 0) {
      out += s[i];
      continue;
    }
    if (cp >= 0x80) ++i;  // C1: two bytes
    bool crlf = cp == '\r' && i + 1 < s.size() && s[i + 1] == '\n';
    if (cp == '\t') out += breaks_allowed ? '\t' : ' ';
    else if (cp == '\n' || cp == '\r') {
      out += breaks_allowed ? '\n' : ' ';
      if (crlf) ++i;
    }
  }
  return out;
}
}  // namespace

std::string clean_line(const std::string& s) { return cleaned(s, false); }
std::string clean_lines(const std::string& s) { return cleaned(s, true); }

std::string escape_pointer_token(const std::string& key) {
  std::string out;
  for (char c : short_text(key)) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string short_value(const json& v) {
  std::string s;
  preview(v, s, 0);
  if (s.size() > 60) s = s.substr(0, utf8_cut(s, 57)) + "...";
  return s;
}

void Node::fail(const std::string& message) const { throw InputError(pointer, short_value(value), message); }

void Node::reject(const std::string& code, std::vector<std::string> args) const {
  throw InputError(pointer, short_value(value), code, std::move(args));
}

Node Node::at(const std::string& key) const {
  if (!value.is_object()) reject("must_be_object");
  auto it = value.find(key);
  if (it == value.end()) throw InputError(pointer + "/" + escape_pointer_token(key), "", "required_missing", {});
  return Node{*it, pointer + "/" + escape_pointer_token(key)};
}

std::optional<Node> Node::find(const std::string& key) const {
  if (!value.is_object()) reject("must_be_object");
  auto it = value.find(key);
  if (it == value.end() || it->is_null()) return std::nullopt;
  return Node{*it, pointer + "/" + escape_pointer_token(key)};
}

Node Node::at(size_t index) const { return Node{value.at(index), pointer + "/" + std::to_string(index)}; }

namespace {
template <class Names>
void expect_only(const Node& n, const Names& allowed) {
  if (!n.value.is_object()) n.reject("must_be_object");
  for (auto it = n.value.begin(); it != n.value.end(); ++it) {
    bool known = false;
    for (const auto& a : allowed) known = known || it.key() == a;
    if (!known)
      throw InputError(n.pointer + "/" + escape_pointer_token(it.key()), short_value(it.value()), "unknown_field", {});
  }
}
}  // namespace

void Node::expect_object(std::initializer_list<const char*> allowed) const { expect_only(*this, allowed); }
void Node::expect_object(const std::vector<std::string>& allowed) const { expect_only(*this, allowed); }

void Node::expect_array() const {
  if (!value.is_array()) reject("must_be_list");
}

std::string Node::str() const {
  if (!value.is_string()) reject("must_be_text");
  return value.get<std::string>();
}

namespace {
std::string without_controls(const Node& n, bool breaks_allowed) {
  std::string s = n.str();
  for (size_t i = 0; i < s.size(); ++i) {
    int cp = control_at(s, i);
    if (cp < 0 || (breaks_allowed && (cp == '\t' || cp == '\n' || cp == '\r'))) continue;
    n.reject("control_character", {hex4(cp, "U+")});
  }
  return s;
}
}  // namespace

std::string Node::line() const { return without_controls(*this, false); }
std::string Node::lines() const { return without_controls(*this, true); }

bool Node::boolean() const {
  if (!value.is_boolean()) reject("must_be_true_false");
  return value.get<bool>();
}

double Node::number() const {
  if (!value.is_number()) reject("must_be_number");
  return value.get<double>();
}

int Node::integer() const {
  if (!value.is_number_integer()) reject("must_be_whole_number");
  return value.get<int>();
}

Date Node::date() const {
  if (!value.is_string()) reject("must_be_date");
  auto d = parse_iso_date(value.get<std::string>());
  if (!d) reject("not_real_date");
  return *d;
}

Text Node::text() const {
  expect_object({"da", "en"});
  Text t{at("da").str(), at("en").str()};
  if (t.da.empty()) at("da").reject("must_not_be_empty");
  if (t.en.empty()) at("en").reject("must_not_be_empty");
  return t;
}

}  // namespace fasthold
