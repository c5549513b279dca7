// A text in both of the product's languages. Every user-facing string lives in data/.
#pragma once
#include <string>

namespace fasthold {

enum class Lang { da, en };

struct Text {
  std::string da;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::en ? en : da; }
};

inline const char* lang_code(Lang lang) { return lang == Lang::en ? "en" : "da"; }

}  // namespace fasthold
