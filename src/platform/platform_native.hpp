// The in-memory stand-in for platform.hpp, for native builds and unit tests: storage is a
// map, and downloads, clipboard, printable pages and announcements are recorded here.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/platform.hpp"

namespace fasthold::platform::native {

struct Download {
  std::string filename, mime, bytes;
};

struct State {
  std::map<std::string, std::string> storage;
  bool storage_available = true;   // false: behave like a browser with storage disabled
  size_t storage_quota = size_t(-1);  // bytes of keys and values together; a write past it is "full"
  std::vector<Download> downloads;
  std::vector<std::string> clipboard;      // every copy_text, oldest first
  std::vector<std::string> printed;        // every open_printable_html document
  bool popups_blocked = false;             // false: open_printable_html succeeds
  std::string fragment;                    // what url_fragment returns
  std::vector<std::string> announcements;  // every announce, oldest first
  std::string document_language = "da";    // set_document_language
  std::string targets;                     // the last publish_targets JSON
  std::string tree;                        // the last mirror_tree JSON
  int trees = 0;                           // mirror_tree calls
  std::vector<std::string> focus_requests; // every tree's "focus", oldest first
  float scroll = 0;                        // page_scroll, as the browser would have it
  float root_font_px = 16;                 // root_font_px
  std::vector<std::string> history;        // the history's entries, oldest first (history_push)
  std::optional<std::string> popped;       // what take_history_pop gives next
  std::string title;                       // set_document_title
  std::vector<PageAction> actions;         // what take_page_actions returns next
  bool more_contrast = false;              // prefers_more_contrast
  std::map<std::string, std::vector<double>> figures;  // note_figure
  std::vector<std::string> failures;       // every fail(detail)
  long frames = 0;                         // frame_drawn calls
  std::string today = "2026-11-23";        // what today_iso returns
  std::optional<std::string> opened_file;  // the file take_opened_file gives next
  int file_pickers = 0;                    // open_file_picker calls
  size_t picker_max_bytes = SIZE_MAX;      // the last open_file_picker's limit
};

// The stand-in's state: inspect it, or set it up before a test.
State& state();
// Back to an empty state (call at the start of each test).
void reset();

}  // namespace fasthold::platform::native
