#include "engine/consultant_link.hpp"

#include <cstdint>

namespace fasthold {

namespace {

struct Field {
  const char* key;      // the key the builder writes: English words that read as nothing in Danish
  const char* old_key;  // the key of links sent before (jc=, tel=, mail=, by=): still read
  const char* member_name;
  std::string JobcenterContact::*member;
  size_t max_length;
  enum Kind { name, phone, email, web } kind;
};

const Field kFields[] = {
    {"municipality", "jc", "name", &JobcenterContact::name, 80, Field::name},
    {"phone", "tel", "phone", &JobcenterContact::phone, 30, Field::phone},
    {"email", "mail", "email", &JobcenterContact::email, 100, Field::email},
    {"web", "web", "web", &JobcenterContact::web, 100, Field::web},
    {"consultant", "by", "consultant", &JobcenterContact::consultant, 80, Field::name},
};

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// `leading_plus`: a '+' first is a plus sign, not a space (a phone number typed as "+45 …").
bool percent_decode(const std::string& in, std::string& out, bool leading_plus = false) {
  out.clear();
  for (size_t i = 0; i < in.size(); ++i) {
    if (i == 0 && leading_plus && in[0] == '+') {
      out += '+';
      continue;
    }
    if (in[i] == '%') {
      if (i + 2 >= in.size()) return false;
      int h = hex(in[i + 1]), l = hex(in[i + 2]);
      if (h < 0 || l < 0) return false;
      out += char(h * 16 + l);
      i += 2;
    } else if (in[i] == '+') {
      out += ' ';
    } else {
      out += in[i];
    }
  }
  return true;
}

// Decodes UTF-8 into code points; false on any malformed sequence.
bool utf8_code_points(const std::string& s, std::vector<uint32_t>& out) {
  out.clear();
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF) return false;
    out.push_back(cp);
    i += len;
  }
  return true;
}

bool ascii_in(uint32_t c, const char* allowed) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  for (const char* p = allowed; *p; ++p)
    if (c == uint32_t(*p)) return true;
  return false;
}

bool allowed(const Field& f, const std::vector<uint32_t>& cps, const std::string& text) {
  if (cps.empty()) return false;
  for (uint32_t c : cps) {
    switch (f.kind) {
      case Field::name:  // letters of Latin-1 (æøå, é, ü ...), digits, plain punctuation
        if (!(ascii_in(c, " .,-'&()/") || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7))) return false;
        break;
      case Field::phone:
        if (!((c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-')) return false;
        break;
      case Field::email:
        if (!ascii_in(c, "._+-@")) return false;
        break;
      case Field::web:
        if (!ascii_in(c, ".-/:_~")) return false;
        break;
    }
  }
  if (f.kind == Field::phone) {
    // A number to call: 8 to 15 digits (E.164), a '+' only first.
    size_t digits = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] >= '0' && text[i] <= '9') ++digits;
      if (text[i] == '+' && i > 0) return false;
    }
    if (digits < 8 || digits > 15) return false;
  }
  if (f.kind == Field::email) {
    size_t at = text.find('@');
    if (at == std::string::npos || at == 0 || text.find('@', at + 1) != std::string::npos) return false;
    std::string local = text.substr(0, at), domain = text.substr(at + 1);
    // Each side a real name: no empty label ("a@.x", "a..b@x.dk"), no dot or hyphen at an edge.
    auto edge = [](char c) { return c == '.' || c == '-'; };
    if (local.front() == '.' || local.back() == '.' || text.find("..") != std::string::npos) return false;
    if (domain.empty() || edge(domain.front()) || edge(domain.back()) || domain.find('.') == std::string::npos ||
        domain.find(".-") != std::string::npos || domain.find("-.") != std::string::npos)
      return false;
  }
  if (f.kind == Field::web) {
    // Only a web address: https://… or a bare host; never another scheme (javascript:, data:).
    std::string rest = text;
    if (rest.rfind("https://", 0) == 0) rest = rest.substr(8);
    else if (rest.rfind("http://", 0) == 0) rest = rest.substr(7);
    if (rest.empty() || rest.find(':') != std::string::npos || rest.find('.') == std::string::npos || rest[0] == '/' ||
        rest[0] == '.')
      return false;
  }
  return true;
}

std::string value_problem(const Field& f, const std::string& value) {
  std::vector<uint32_t> cps;
  if (!utf8_code_points(value, cps)) return "bad_encoding";
  if (cps.size() > f.max_length) return "too_long";
  if (!allowed(f, cps, value)) return "bad_characters";
  return "";
}

std::string encode(const std::string& s) {
  static const char* digits = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~' || c == '@') {
      out += char(c);
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 15];
    }
  }
  return out;
}

}  // namespace

std::string contact_value_problem(const std::string& field, const std::string& value) {
  for (const auto& f : kFields)
    if (field == f.member_name) return value_problem(f, value);
  return "unknown_key";
}

size_t contact_value_max_length(const std::string& field) {
  for (const auto& f : kFields)
    if (field == f.member_name) return f.max_length;
  return 0;
}

ConsultantLink parse_consultant_fragment(const std::string& fragment) {
  ConsultantLink link;
  if (fragment.empty()) return link;
  if (fragment.size() > kMaxFragmentLength) {
    link.ignored.push_back({"", "too_long"});
    return link;
  }
  bool seen[std::size(kFields)] = {};
  size_t pos = 0;
  while (pos <= fragment.size()) {
    size_t amp = fragment.find('&', pos);
    std::string part = fragment.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
    pos = amp == std::string::npos ? fragment.size() + 1 : amp + 1;
    if (part.empty()) continue;
    size_t eq = part.find('=');
    std::string key = part.substr(0, eq);
    std::string raw = eq == std::string::npos ? "" : part.substr(eq + 1);
    const Field* field = nullptr;
    size_t index = 0;
    for (size_t i = 0; i < std::size(kFields); ++i)
      if (key == kFields[i].key || key == kFields[i].old_key) field = &kFields[i], index = i;
    std::string shown_key = key.size() > 20 ? key.substr(0, 20) : key;
    if (!field) {
      link.ignored.push_back({shown_key, "unknown_key"});
      continue;
    }
    if (seen[index]) {
      link.ignored.push_back({key, "duplicate"});
      continue;
    }
    seen[index] = true;
    std::string value;
    std::vector<uint32_t> cps;
    if (!percent_decode(raw, value, field->kind == Field::phone) || !utf8_code_points(value, cps)) {
      link.ignored.push_back({key, "bad_encoding"});
      continue;
    }
    if (std::string problem = value_problem(*field, value); !problem.empty()) {
      link.ignored.push_back({key, problem});
      continue;
    }
    link.contact.*(field->member) = value;
  }
  // Contact details without a jobcenter name would be anonymous: keep none of them.
  if (link.contact.name.empty() && (!link.contact.phone.empty() || !link.contact.email.empty() || !link.contact.web.empty())) {
    link.ignored.push_back({"municipality", "missing"});
    link.contact = {};
  }
  return link;
}

namespace {
std::string phone_digits(const std::string& p) {
  std::string d;
  for (char c : p)
    if (c >= '0' && c <= '9') d += c;
  if (p.rfind("+45", 0) == 0 || (d.size() == 10 && d.rfind("45", 0) == 0)) d = d.substr(2);
  return d;
}
std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return s;
}
std::string bare_web(const std::string& w) {
  std::string s = lower(w);
  for (const char* p : {"https://", "http://", "www."})
    if (s.rfind(p, 0) == 0) s = s.substr(std::string(p).size());
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}
}  // namespace

std::vector<std::string> differing_details(const JobcenterContact& c, const JobcenterContact& known) {
  std::vector<std::string> out;
  if (!c.phone.empty() && phone_digits(c.phone) != phone_digits(known.phone)) out.push_back("phone");
  if (!c.email.empty() && lower(c.email) != lower(known.email)) out.push_back("email");
  if (!c.web.empty() && bare_web(c.web) != bare_web(known.web)) out.push_back("web");
  return out;
}

std::string build_consultant_fragment(const JobcenterContact& c) {
  std::string out;
  for (const auto& f : kFields) {
    const std::string& v = c.*(f.member);
    if (v.empty()) continue;
    out += (out.empty() ? "" : "&") + std::string(f.key) + "=" + encode(v);
  }
  return out;
}

}  // namespace fasthold
