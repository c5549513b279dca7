// A text in both of the product's languages. Every user-facing string lives in data/.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

namespace fasthold {

enum class Lang { da, en };

struct Text {
  std::string da;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::en ? en : da; }
  bool operator==(const Text&) const = default;
};

inline const char* lang_code(Lang lang) { return lang == Lang::en ? "en" : "da"; }

}  // namespace fasthold

namespace fasthold {

// The one placeholder syntax of a data text the code fills: {1}, {2}, … take the values in
// order (never printf: the values may be anything a user typed). A {n} without its value stays
// as written, so a missing argument shows instead of vanishing. (Documents name their fields,
// {nickname}; the knowledge base's own values are {t:id} and {w:id}: see data/README.md.)
template <class Args>
std::string fill_args(const std::string& pattern, const Args& args) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '1' &&
        pattern[i + 1] <= '9') {
      size_t n = static_cast<size_t>(pattern[i + 1] - '1');
      if (n < args.size()) {
        out += *(args.begin() + static_cast<std::ptrdiff_t>(n));
        i += 2;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

inline std::string fill(const std::string& pattern, std::initializer_list<std::string> args) { return fill_args(pattern, args); }
inline std::string fill(const std::string& pattern, const std::vector<std::string>& args) { return fill_args(pattern, args); }

}  // namespace fasthold
