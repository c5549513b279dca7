#include <string>
#include <vector>

#include "engine/knowledge.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/fonts.hpp"

namespace fasthold::ui {

namespace {
// One flag per 16-bit code point (ImGui's glyph ranges are 16-bit).
using Used = std::vector<bool>;

void add_code_points(Used& used, const std::string& s) {
  const char* p = s.c_str();
  const char* end = p + s.size();
  while (p < end) {
    unsigned c = 0;
    p += ImTextCharFromUtf8(&c, p, end);
    if (c >= 0x80 && c <= 0xFFFF) used[c] = true;
  }
}
}  // namespace

std::vector<unsigned short> heading_glyph_ranges(const KnowledgeBase& kb) {
  Used used(0x10000);
  used[0x2026] = true;  // the ellipsis ImGui draws where a text is cut
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
  std::vector<unsigned short> ranges = {0x0020, 0x007E};
  for (unsigned c = 0x80; c <= 0xFFFF; ++c) {
    if (!used[c]) continue;
    if (ranges.back() + 1u == c) ranges.back() = static_cast<unsigned short>(c);
    else ranges.insert(ranges.end(), {static_cast<unsigned short>(c), static_cast<unsigned short>(c)});
  }
  ranges.push_back(0);
  return ranges;
}

}  // namespace fasthold::ui
