// Any bytes given as a case file: either a clear InputError, whose messages in both languages
// are short and printable, or a case that assesses, renders every document and writes back
// to a file that reads the same.
#include <cstdint>
#include <string>

#include "engine/assess.hpp"
#include "engine/case_file.hpp"
#include "engine/documents.hpp"
#include "engine/report.hpp"
#include "fuzz_messages.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fasthold;
  const KnowledgeBase& kb = embedded_knowledge_base();
  std::string text(reinterpret_cast<const char*>(data), size);
  Case c;
  try {
    c = parse_case(text, kb);
  } catch (const InputError& e) {
    fuzz::check_message(kb, e);
    return 0;
  }
  Date on = *parse_iso_date("2026-11-23");
  try {
    validate_case_on(c, on);
  } catch (const InputError& e) {
    fuzz::check_message(kb, e);
    return 0;
  }
  Assessment a = assess(kb, c, on);
  (void)assessment_to_json(kb, c, a, Lang::da).dump();
  (void)assessment_to_text(kb, c, a, Lang::en);
  for (const auto& kind : document_kinds(kb)) {
    if (kind == "calendar") {
      (void)calendar_ics(kb, c, a, Lang::da);
      continue;
    }
    (void)document_html(render_document(kb, c, a, kind, {}), Lang::da);
  }
  std::string written = write_case(c, kb);
  if (write_case(parse_case(written, kb), kb) != written) __builtin_trap();  // the round trip must hold
  return 0;
}
