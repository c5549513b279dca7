// Any text as an ISO or Danish date: nullopt or a real day that prints back the same.
#include <cstdint>
#include <string>

#include "engine/calendar.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fasthold;
  std::string text(reinterpret_cast<const char*>(data), size);
  if (auto d = parse_iso_date(text)) {
    if (!d->ok() || format_iso(*d) != text) __builtin_trap();
    (void)add_months(*d, 12);
    (void)add_days(*d, 29);
    (void)span_between(*d, add_months(*d, 83));
  }
  if (auto d = parse_danish_date(text)) {
    if (!d->ok()) __builtin_trap();
    if (parse_danish_date(format_danish(*d)) != d) __builtin_trap();
  }
  (void)parse_iso_month(text);
  return 0;
}
