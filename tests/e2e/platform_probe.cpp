// A page that calls src/platform/platform_web.cpp directly, so tests/e2e can check the
// browser glue the UI does not use yet (downloads, clipboard, printing). Built beside the
// page (build/web/probe/), never shipped. Its index.html is the real one with this script.
#include <emscripten.h>

#include <string>

#include "platform/platform.hpp"

using namespace fasthold;

extern "C" {

EMSCRIPTEN_KEEPALIVE int probe_storage_set(const char* key, const char* value) {
  return platform::storage_set(key, value) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int probe_storage_has(const char* key) { return platform::storage_get(key) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE const char* probe_storage_get(const char* key) {
  static std::string value;
  value = platform::storage_get(key).value_or("");
  return value.c_str();
}
EMSCRIPTEN_KEEPALIVE void probe_storage_remove(const char* key) { platform::storage_remove(key); }

// Every byte value once, NUL included: downloads carry bytes, not C strings.
EMSCRIPTEN_KEEPALIVE void probe_download_bytes(const char* filename) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  platform::download(filename, "application/octet-stream", bytes);
}
EMSCRIPTEN_KEEPALIVE void probe_download_text(const char* filename, const char* text) {
  platform::download(filename, "text/plain;charset=utf-8", text);
}
EMSCRIPTEN_KEEPALIVE void probe_copy(const char* text) { platform::copy_text(text); }
EMSCRIPTEN_KEEPALIVE int probe_print(const char* html) { return platform::open_printable_html(html) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE const char* probe_fragment() {
  static std::string fragment;
  fragment = platform::url_fragment();
  return fragment.c_str();
}
EMSCRIPTEN_KEEPALIVE void probe_announce(const char* text) { platform::announce(text); }
EMSCRIPTEN_KEEPALIVE void probe_language(const char* code) { platform::set_document_language(code); }
EMSCRIPTEN_KEEPALIVE void probe_targets(const char* json) { platform::publish_targets(json); }
EMSCRIPTEN_KEEPALIVE void probe_fail(const char* detail) { platform::fail(detail); }
EMSCRIPTEN_KEEPALIVE void probe_frame() { platform::frame_drawn(); }

}  // extern "C"

int main() {
  EM_ASM({ window.__probeReady = true; });
  return 0;
}
