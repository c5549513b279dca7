// What a frame hands the renderer. WebGL has no base vertex, so ImGui's draw commands cannot
// move their first vertex (RendererHasVtxOffset is off): every vertex of a draw list must be
// reachable by its indices. With 16-bit indices a list past 65,536 vertices wraps, and the
// triangles take the wrong vertices: rows drawn only in part (issue 25, on an iPhone).
#include <catch2/catch.hpp>

#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::test;

namespace {

// The most vertices one draw command may have to address, and the largest one did.
struct Reach {
  double limit = double(1ull << (8 * sizeof(ImDrawIdx)));
  int most = 0;
};

Reach reach_of(const ImDrawData* data) {
  Reach r;
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    for (int c = 0; c < list->CmdBuffer.Size; ++c) {
      unsigned from = list->CmdBuffer[c].VtxOffset;
      unsigned to = c + 1 < list->CmdBuffer.Size ? list->CmdBuffer[c + 1].VtxOffset : unsigned(list->VtxBuffer.Size);
      if (to > from) r.most = std::max(r.most, int(to - from));
    }
  }
  return r;
}

}  // namespace

TEST_CASE("a very long text in the record's form: every vertex stays reachable by its indices", "[ui][draw]") {
  Page p(390, 664);  // an iPhone 12's page
  p.type("nickname", "MK");
  p.activate("start_new_case");
  p.activate("nav_record");
  p.activate("add_agreement");
  // A manager's long account, many lines and a long line: tens of thousands of glyphs.
  std::string effect;
  for (int i = 0; i < 400; ++i) effect += "Færre tunge løft, kortere vagter og en pause hver anden time, linje " + std::to_string(i) + "\n";
  effect += std::string(4000, 'x');
  p.type("adapted_text", effect);
  p.type("expected_effect", effect);
  for (float scroll : {0.0f, 400.0f, 900.0f, 1600.0f, -1.0f}) {
    if (scroll < 0) platform::native::state().actions.push_back({"focus", "expected_effect", ""});  // typing in it
    else platform::native::state().scroll = scroll;
    p.frames();
    Reach r = reach_of(ImGui::GetDrawData());
    INFO("scrolled to " << scroll << ": a draw command addresses " << r.most << " vertices");
    CHECK(r.most <= r.limit);
  }
}
