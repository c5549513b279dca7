// What every input error must be, whatever the input: a message of bounded length with no
// control character, in the CLI's English and in the page's two languages.
#pragma once
#include <string>

#include "engine/input_error.hpp"
#include "engine/knowledge.hpp"

namespace fasthold::fuzz {

inline void check_text(const std::string& m) {
  if (m.size() > 1000) __builtin_trap();  // a preview, never the whole value
  for (unsigned char ch : m)
    if (ch < 0x20 || ch == 0x7F) __builtin_trap();  // the page draws C strings: no NUL
}

inline void check_message(const KnowledgeBase& kb, const InputError& e) {
  check_text(e.describe());
  check_text(describe_input_error(kb, e, Lang::da));
  check_text(describe_input_error(kb, e, Lang::en));
}

}  // namespace fasthold::fuzz
