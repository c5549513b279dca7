// The UI font faces, DejaVu Sans subset at build time (cmake/web_app.cmake) and compiled in.
#pragma once
#include <vector>

namespace fasthold {
struct KnowledgeBase;
}

namespace fasthold::ui {

extern const unsigned char font_regular[];
extern const unsigned font_regular_size;
extern const unsigned char font_bold[];
extern const unsigned font_bold_size;

// The code points the subset keeps (pairs, zero-terminated): keep in step with
// FONT_SUBSET_RANGES in cmake/web_app.cmake.
inline constexpr unsigned short font_glyph_ranges[] = {
    0x0020, 0x007E,  // ASCII
    0x00A0, 0x00FF,  // Latin-1: æ ø å é § « » ½ …
    0x2013, 0x2014,  // – —
    0x2018, 0x201E,  // ‘ ’ ‚ “ ” „
    0x2022, 0x2022,  // •
    0x2026, 0x2026,  // …
    0x20AC, 0x20AC,  // €
    0x2190, 0x2193,  // ← ↑ → ↓
    0x25B6, 0x25B6,  // ▶
    0x25BC, 0x25BC,  // ▼
    0x25CB, 0x25CB,  // ○
    0x25CF, 0x25CF,  // ●
    0x2713, 0x2713,  // ✓
    0x2717, 0x2717,  // ✗
    0,
};

// The glyphs the 30 px heading face needs (pairs, zero-terminated): headings only ever show
// knowledge-base texts (screen titles, questions), so that face, the largest in the atlas,
// is built for ASCII and the other characters those texts use, not all of font_glyph_ranges.
std::vector<unsigned short> heading_glyph_ranges(const KnowledgeBase& kb);

}  // namespace fasthold::ui
