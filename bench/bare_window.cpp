// The benchmark's yardstick (issue 9): the smallest Dear ImGui page we could ship, with the
// same backends (GLFW + OpenGL3 over WebGL2), flags and single-file packing as Fasthold, so
// bench/run can compare sizes and start-up against it. One window with a text, drawn every
// frame. Built only for bench/run (bench/bench_web.cmake, EXCLUDE_FROM_ALL).
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

// clang-format off
EM_JS(void, bare_frame_drawn, (double count), {
  if (!window.__fastholdFirstFrame) window.__fastholdFirstFrame = performance.now();
  window.__fastholdFrames = count;
});
// The start-up steps bench/page_bench.mjs compares with Fasthold's (platform::startup_mark).
EM_JS(void, bare_mark, (const char* step), {
  window.__fastholdStartup = window.__fastholdStartup || {};
  window.__fastholdStartup[UTF8ToString(step)] = performance.now();
});
// bench/page_bench.mjs's click_to_paint: where the button is, and the press count a frame
// shows (the first frame that shows a new count notes the time since the mouse came up).
EM_JS(void, bare_button_at, (float x, float y, float w, float h), {
  window.__bareButton = {x: x, y: y, w: w, h: h};
});
EM_JS(void, bare_shown, (int count), {
  if (window.__bareShownCount === count) return;
  window.__bareShownCount = count;
  if (window.__c2pStart) {
    (window.__c2p = window.__c2p || []).push(performance.now() - window.__c2pStart);
    window.__c2pStart = 0;
  }
});
// clang-format on

namespace {
GLFWwindow* window = nullptr;
double frames = 0;
int presses = 0;

void frame() {
  int w = 0, h = 0;
  glfwGetFramebufferSize(window, &w, &h);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Bare");
  ImGui::TextUnformatted("Hello from a bare Dear ImGui window.");
  ImGui::Text("Pressed %d times", presses);  // above the button: a press shows in the next frame
  bare_shown(presses);
  if (ImGui::Button("Press me")) ++presses;
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  bare_button_at(a.x / dpr, a.y / dpr, (b.x - a.x) / dpr, (b.y - a.y) / dpr);
  ImGui::End();
  ImGui::Render();
  glViewport(0, 0, w, h);
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  bare_frame_drawn(++frames);
}
}  // namespace

int main() {
  bare_mark("main");
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  window = glfwCreateWindow(1280, 800, "Bare", nullptr, nullptr);
  if (!window) return 1;
  glfwMakeContextCurrent(window);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  bare_mark("webgl");  // its font atlas is built in the first frame
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
