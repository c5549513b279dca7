// The accessible tree. Every frame the widgets describe what they draw as a small tree of
// nodes (role, name, state, rectangle, a stable id), the way Flutter's web engine builds its
// semantics tree and AccessKit its accessibility tree. The page mirrors the tree into real
// DOM elements over the canvas (web/a11y.js), so screen readers, phones and keyboards meet a
// real web page. What the user does to those elements comes back as actions, and the widget
// with that id consumes its action in the next frame, exactly as if it had been clicked.
//
// Plain C++ data: no ImGui and no browser here. The browser tests also find the page's
// buttons through this tree (targets_json).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fasthold::ui::sem {

enum class Role {
  // Regions of the page (landmarks).
  banner, navigation, main, complementary, contentinfo, region,
  // Content.
  heading, paragraph, list, listitem, status, alert,  // status: read out politely; alert: an error, at once
  // Controls.
  button, link, checkbox, radiogroup, radio, textbox,
};
const char* role_name(Role r);
bool is_container(Role r);

// States, as bits.
enum Flag : unsigned {
  checked = 1u << 0,
  has_expanded = 1u << 1,  // a disclosure: `expanded` says which way
  expanded = 1u << 2,
  current = 1u << 3,       // the place on show in the navigation
  disabled = 1u << 4,
  invalid = 1u << 5,
  required = 1u << 6,
  multiline = 1u << 7,
  submits = 1u << 8,       // Enter in this one-line field submits it
};

// CSS pixels, in the page's content (as if it were not scrolled).
struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
  bool empty() const { return w <= 0 || h <= 0; }
};

struct Node {
  std::string id;  // stable across frames: a widget's own id, or its place in the tree
  Role role = Role::paragraph;
  int level = 0;    // headings: 1-3
  std::string name;         // the accessible name (a paragraph's text)
  std::string description;  // help and error text
  std::string value;        // a text field's text
  std::string input_mode;   // a text field's keyboard: "text", "decimal", "numeric"
  unsigned flags = 0;
  Rect rect;
  float font_px = 0;  // a text field's text size, so the real input matches the drawn one
  int parent = -1;    // index in Tree::nodes
};

struct Tree {
  std::vector<Node> nodes;  // in reading order (pre-order): the Tab order too
  std::string lang = "da";
  std::string skip_label;   // "Gå til indhold"
  bool focus_title = false; // a new screen: move the focus to its heading
  std::string focus;        // an action's result: move the focus to this node (the error summary, a field)
  bool high_contrast = false;
  float page_height = 0;    // CSS px: the whole drawn page, which the browser scrolls
};

// What the user did to a mirrored element.
struct Action {
  enum class Kind { activate, set_value, focus, blur } kind = Kind::activate;
  std::string id;
  std::string value;  // set_value: the text
};

// --- Building (the widgets call these, in drawing order) ---
// Starts a new tree; the actions queued since the last frame become this frame's.
void begin_frame();
// A container (a region, list, radio group); its rectangle grows to hold its children.
void open(Role role, std::string id = {}, std::string name = {});
void close();
// A leaf; its id is made from its place in the tree when it has none. Returns it for edits.
Node& add(Node node);
// While one lives, add() records nothing: text drawn as part of a widget (a field's label,
// a checkbox's words) is already that widget's name.
struct Quiet {
  Quiet();
  ~Quiet();
  Quiet(const Quiet&) = delete;
  Quiet& operator=(const Quiet&) = delete;
};
bool quiet();
// Ends the frame's tree: tree() returns it from now on.
void end_frame();
// The finished tree (after end_frame), and the one before it.
const Tree& tree();
Tree& building();
const Tree& previous();
// An exception left containers open: close them all, keep what was recorded.
void abandon_open();

// --- Actions ---
void push_action(Action a);
// Consumed by the widget with this id: true once when it was activated (clicked, Enter,
// Space, a screen reader's "activate").
bool take_activation(std::string_view id);
// A text field's new text, typed in the real input.
std::optional<std::string> take_value(std::string_view id);
// The element that has the focus in the page ("" when none).
const std::string& focused();
// Whether any action waits (the page should draw another frame).
bool pending();
// Forgets every action, focus and tree (a fresh page, or a test).
void reset();

// --- Output ---
// What the page's mirror holds: each node's JSON as it was last sent, by id.
struct Mirror {
  std::unordered_map<std::string, std::string> sent;
  std::string head;  // the tree's own fields and its top-level ids, as last sent
};
// The changes since `m` as JSON for web/a11y.js, as AccessKit's TreeUpdate: the nodes added or
// changed (each with its children's ids), the ids gone, the top-level ids; "" when nothing
// changed. Ids are made unique per frame ("id~2" for a second "id"). Updates `m`.
std::string update_json(const Tree& t, Mirror& m);
// The controls with their own ids and where they are: {id: {x, y, w, h}}, CSS px on screen.
std::string targets_json(const Tree& t, float scroll_y);
// The first node with this id, or nullptr.
const Node* find(const Tree& t, std::string_view id);

}  // namespace fasthold::ui::sem
