#include "ui/semantics.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace fasthold::ui::sem {

namespace {

struct Frame {
  Tree building, done, before;
  std::vector<int> open;            // indices of the open containers
  std::vector<int> child_count;     // per node: children added so far (for made-up ids)
  int top_count = 0;
  int quiet = 0;
  std::vector<Action> queued, now;  // actions waiting for the next frame, and this frame's
  std::string focused;
} f;

void grow(Rect& r, const Rect& by) {
  if (by.empty()) return;
  if (r.empty()) {
    r = by;
    return;
  }
  float x1 = std::max(r.x + r.w, by.x + by.w), y1 = std::max(r.y + r.h, by.y + by.h);
  r.x = std::min(r.x, by.x);
  r.y = std::min(r.y, by.y);
  r.w = x1 - r.x;
  r.h = y1 - r.y;
}

int push(Node n) {
  int parent = f.open.empty() ? -1 : f.open.back();
  n.parent = parent;
  if (n.id.empty()) {
    // Made-up ids start with '_' and name the place: the third child of the main region.
    int& count = parent < 0 ? f.top_count : f.child_count[size_t(parent)];
    std::string base = parent < 0 ? std::string() : f.building.nodes[size_t(parent)].id;
    n.id = (base.empty() || base[0] != '_' ? "_" + base : base) + "." + std::to_string(count);
  }
  (parent < 0 ? f.top_count : f.child_count[size_t(parent)]) += 1;
  for (int p = parent; p >= 0; p = f.building.nodes[size_t(p)].parent) grow(f.building.nodes[size_t(p)].rect, n.rect);
  f.building.nodes.push_back(std::move(n));
  f.child_count.push_back(0);
  return int(f.building.nodes.size()) - 1;
}

}  // namespace

const char* role_name(Role r) {
  switch (r) {
    case Role::banner: return "banner";
    case Role::navigation: return "navigation";
    case Role::main: return "main";
    case Role::complementary: return "complementary";
    case Role::contentinfo: return "contentinfo";
    case Role::region: return "region";
    case Role::heading: return "heading";
    case Role::paragraph: return "paragraph";
    case Role::list: return "list";
    case Role::listitem: return "listitem";
    case Role::status: return "status";
    case Role::alert: return "alert";
    case Role::button: return "button";
    case Role::link: return "link";
    case Role::checkbox: return "checkbox";
    case Role::radiogroup: return "radiogroup";
    case Role::radio: return "radio";
    case Role::textbox: return "textbox";
  }
  return "paragraph";
}

bool is_container(Role r) {
  switch (r) {
    case Role::banner: case Role::navigation: case Role::main: case Role::complementary: case Role::contentinfo:
    case Role::region: case Role::list: case Role::listitem: case Role::radiogroup: case Role::status:
    case Role::alert:
      return true;
    default:
      return false;
  }
}

void begin_frame() {
  f.before = std::move(f.done);
  f.done = Tree{};
  f.building = Tree{};
  f.open.clear();
  f.child_count.clear();
  f.top_count = 0;
  f.quiet = 0;
  f.now = std::move(f.queued);
  f.queued.clear();
  for (const Action& a : f.now) {
    if (a.kind == Action::Kind::focus) {
      f.focused = a.id;
    } else if (a.kind == Action::Kind::blur && f.focused == a.id) {
      f.focused.clear();
    }
  }
}

void open(Role role, std::string id, std::string name) {
  Node n;
  n.role = role;
  n.id = std::move(id);
  n.name = std::move(name);
  f.open.push_back(push(std::move(n)));
}

void close() {
  if (!f.open.empty()) f.open.pop_back();
}

void end_frame() {
  f.open.clear();
  f.quiet = 0;
  f.done = std::move(f.building);
  f.building = Tree{};
}

Node& add(Node node) {
  static Node ignored;
  if (f.quiet > 0) return ignored = node;
  int i = push(std::move(node));
  return f.building.nodes[size_t(i)];
}

Quiet::Quiet() { ++f.quiet; }
Quiet::~Quiet() { --f.quiet; }
bool quiet() { return f.quiet > 0; }

const Tree& tree() { return f.done; }
Tree& building() { return f.building; }
const Tree& previous() { return f.before; }

void abandon_open() {
  f.open.clear();
  f.quiet = 0;
}

void push_action(Action a) { f.queued.push_back(std::move(a)); }

bool take_activation(std::string_view id) {
  auto it = std::find_if(f.now.begin(), f.now.end(),
                         [&](const Action& a) { return a.kind == Action::Kind::activate && a.id == id; });
  if (it == f.now.end()) return false;
  f.now.erase(it);
  return true;
}

std::optional<std::string> take_value(std::string_view id) {
  std::optional<std::string> v;
  // Several keystrokes between two frames: the last text wins.
  for (auto it = f.now.begin(); it != f.now.end();) {
    if (it->kind == Action::Kind::set_value && it->id == id) {
      v = std::move(it->value);
      it = f.now.erase(it);
    } else {
      ++it;
    }
  }
  return v;
}

const std::string& focused() { return f.focused; }

bool pending() { return !f.queued.empty(); }

void reset() { f = Frame{}; }

std::string update_json(const Tree& t, Mirror& m) {
  using nlohmann::json;
  const size_t count = t.nodes.size();
  std::vector<std::string> ids(count);
  std::unordered_map<std::string, int> seen;
  seen.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    int n = seen[t.nodes[i].id]++;
    ids[i] = n == 0 ? t.nodes[i].id : t.nodes[i].id + "~" + std::to_string(n + 1);
  }
  std::vector<std::vector<size_t>> kids(count);
  json top = json::array();
  for (size_t i = 0; i < count; ++i) {
    if (t.nodes[i].parent < 0) top.push_back(ids[i]);
    else kids[size_t(t.nodes[i].parent)].push_back(i);
  }
  auto r1 = [](float v) { return std::round(v * 10) / 10; };
  std::unordered_map<std::string, std::string> now;
  now.reserve(count);
  std::string changed;
  for (size_t i = 0; i < count; ++i) {
    const Node& n = t.nodes[i];
    // Positions are within the parent's box: the element is placed inside its parent's.
    float px = 0, py = 0;
    if (n.parent >= 0) {
      px = t.nodes[size_t(n.parent)].rect.x;
      py = t.nodes[size_t(n.parent)].rect.y;
    }
    json j = {{"i", ids[i]}, {"r", role_name(n.role)},
              {"x", r1(n.rect.x - px)}, {"y", r1(n.rect.y - py)}, {"w", r1(n.rect.w)}, {"h", r1(n.rect.h)}};
    if (!n.name.empty()) j["n"] = n.name;
    if (!n.description.empty()) j["d"] = n.description;
    if (n.role == Role::textbox) {
      j["v"] = n.value;
      j["m"] = n.input_mode.empty() ? "text" : n.input_mode;
      j["fs"] = n.font_px;
    }
    if (n.role == Role::radio && n.parent >= 0) j["g"] = ids[size_t(n.parent)];
    if (n.flags) j["f"] = n.flags;
    if (n.level) j["l"] = n.level;
    if (is_container(n.role)) {
      json c = json::array();
      for (size_t k : kids[i]) c.push_back(ids[k]);
      j["c"] = std::move(c);
    }
    // Invalid UTF-8 typed by a user must not stop the page: replace it.
    std::string dumped = j.dump(-1, ' ', false, json::error_handler_t::replace);
    auto was = m.sent.find(ids[i]);
    if (was == m.sent.end() || was->second != dumped) changed += (changed.empty() ? "" : ",") + dumped;
    now.emplace(ids[i], std::move(dumped));
  }
  json gone = json::array();
  for (const auto& [id, _] : m.sent)
    if (!now.count(id)) gone.push_back(id);
  json head = {{"lang", t.lang}, {"skip", t.skip_label}, {"root", std::move(top)}};
  if (t.focus_title) head["focusTitle"] = true;
  if (!t.focus.empty()) head["focus"] = t.focus;
  if (t.page_height > 0) head["height"] = std::ceil(t.page_height);
  if (t.high_contrast) head["contrast"] = true;
  std::string head_json = head.dump(-1, ' ', false, json::error_handler_t::replace);
  m.sent = std::move(now);
  if (changed.empty() && gone.empty() && head_json == m.head) return "";
  m.head = head_json;
  // The head's object, opened again for the nodes and the ids gone.
  head_json.pop_back();
  return head_json + ",\"nodes\":[" + changed + "],\"gone\":" + gone.dump(-1, ' ', false, json::error_handler_t::replace) + "}";
}

std::string targets_json(const Tree& t, float scroll_y) {
  std::string json = "{";
  char buf[96];
  for (const Node& n : t.nodes) {
    if (n.id.empty() || n.id[0] == '_' || is_container(n.role) || n.rect.empty()) continue;
    if (json.size() > 1) json += ',';
    json += nlohmann::json(n.id).dump();
    std::snprintf(buf, sizeof buf, ":{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", n.rect.x, n.rect.y - scroll_y, n.rect.w,
                  n.rect.h);
    json += buf;
  }
  return json + "}";
}

const Node* find(const Tree& t, std::string_view id) {
  for (const Node& n : t.nodes)
    if (n.id == id) return &n;
  return nullptr;
}

}  // namespace fasthold::ui::sem
