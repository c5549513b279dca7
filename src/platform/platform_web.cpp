// The browser side of platform.hpp, with EM_JS. Every function copes with a browser that
// refuses (storage disabled, pop-ups blocked, clipboard denied) without throwing into C++.
#include "platform/platform.hpp"

#include <emscripten.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

// clang-format off
EM_JS(int, fh_storage_get_begin, (const char* key, int key_len), {
  Module.__fhPending = null;
  try {
    var v = window.localStorage.getItem(UTF8ToString(key, key_len));
    if (v === null) return -1;
    Module.__fhPending = v;
    return lengthBytesUTF8(v);
  } catch (e) {
    return -1;
  }
});

EM_JS(void, fh_storage_get_end, (char* buf, int buf_size), {
  var v = Module.__fhPending || "";
  Module.__fhPending = null;
  stringToUTF8(v, buf, buf_size);
});

EM_JS(int, fh_storage_set, (const char* key, int key_len, const char* value, int value_len), {
  try {
    window.localStorage.setItem(UTF8ToString(key, key_len), UTF8ToString(value, value_len));
    return 1;
  } catch (e) {
    // Over quota (Chromium and Firefox name it; old WebKit gives code 22): full, not unavailable.
    return e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22) ? 2 : 0;
  }
});

EM_JS(void, fh_storage_remove, (const char* key, int key_len), {
  try { window.localStorage.removeItem(UTF8ToString(key, key_len)); } catch (e) {}
});

EM_JS(void, fh_download, (const char* name, int name_len, const char* mime, int mime_len,
                          const char* bytes, int bytes_len), {
  var blob = new Blob([HEAPU8.slice(bytes, bytes + bytes_len)], {type: UTF8ToString(mime, mime_len)});
  var url = URL.createObjectURL(blob);
  var a = document.createElement("a");
  a.href = url;
  a.download = UTF8ToString(name, name_len);
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
});

EM_JS(void, fh_copy_text, (const char* text, int text_len), {
  var t = UTF8ToString(text, text_len);
  var had = document.activeElement;  // the button that copied keeps the focus
  function fallback() {
    var ta = document.createElement("textarea");
    ta.value = t;
    ta.setAttribute("readonly", "");
    ta.style.position = "fixed";
    ta.style.left = "-10000px";
    document.body.appendChild(ta);
    ta.select();
    try { document.execCommand("copy"); } catch (e) {}
    ta.remove();
    if (had && had.focus) had.focus({preventScroll: true});
  }
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(t).catch(fallback);
  } else {
    fallback();
  }
});

EM_JS(int, fh_open_printable_html, (const char* html, int html_len), {
  var blob = new Blob([UTF8ToString(html, html_len)], {type: "text/html;charset=utf-8"});
  var url = URL.createObjectURL(blob);
  var w = window.open(url, "_blank");
  // noopener by hand: the feature string would make open() return null, and a blocked tab
  // could no longer be told from an opened one. The document cannot reach this page.
  if (w) { try { w.opener = null; } catch (e) {} }
  // The new tab needs the URL until it has loaded; a minute is plenty.
  setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  return w ? 1 : 0;
});

EM_JS(int, fh_fragment_begin, (), {
  var h = window.location.hash || "";
  Module.__fhPending = h.charAt(0) === "#" ? h.substring(1) : h;
  return lengthBytesUTF8(Module.__fhPending);
});

EM_JS(void, fh_announce, (const char* text, int text_len), {
  var el = document.getElementById("fasthold-announcer");
  if (!el) return;
  var t = UTF8ToString(text, text_len);
  // Empty the region first so that the same words twice are read twice.
  el.textContent = "";
  clearTimeout(Module.__fhAnnounceTimer);
  Module.__fhAnnounceTimer = setTimeout(function() { el.textContent = t; }, 60);
});

EM_JS(void, fh_set_document_language, (const char* code, int code_len), {
  document.documentElement.lang = UTF8ToString(code, code_len);
});

EM_JS(void, fh_publish_targets, (const char* json, int json_len), {
  window.__fastholdTargets = JSON.parse(UTF8ToString(json, json_len));
});

// The mirror itself lives in web/a11y.js (a --pre-js), where it can be read as JavaScript.
EM_JS(void, fh_mirror_tree, (const char* json, int json_len), {
  if (Module.fhMirror) Module.fhMirror.tree(UTF8ToString(json, json_len));
});

EM_JS(double, fh_page_scroll, (), { return window.scrollY || 0; });
EM_JS(void, fh_scroll_page_to, (double y), { if (Math.abs(window.scrollY - y) >= 0.5) window.scrollTo(0, y); });
// Back and Forward: the entry returned to waits in Module.__fhPopped for the next frame.
EM_JS(void, fh_history_listen, (), {
  if (Module.__fhHistory) return;
  Module.__fhHistory = true;
  window.addEventListener("popstate", function(e) {
    Module.__fhPopped = JSON.stringify(e.state === undefined ? null : e.state);
    if (Module._fh_page_action) Module._fh_page_action();
  });
});
EM_JS(void, fh_history_push, (const char* entry, int entry_len, int replace), {
  try {
    var state = JSON.parse(UTF8ToString(entry, entry_len));
    if (replace) history.replaceState(state, "", location.href);
    else history.pushState(state, "", location.href);
  } catch (e) {}
});
EM_JS(int, fh_history_pop_begin, (), {
  var p = Module.__fhPopped;
  Module.__fhPopped = undefined;
  if (p === undefined) return -1;
  Module.__fhPending = p;
  return lengthBytesUTF8(p);
});
EM_JS(int, fh_history_current_begin, (), {
  if (!history.state) return -1;
  Module.__fhPending = JSON.stringify(history.state);
  return lengthBytesUTF8(Module.__fhPending);
});
EM_JS(void, fh_set_document_title, (const char* title, int title_len), {
  document.title = UTF8ToString(title, title_len);
});
EM_JS(double, fh_root_font_px, (), {
  var px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return px > 0 ? px : 16;
});

EM_JS(int, fh_actions_begin, (), {
  var q = Module.fhMirror ? Module.fhMirror.takeActions() : [];
  if (!q.length) return -1;
  Module.__fhPending = JSON.stringify(q);
  return lengthBytesUTF8(Module.__fhPending);
});

EM_JS(int, fh_prefers_more_contrast, (), {
  try { return window.matchMedia("(prefers-contrast: more)").matches ? 1 : 0; } catch (e) { return 0; }
});

EM_JS(void, fh_fail, (const char* detail, int detail_len), {
  console.error("fasthold: " + UTF8ToString(detail, detail_len));
  var loading = document.getElementById("fasthold-loading");
  if (loading) loading.hidden = true;
  var failed = document.getElementById("fasthold-failed");
  if (failed) failed.hidden = false;
});

EM_JS(void, fh_open_file_picker, (double max_bytes), {
  var input = document.createElement("input");
  input.type = "file";
  input.accept = ".json,application/json";
  input.style.display = "none";
  input.addEventListener("change", function() {
    var file = input.files && input.files[0];
    input.remove();
    if (!file) return;
    function opened(v) {
      Module.__fhOpened = v;
      window.dispatchEvent(new Event("resize"));  // wakes the paused main loop
    }
    // A file too large is never read: reading it could take the page's memory and time.
    if (file.size > max_bytes) return opened({bytes: file.size});
    file.text().then(function(text) { opened({text: text, bytes: file.size}); },
                     function() { opened({bytes: file.size, failed: true}); });
  });
  document.body.appendChild(input);
  input.click();
});

// -1: nothing opened; -2: a file not read (fh_opened_bytes says its size); else the text's length.
EM_JS(int, fh_opened_begin, (), {
  var o = Module.__fhOpened;
  if (!o) return -1;
  Module.__fhOpened = null;
  Module.__fhOpenedBytes = o.bytes;
  if (typeof o.text !== "string") return -2;
  Module.__fhPending = o.text;
  return lengthBytesUTF8(o.text);
});

EM_JS(double, fh_opened_bytes, (), { return Module.__fhOpenedBytes || 0; });

EM_JS(void, fh_save_offline_copy, (), {
  function save(blob) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = "fasthold.html";
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  }
  var inline = document.querySelector("script:not([src])");
  if (inline) {
    // This page is the offline copy: write out its program and shell, without what the
    // running page added (canvas size, announcements).
    var doc = document.documentElement.cloneNode(true);
    var canvas = doc.querySelector("#canvas");
    if (canvas) { canvas.removeAttribute("width"); canvas.removeAttribute("height"); canvas.removeAttribute("style"); }
    var mirror = doc.querySelector("#fasthold-page");
    if (mirror) mirror.textContent = "";  // the running page's elements: a11y.js makes them anew
    var live = doc.querySelector("#fasthold-announcer");
    if (live) live.textContent = "";
    var loading = doc.querySelector("#fasthold-loading");
    if (loading) loading.hidden = false;
    save(new Blob(["<!doctype html>\n" + doc.outerHTML], {type: "text/html"}));
    return;
  }
  fetch("fasthold.html").then(function(r) { return r.blob(); }).then(save).catch(function() {});
});

EM_JS(int, fh_address_begin, (), {
  Module.__fhPending = String(window.location.href).split("#")[0].split("?")[0];
  return lengthBytesUTF8(Module.__fhPending);
});

EM_JS(int, fh_today, (), {
  var d = new Date();
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
});

EM_JS(void, fh_frame_drawn, (double count), {
  if (!window.__fastholdFirstFrame) {
    window.__fastholdFirstFrame = performance.now();
    var loading = document.getElementById("fasthold-loading");
    if (loading) loading.hidden = true;
  }
  window.__fastholdFrames = count;
});
EM_JS(void, fh_startup_mark, (const char* step), {
  window.__fastholdStartup = window.__fastholdStartup || {};
  window.__fastholdStartup[UTF8ToString(step)] = performance.now();
});
EM_JS(void, fh_note_figure, (const char* name, double value), {
  var all = window.__fastholdFigures = window.__fastholdFigures || {};
  var list = all[UTF8ToString(name)] = all[UTF8ToString(name)] || [];
  list.push(value);
  if (list.length > 200) list.shift();
});
// clang-format on

namespace fasthold::platform {

namespace {
std::string take_pending(int len) {
  if (len < 0) return {};
  std::vector<char> buf(static_cast<size_t>(len) + 1);
  fh_storage_get_end(buf.data(), static_cast<int>(buf.size()));
  return std::string(buf.data(), static_cast<size_t>(len));
}
}  // namespace

std::optional<std::string> storage_get(std::string_view key) {
  int len = fh_storage_get_begin(key.data(), static_cast<int>(key.size()));
  if (len < 0) return std::nullopt;
  return take_pending(len);
}

StorageWrite storage_write(std::string_view key, std::string_view value) {
  int r = fh_storage_set(key.data(), static_cast<int>(key.size()), value.data(), static_cast<int>(value.size()));
  return r == 1 ? StorageWrite::ok : r == 2 ? StorageWrite::full : StorageWrite::unavailable;
}

bool storage_set(std::string_view key, std::string_view value) { return storage_write(key, value) == StorageWrite::ok; }

void storage_remove(std::string_view key) { fh_storage_remove(key.data(), static_cast<int>(key.size())); }

void download(std::string_view filename, std::string_view mime, std::string_view bytes) {
  fh_download(filename.data(), static_cast<int>(filename.size()), mime.data(), static_cast<int>(mime.size()),
              bytes.data(), static_cast<int>(bytes.size()));
}

void copy_text(std::string_view text) { fh_copy_text(text.data(), static_cast<int>(text.size())); }

bool open_printable_html(std::string_view html) {
  return fh_open_printable_html(html.data(), static_cast<int>(html.size())) != 0;
}

std::string url_fragment() { return take_pending(fh_fragment_begin()); }

void announce(std::string_view text) { fh_announce(text.data(), static_cast<int>(text.size())); }

void set_document_language(std::string_view code) {
  fh_set_document_language(code.data(), static_cast<int>(code.size()));
}

void publish_targets(std::string_view json) { fh_publish_targets(json.data(), static_cast<int>(json.size())); }

void mirror_tree(std::string_view json) { fh_mirror_tree(json.data(), static_cast<int>(json.size())); }

float page_scroll() { return static_cast<float>(fh_page_scroll()); }
void scroll_page_to(float css_y) { fh_scroll_page_to(css_y); }
float root_font_px() { return static_cast<float>(fh_root_font_px()); }

void history_push(std::string_view entry, bool replace) {
  fh_history_listen();
  fh_history_push(entry.data(), static_cast<int>(entry.size()), replace ? 1 : 0);
}
std::optional<std::string> take_history_pop() {
  int len = fh_history_pop_begin();
  if (len < 0) return std::nullopt;
  return take_pending(len);
}
std::optional<std::string> history_current() {
  fh_history_listen();
  int len = fh_history_current_begin();
  if (len < 0) return std::nullopt;
  return take_pending(len);
}
void set_document_title(std::string_view title) { fh_set_document_title(title.data(), static_cast<int>(title.size())); }

std::vector<PageAction> take_page_actions() {
  int len = fh_actions_begin();
  if (len < 0) return {};
  std::vector<PageAction> out;
  try {
    for (const auto& a : nlohmann::json::parse(take_pending(len)))
      out.push_back({a.at(0).get<std::string>(), a.at(1).get<std::string>(), a.at(2).get<std::string>()});
  } catch (const std::exception&) {
    // Only web/a11y.js writes these; a malformed one is dropped, never fatal.
  }
  return out;
}

bool prefers_more_contrast() { return fh_prefers_more_contrast() != 0; }

void fail(std::string_view detail) { fh_fail(detail.data(), static_cast<int>(detail.size())); }

void open_file_picker(size_t max_bytes) { fh_open_file_picker(static_cast<double>(max_bytes)); }

std::optional<OpenedFile> take_opened_file() {
  int len = fh_opened_begin();
  if (len == -1) return std::nullopt;
  if (len < 0) return OpenedFile{std::nullopt, fh_opened_bytes()};
  std::string text = take_pending(len);
  return OpenedFile{std::move(text), fh_opened_bytes()};
}

void save_offline_copy() { fh_save_offline_copy(); }

std::string page_address() { return take_pending(fh_address_begin()); }

std::string today_iso() {
  int v = fh_today();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", v / 10000, (v / 100) % 100, v % 100);
  return buf;
}

void frame_drawn() {
  static double frames = 0;
  frames += 1;
  fh_frame_drawn(frames);
}

void startup_mark(const char* step) { fh_startup_mark(step); }

void note_figure(const char* name, double value) { fh_note_figure(name, value); }

}  // namespace fasthold::platform
