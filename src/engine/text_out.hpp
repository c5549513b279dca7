// Text built by appending, with a stream's look (o << a << b) but no iostreams: those bring
// locales and their tables into the page's WebAssembly. Numbers are formatted as a stream's
// default would (%g: six significant digits).
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

namespace fasthold {

inline std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

struct TextOut {
  std::string text;
  TextOut& operator<<(std::string_view s) {
    text += s;
    return *this;
  }
  TextOut& operator<<(char c) {
    text += c;
    return *this;
  }
  const std::string& str() const { return text; }
};

}  // namespace fasthold
