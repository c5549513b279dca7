// A text in both of the product's languages. Every user-facing string lives in data/.
#pragma once
#include <string>

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

// Fills each "%s" of a data text in turn (never printf: the values may be anything a user typed).
inline std::string fill(const std::string& pattern, std::initializer_list<std::string> args) {
  std::string out;
  auto arg = args.begin();
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's' && arg != args.end()) {
      out += *arg++;
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

// Fills the first "%d" of a data text with a number.
inline std::string fill_number(const std::string& pattern, long long n) {
  std::string out = pattern;
  size_t at = out.find("%d");
  if (at != std::string::npos) out.replace(at, 2, std::to_string(n));
  return out;
}

}  // namespace fasthold
