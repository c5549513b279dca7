// Hostile shapes a byte-level fuzzer rarely reaches: the input, wrapped in arrays or objects
// up to 200,000 levels deep, or repeated into a long text or key, placed in one field of a
// case file. Read as a case file; an error's messages must be short and printable.
#include <algorithm>
#include <cstdint>
#include <string>

#include "engine/case_file.hpp"
#include "fuzz_messages.hpp"

namespace {

// Where the shape goes: {} stands for it.
const char* const kPlaces[] = {
    R"({"format":"fasthold-case","version":1,"nickname":"x","facts":{}})",
    R"({"format":"fasthold-case","version":1,"facts":{"birth_date":{}}})",
    R"({"format":"fasthold-case","version":1,"nickname":{}})",
    R"({"format":"fasthold-case","version":1,"log":[{"id":"a","date":"2026-01-05","kind":"note","note":{}}]})",
    R"({"format":"fasthold-case","version":1,"log":[{"id":"a","date":"2026-01-05","kind":"agreement","adapted":[{}]}]})",
    R"({"format":"fasthold-case","version":1,"absence_periods":[{"first_day":{}}]})",
    R"({"format":"fasthold-case","version":1,"checklist":{"x":{}}})",
    R"({"format":"fasthold-case","version":{}})",
    R"({"format":{},"version":1})",
    R"({"format":"fasthold-case","version":1,"log":{}})",
    R"({})",
};

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// The shape from the input: byte 1 the kind, bytes 2-3 the count, the rest the content.
std::string shape(const uint8_t* data, size_t size) {
  size_t count = (size_t(data[2]) << 8 | data[3]) * 4;  // up to 262,140
  std::string rest(reinterpret_cast<const char*>(data + 4), size - 4);
  if (data[1] % 4 >= 2) count = std::min(count, (size_t(1) << 20) / std::max<size_t>(rest.size(), 1));  // 1 MB at most: quick runs
  switch (data[1] % 4) {
    case 0: return repeat("[", count) + rest + repeat("]", count);
    case 1: return repeat("{\"k\":", count) + rest + repeat("}", count);
    case 2: return "\"" + repeat(rest, count) + "\"";          // a long text
    default: return "{\"" + repeat(rest, count) + "\":1}";     // a long key
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fasthold;
  if (size < 4) return 0;
  std::string place = kPlaces[data[0] % (sizeof kPlaces / sizeof *kPlaces)];
  std::string text = place.replace(place.find("{}"), 2, shape(data, size));
  const KnowledgeBase& kb = embedded_knowledge_base();
  try {
    (void)parse_case(text, kb);
  } catch (const InputError& e) {
    fuzz::check_message(kb, e);
  }
  return 0;
}
