#include "engine/template.hpp"

#include <stdexcept>
#include <vector>

namespace fasthold {

using nlohmann::json;

namespace {

struct Tag {
  size_t start = 0, end = 0;  // the whole {...}
  char kind = 0;              // 0: value, '#', '^', '/'
  std::string name;
};

bool name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// The next {name}, {#name}, {^name} or {/name} from `from`. Any other brace is text, so a
// reader's own "{" in a document is left alone.
bool next_tag(const std::string& t, size_t from, Tag& tag) {
  for (size_t open = t.find('{', from); open != std::string::npos; open = t.find('{', open + 1)) {
    size_t i = open + 1;
    char kind = 0;
    if (i < t.size() && (t[i] == '#' || t[i] == '^' || t[i] == '/')) kind = t[i++];
    size_t name_start = i;
    while (i < t.size() && name_char(t[i])) ++i;
    if (i == name_start || i >= t.size() || t[i] != '}') continue;
    tag.start = open;
    tag.end = i + 1;
    tag.kind = kind;
    tag.name = t.substr(name_start, i - name_start);
    return true;
  }
  return false;
}

const json* lookup(const std::vector<const json*>& stack, const std::string& name) {
  for (auto it = stack.rbegin(); it != stack.rend(); ++it)
    if ((*it)->is_object()) {
      auto f = (*it)->find(name);
      if (f != (*it)->end()) return &*f;
    }
  return nullptr;
}

bool truthy(const json* v) {
  if (!v || v->is_null()) return false;
  if (v->is_boolean()) return v->get<bool>();
  if (v->is_string()) return !v->get<std::string>().empty();
  if (v->is_array() || v->is_object()) return !v->empty();
  return true;
}

// The end of the section opened by `open`: the matching {/name}, nesting counted.
size_t section_end(const std::string& t, const Tag& open, Tag& close) {
  int depth = 1;
  size_t pos = open.end;
  Tag tag;
  while (next_tag(t, pos, tag)) {
    if ((tag.kind == '#' || tag.kind == '^') && tag.name == open.name) ++depth;
    if (tag.kind == '/' && tag.name == open.name && --depth == 0) {
      close = tag;
      return tag.start;
    }
    pos = tag.end;
  }
  throw std::invalid_argument("template: section '" + open.name + "' is not closed");
}

void render(const std::string& t, std::vector<const json*>& stack, const GapText& gap, std::string& out) {
  size_t pos = 0;
  Tag tag;
  while (next_tag(t, pos, tag)) {
    out.append(t, pos, tag.start - pos);
    if (tag.kind == '/') throw std::invalid_argument("template: '{/" + tag.name + "}' without its opening");
    if (tag.kind == 0) {
      const json* v = lookup(stack, tag.name);
      if (!truthy(v)) out += gap(tag.name);
      else if (v->is_string()) out += text_only(v->get<std::string>(), out.empty() || out.back() == '\n');
      else out += v->dump();
      pos = tag.end;
      continue;
    }
    Tag close;
    size_t body_end = section_end(t, tag, close);
    std::string body = t.substr(tag.end, body_end - tag.end);
    // A section tag alone on its line takes its line break with it.
    if (!body.empty() && body[0] == '\n') body.erase(0, 1);
    const json* v = lookup(stack, tag.name);
    if (tag.kind == '^') {
      if (!truthy(v)) render(body, stack, gap, out);
    } else if (v && v->is_array()) {
      for (const auto& item : *v) {
        stack.push_back(&item);
        render(body, stack, gap, out);
        stack.pop_back();
      }
    } else if (truthy(v)) {
      stack.push_back(v);
      render(body, stack, gap, out);
      stack.pop_back();
    }
    pos = close.end;
    if (pos < t.size() && t[pos] == '\n' && (close.start == 0 || t[close.start - 1] == '\n')) ++pos;
  }
  out.append(t, pos, std::string::npos);
}

}  // namespace

std::string text_only(const std::string& value, bool at_line_start) {
  std::string out;
  out.reserve(value.size() + 2);
  bool start = at_line_start;
  for (char c : value) {
    if (start && (c == '#' || c == '-' || c == '\\')) out += '\\';
    out += c;
    start = c == '\n' || c == '\r';  // a lone CR is a line break once the text is cleaned
  }
  return out;
}

std::string render_template(const std::string& tmpl, const json& context, const GapText& gap) {
  std::vector<const json*> stack{&context};
  std::string out;
  render(tmpl, stack, gap, out);
  return out;
}

std::vector<std::string> template_names(const std::string& tmpl) {
  std::vector<std::string> names;
  size_t pos = 0;
  Tag tag;
  while (next_tag(tmpl, pos, tag)) {
    if (tag.kind != '/') names.push_back(tag.name);
    pos = tag.end;
  }
  return names;
}

}  // namespace fasthold
