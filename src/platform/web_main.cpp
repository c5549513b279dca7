// The page's entry point: Dear ImGui over GLFW and WebGL2, drawn only when something
// changes. Input, a resize, focus or visibility wakes the loop; it draws a few frames (ImGui
// settles hover and layout over two or three) and then pauses the browser's main loop,
// so an idle page draws nothing and costs nothing.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "engine/kb_snapshot.hpp"
#include "engine/knowledge.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace {

using namespace fasthold;

// Frames to draw after an event: the event's frame, then ImGui's follow-ups.
constexpr int frames_after_event = 3;

struct Page {
  GLFWwindow* window = nullptr;
  int width = 0, height = 0;  // the canvas's backing store, device pixels
  float scale = 0;            // the device pixel ratio the theme was built for
  float text_scale = 0;       // the root font size / 16 it was built for (the reader's text size)
  bool read_text_size = true; // a resize may come with a new text size: read it in the next frame
  ui::Theme theme;
  std::vector<unsigned short> heading_glyphs;  // ui::heading_glyph_ranges of the knowledge base
  std::unique_ptr<ui::App> app;
  int frames_owed = frames_after_event;
  bool paused = false;
  // ImGui 1.86 reads keys as up/down states once a frame: two presses between two frames
  // (quick typing, a test's keyboard.press) would count as one, and Tab then Enter could
  // land in the same frame. Key and character events wait here and reach ImGui in order,
  // at most one key press a frame (see feed_input).
  struct Input {
    int key;       // a GLFW key, or 0 for a character
    int action;    // GLFW_PRESS / GLFW_REPEAT / GLFW_RELEASE
    unsigned chr;  // the character when key == 0
  };
  std::vector<Input> input;
  // Mouse buttons wait for the frame too (see frame()), and whether the pointer moved since
  // ImGui last looked.
  struct MouseEvent {
    int button, action, mods;
  };
  std::vector<MouseEvent> mouse;
  bool cursor_moved = false;
} page;

void wake(int frames = frames_after_event) {
  page.frames_owed = std::max(page.frames_owed, frames);
  if (page.paused) {
    page.paused = false;
    emscripten_resume_main_loop();
  }
}

// The canvas fills the window (CSS); its backing store is that size times the device
// pixel ratio, so text is sharp on every screen. Returns true when anything changed.
struct CanvasSize {
  int width, height;
  float dpr;
};
CanvasSize wanted_canvas_size() {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (!(dpr > 0)) dpr = 1;
  return {std::max(1, static_cast<int>(std::lround(css_w * dpr))), std::max(1, static_cast<int>(std::lround(css_h * dpr))),
          dpr};
}

bool sync_canvas() {
  auto [w, h, dpr] = wanted_canvas_size();
  float text_scale = page.text_scale;
  if (page.read_text_size) {
    page.read_text_size = false;
    text_scale = std::clamp(platform::root_font_px() / 16.0f, 0.75f, 4.0f);
  }
  bool changed = false;
  if (w != page.width || h != page.height) {
    emscripten_set_canvas_element_size("#canvas", w, h);
    page.width = w;
    page.height = h;
    changed = true;
  }
  if (dpr != page.scale || text_scale != page.text_scale) {
    bool first = page.scale == 0;
    page.scale = dpr;
    page.text_scale = text_scale;
    page.theme = ui::make_theme(dpr, page.heading_glyphs.data(), text_scale);
    if (first) {
      // Shaders, buffers and the font texture. Left to the first NewFrame, ImGui's backend
      // would make them there and upload the font texture a second time.
      ImGui_ImplOpenGL3_CreateDeviceObjects();
    } else {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    changed = true;
  }
  return changed;
}

// GLFW callbacks: hand each event to ImGui's backend, and wake the loop.
void on_cursor_pos(GLFWwindow*, double, double) {
  page.cursor_moved = true;
  wake();
}
void on_cursor_enter(GLFWwindow* w, int entered) {
  ImGui_ImplGlfw_CursorEnterCallback(w, entered);
  wake();
}
void on_mouse_button(GLFWwindow*, int button, int action, int mods) {
  page.mouse.push_back({button, action, mods});
  wake();
}
void on_scroll(GLFWwindow* w, double dx, double dy) {
  // Emscripten's GLFW passes the DOM wheel deltas (pixels, down positive); GLFW means
  // notches, up positive. About 100 pixels a notch.
  ImGui_ImplGlfw_ScrollCallback(w, -dx / 100.0, -dy / 100.0);
  wake();
}
void on_key(GLFWwindow*, int key, int, int action, int) {
  page.input.push_back({key, action, 0});
  wake();
}
void on_char(GLFWwindow*, unsigned int c) {
  page.input.push_back({0, 0, c});
  wake();
}

// Hands queued key and character events to ImGui in order, as much as one frame can show:
// each key changes state at most once, and the first key press ends the frame's share (so
// ImGui sees Tab, then Enter, in two frames). The rest wait for the next frame.
void feed_input() {
  std::vector<int> changed;
  size_t n = 0;
  for (; n < page.input.size(); ++n) {
    const Page::Input& e = page.input[n];
    if (e.key == 0) {
      ImGui_ImplGlfw_CharCallback(page.window, e.chr);
      continue;
    }
    if (std::find(changed.begin(), changed.end(), e.key) != changed.end()) break;
    changed.push_back(e.key);
    ImGui_ImplGlfw_KeyCallback(page.window, e.key, 0, e.action, 0);
    if (e.action != GLFW_RELEASE) {
      ++n;
      break;
    }
  }
  page.input.erase(page.input.begin(), page.input.begin() + static_cast<std::ptrdiff_t>(n));
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  page.read_text_size = true;
  wake();
  return EM_FALSE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
  ImGui_ImplGlfw_WindowFocusCallback(page.window, type == EMSCRIPTEN_EVENT_FOCUS ? 1 : 0);
  wake();
  return EM_FALSE;
}
EM_BOOL on_visibility(int, const EmscriptenVisibilityChangeEvent*, void*) {
  wake();
  return EM_FALSE;
}

void frame() {
  if (sync_canvas()) wake();
  if (page.frames_owed <= 0) {
    // Nothing changed: stop until an event resumes the loop.
    page.paused = true;
    emscripten_pause_main_loop();
    return;
  }
  --page.frames_owed;

  feed_input();
  ImGui_ImplOpenGL3_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  // One pass of ImGui and the app. Only the last pass of a frame is painted and mirrored.
  auto pass = [&](bool last) {
    ImGui_ImplGlfw_NewFrame();
    // The backend reads GLFW's window size, which we leave alone (emscripten's
    // glfwSetWindowSize goes fullscreen when the size equals the screen's).
    io.DisplaySize = ImVec2(static_cast<float>(page.width), static_cast<float>(page.height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();
    bool changed = page.app->frame(page.theme, last);
    ImGui::Render();
    page.cursor_moved = false;
    return changed;
  };
  bool changed = false;
  if (!page.mouse.empty()) {
    // A tap sends move, press and release at once. ImGui reads the pointer once a pass and
    // presses only what it saw hovered: a pass with the pointer where it is, one with the
    // press, and the release in the pass below, all in this frame and painted once.
    if (page.cursor_moved) changed |= pass(false);
    for (const Page::MouseEvent& e : page.mouse) {
      ImGui_ImplGlfw_MouseButtonCallback(page.window, e.button, e.action, e.mods);
      if (e.action == GLFW_PRESS) changed |= pass(false);
    }
    page.mouse.clear();
  }
  changed |= pass(!changed);
  if (changed) {
    // The click changed the screen: the pass that handled it drew the old one; draw the new
    // one now, in the same animation frame, and paint only that (one paint per click).
    changed = pass(true);
  }

  glViewport(0, 0, page.width, page.height);
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  platform::frame_drawn();

  if (changed) wake();
  if (!page.input.empty()) page.frames_owed = std::max(page.frames_owed, 1);
  // Keep drawing while a button is held (dragging the scrollbar, pressing a button).
  for (bool down : io.MouseDown)
    if (down) page.frames_owed = std::max(page.frames_owed, 1);
}

}  // namespace

// The page's accessible elements (web/a11y.js) call this after queuing an action: draw.
extern "C" EMSCRIPTEN_KEEPALIVE void fh_page_action() { wake(); }
// The browser scrolled the page (a11y.js listens): draw what it shows now, one frame.
extern "C" EMSCRIPTEN_KEEPALIVE void fh_page_scrolled() { wake(1); }

#ifdef FASTHOLD_TEST_HOOKS
// Only in the tested build (preset web), never in web-release: tests/e2e/hostile.mjs forces
// the failure screen with it.
extern "C" EMSCRIPTEN_KEEPALIVE void fh_test_fail_next_frame() {
  if (page.app) page.app->fail_next_frame();
  wake();
}
#endif

int main() {
  platform::startup_mark("main");
  // The build validated data/ and wrote this snapshot of it: no JSON to parse here.
  static KnowledgeBase kb;
  try {
    kb = read_kb_snapshot(embedded_kb_snapshot());
  } catch (const std::exception& e) {
    platform::fail(std::string("the knowledge base does not load: ") + e.what());
    return 1;
  }
  platform::startup_mark("knowledge_base");
  // The page shows the rules in force today: every dated rule resolved for this date.
  Date today = parse_iso_date(platform::today_iso()).value_or(Date{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}});
  const KnowledgeBase& today_kb = rules_on(kb, today);
  page.heading_glyphs = ui::heading_glyph_ranges(today_kb);

  if (!glfwInit()) {
    platform::fail("glfwInit failed");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // Created at its final size: resizing a fresh WebGL canvas reallocates its buffers, which
  // cost the first frame about 60 ms (bench/run, startup_fonts_ms).
  CanvasSize size = wanted_canvas_size();
  page.window = glfwCreateWindow(size.width, size.height, "Fasthold", nullptr, nullptr);
  page.width = size.width;
  page.height = size.height;
  if (!page.window) {
    platform::fail("WebGL 2 is not available");
    return 1;
  }
  glfwMakeContextCurrent(page.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // ImGui stores nothing: the app keeps its own state
  io.LogFilename = nullptr;
  // The keyboard belongs to the page's real elements (web/a11y.js): Tab, Enter, Space and
  // typing happen there, and pre.js keeps key events from GLFW.
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle

  // Our callbacks forward to ImGui's: install_callbacks = false.
  ImGui_ImplGlfw_InitForOpenGL(page.window, false);
  glfwSetCursorPosCallback(page.window, on_cursor_pos);
  glfwSetCursorEnterCallback(page.window, on_cursor_enter);
  glfwSetMouseButtonCallback(page.window, on_mouse_button);
  glfwSetScrollCallback(page.window, on_scroll);
  glfwSetKeyCallback(page.window, on_key);
  glfwSetCharCallback(page.window, on_char);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_resize);
  emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_focus);
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_focus);
  emscripten_set_visibilitychange_callback(nullptr, false, on_visibility);

  platform::startup_mark("webgl");
  sync_canvas();
  platform::startup_mark("fonts");
  page.app = std::make_unique<ui::App>(today_kb);
  platform::startup_mark("app");
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
