// The in-memory stand-in for platform.hpp: see platform_native.hpp.
#include "platform/platform_native.hpp"

#include <utility>

namespace fasthold::platform {

namespace native {
State& state() {
  static State s;
  return s;
}
void reset() { state() = State{}; }
}  // namespace native

using native::state;

std::optional<std::string> storage_get(std::string_view key) {
  if (!state().storage_available) return std::nullopt;
  auto it = state().storage.find(std::string(key));
  if (it == state().storage.end()) return std::nullopt;
  return it->second;
}

StorageWrite storage_write(std::string_view key, std::string_view value) {
  if (!state().storage_available) return StorageWrite::unavailable;
  // As a browser counts its quota: every key and value held, this one replaced.
  size_t total = key.size() + value.size();
  for (const auto& [k, v] : state().storage)
    if (k != key) total += k.size() + v.size();
  if (total > state().storage_quota) return StorageWrite::full;
  state().storage[std::string(key)] = std::string(value);
  return StorageWrite::ok;
}

bool storage_set(std::string_view key, std::string_view value) { return storage_write(key, value) == StorageWrite::ok; }

void storage_remove(std::string_view key) { state().storage.erase(std::string(key)); }

void download(std::string_view filename, std::string_view mime, std::string_view bytes) {
  state().downloads.push_back({std::string(filename), std::string(mime), std::string(bytes)});
}

void copy_text(std::string_view text) { state().clipboard.emplace_back(text); }

bool open_printable_html(std::string_view html) {
  if (state().popups_blocked) return false;
  state().printed.emplace_back(html);
  return true;
}

std::string url_fragment() { return state().fragment; }

void announce(std::string_view text) { state().announcements.emplace_back(text); }

void set_document_language(std::string_view code) { state().document_language = std::string(code); }

void publish_targets(std::string_view json) { state().targets = std::string(json); }

void mirror_tree(std::string_view json) {
  state().tree = std::string(json);
  ++state().trees;
  // Where the tree moves the focus ("focus":"<id>"; keys are sorted, so it is the object's own).
  constexpr std::string_view key = "\"focus\":\"";
  if (size_t at = json.find(key); at != std::string_view::npos) {
    size_t from = at + key.size();
    state().focus_requests.emplace_back(json.substr(from, json.find('"', from) - from));
  }
}
float page_scroll() { return state().scroll; }
void scroll_page_to(float css_y) { state().scroll = css_y; }
float root_font_px() { return state().root_font_px; }
void history_push(std::string_view entry, bool replace) {
  if (replace && !state().history.empty()) state().history.back() = std::string(entry);
  else state().history.emplace_back(entry);
}
std::optional<std::string> take_history_pop() {
  auto p = std::move(state().popped);
  state().popped.reset();
  return p;
}
std::optional<std::string> history_current() {
  if (state().history.empty()) return std::nullopt;
  return state().history.back();
}
void set_document_title(std::string_view title) { state().title = std::string(title); }
std::vector<PageAction> take_page_actions() { return std::exchange(state().actions, {}); }
bool prefers_more_contrast() { return state().more_contrast; }
void note_figure(const char* name, double value) { state().figures[name].push_back(value); }

void fail(std::string_view detail) { state().failures.emplace_back(detail); }

void frame_drawn() { ++state().frames; }

void startup_mark(const char*) {}

std::string today_iso() { return native::state().today; }

std::string page_address() { return "http://127.0.0.1/index.html"; }

void save_offline_copy() { native::state().downloads.push_back({"fasthold.html", "text/html", "(offline copy)"}); }

void open_file_picker(size_t max_bytes) {
  ++native::state().file_pickers;
  native::state().picker_max_bytes = max_bytes;
}

// As the browser does: a file above the picker's limit arrives as its size only.
std::optional<OpenedFile> take_opened_file() {
  auto f = std::move(native::state().opened_file);
  native::state().opened_file.reset();
  if (!f) return std::nullopt;
  double bytes = double(f->size());
  if (f->size() > native::state().picker_max_bytes) return OpenedFile{std::nullopt, bytes};
  return OpenedFile{std::move(*f), bytes};
}

}  // namespace fasthold::platform
