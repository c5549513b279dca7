// Any URL fragment: parsed without crashing; what it keeps has only allowed characters and
// survives a rebuild-and-parse unchanged.
#include <cstdint>
#include <string>

#include "engine/consultant_link.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fasthold;
  std::string text(reinterpret_cast<const char*>(data), size);
  ConsultantLink link = parse_consultant_fragment(text);
  // Nothing kept can open markup or a string, in any field.
  for (const auto* v : {&link.contact.name, &link.contact.phone, &link.contact.email, &link.contact.web, &link.contact.consultant})
    for (char c : *v)
      if (c == '<' || c == '>' || c == '"' || c == '`') __builtin_trap();
  if (link.present()) {
    ConsultantLink again = parse_consultant_fragment(build_consultant_fragment(link.contact));
    if (!again.ignored.empty() || again.contact.name != link.contact.name || again.contact.web != link.contact.web) __builtin_trap();
  }
  return 0;
}
