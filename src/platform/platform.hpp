// Browser glue: the few things the page needs from its host, behind plain functions.
// platform_web.cpp implements them with EM_JS; platform_native.cpp is an in-memory
// stand-in (see platform_native.hpp) so the UI logic that calls them can be tested natively.
//
// Nothing here talks to a network. Storage is this browser's localStorage only.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fasthold::platform {

// localStorage. get returns nullopt when the key is absent or storage is unavailable
// (private mode, disabled, sandboxed); set returns false when the value was not stored
// (unavailable or over quota). All strings are UTF-8.
std::optional<std::string> storage_get(std::string_view key);
bool storage_set(std::string_view key, std::string_view value);
// The same write, saying why it failed: over quota (full) or no storage at all.
enum class StorageWrite { ok, full, unavailable };
StorageWrite storage_write(std::string_view key, std::string_view value);
void storage_remove(std::string_view key);

// Offers bytes as a file download (a Blob clicked through an <a download>).
void download(std::string_view filename, std::string_view mime, std::string_view bytes);

// Puts text on the system clipboard. Call it while handling a click or key press:
// browsers only allow it shortly after user input.
void copy_text(std::string_view text);

// Opens a complete HTML document in a new tab from a blob: URL, for reading or printing.
// Returns false when the browser blocked the new tab. The page's CSP applies to it:
// inline <style> works, scripts do not.
bool open_printable_html(std::string_view html);

// The URL fragment without its '#' (empty when there is none), exactly as typed in the
// address bar (percent-escapes kept). The query string is never read: it reaches servers.
std::string url_fragment();

// Reads text to screen-reader users through the page's off-screen aria-live region.
// Repeating the same text announces it again.
void announce(std::string_view text);

// Sets <html lang> to "da" or "en", so screen readers pronounce the page's language.
void set_document_language(std::string_view code);

// Publishes where the named buttons are, as JSON {id: {x, y, w, h}} in CSS pixels, in
// window.__fastholdTargets: browser tests click them there.
void publish_targets(std::string_view json);

// The accessible page: the UI's tree (ui/semantics.hpp, as JSON) becomes real DOM elements
// over the canvas (web/a11y.js); call it only when the tree changed. They lie in the page as
// it scrolls, so scrolling needs no new tree.
void mirror_tree(std::string_view json);
// The browser scrolls the page (web/index.html): how far it is scrolled now, in CSS px, and a
// scroll to a place (a new screen starts at its top).
float page_scroll();
void scroll_page_to(float css_y);
// The root element's font size in CSS px (16 unless the reader set a larger text size).
float root_font_px();
// The browser's history (ui/page_history.hpp): a new entry for where the page is now (or the
// current one replaced), the entry Back or Forward returned to since the last call, and the
// entry the page was loaded with (a reload keeps it). The address is never changed.
void history_push(std::string_view entry, bool replace);
std::optional<std::string> take_history_pop();
std::optional<std::string> history_current();
// The tab's title (document.title): where the page is ("Fejl: …" first when a form has errors).
void set_document_title(std::string_view title);
// What the user did to those elements since the last call, in order: "activate", "set_value"
// (with the text), "focus", "blur", each naming the element's id.
struct PageAction {
  std::string kind, id, value;
};
std::vector<PageAction> take_page_actions();
// Whether the user asks the system for more contrast (prefers-contrast: more).
bool prefers_more_contrast();

// The page cannot run (no WebGL 2, the knowledge base does not load): shows the page's
// own failure notice (its words are in web/index.html) and logs `detail` to the console.
void fail(std::string_view detail);

// Lets the user choose a file (<input type=file>); it arrives later through
// take_opened_file, and the page is woken to pick it up. Call it while handling a click.
// A file larger than max_bytes is not read at all: only its size arrives.
void open_file_picker(size_t max_bytes);
struct OpenedFile {
  std::optional<std::string> text;  // nullopt: larger than max_bytes, not read
  double bytes = 0;
};
// The file the user chose, once (nullopt until then).
std::optional<OpenedFile> take_opened_file();

// Downloads the offline copy (fasthold.html, everything inlined): from the server next to
// this page, or, when this page is itself the offline copy, this page as it was loaded.
void save_offline_copy();

// This page's address without fragment or query (origin and path, or the file:// path).
std::string page_address();

// Today's date on this device, "YYYY-MM-DD" in local time.
std::string today_iso();

// Call once per rendered frame, after it is drawn. The first call sets
// window.__fastholdFirstFrame = performance.now(); every call sets
// window.__fastholdFrames to the number of frames drawn so far.
void frame_drawn();

// Notes a measurement for bench/run: window.__fastholdFigures[name] gets `value` appended
// (kept to the last 200). Nothing leaves the page.
void note_figure(const char* name, double value);

// Notes how far start-up has come: window.__fastholdStartup[step] = performance.now(), so
// bench/run can say where the time to the first frame goes. Nothing leaves the page.
void startup_mark(const char* step);

}  // namespace fasthold::platform
