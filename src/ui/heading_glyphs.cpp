#include <algorithm>
#include <string>
#include <vector>

#include "engine/knowledge.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/fonts.hpp"

namespace fasthold::ui {

namespace {
// The text's characters beyond ASCII (ASCII is always in the face). Runs at start-up over
// every title and question: ASCII bytes are skipped without decoding.
void add_code_points(std::vector<unsigned short>& out, const std::string& s) {
  const char* p = s.c_str();
  const char* end = p + s.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) {
      ++p;
      continue;
    }
    unsigned c = 0;
    p += ImTextCharFromUtf8(&c, p, end);
    if (c <= 0xFFFF) out.push_back(static_cast<unsigned short>(c));  // ImGui's ranges are 16-bit
  }
}
}  // namespace

std::vector<unsigned short> heading_glyph_ranges(const KnowledgeBase& kb) {
  std::vector<unsigned short> used = {0x2026};  // the ellipsis ImGui draws where a text is cut
  for (const auto& [key, text] : kb.ui) {
    add_code_points(used, text.da);
    add_code_points(used, text.en);
  }
  for (const Fact& f : kb.facts) {
    add_code_points(used, f.question.da);
    add_code_points(used, f.question.en);
  }
  for (const FlowNode& n : kb.flow_nodes) {
    add_code_points(used, n.title.da);
    add_code_points(used, n.title.en);
  }
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());
  std::vector<unsigned short> ranges = {0x0020, 0x007E};
  for (unsigned short c : used) {
    if (ranges.back() + 1u == c) ranges.back() = c;
    else ranges.insert(ranges.end(), {c, c});
  }
  ranges.push_back(0);
  return ranges;
}

}  // namespace fasthold::ui
