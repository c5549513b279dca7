// Reading JSON with errors that name the field (as a JSON pointer) and the bad value.
#pragma once
#include <nlohmann/json.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "engine/calendar.hpp"
#include "engine/input_error.hpp"
#include "engine/text.hpp"

namespace fasthold {

using json = nlohmann::json;

// A JSON value together with where it sits in its document.
struct Node {
  const json& value;
  std::string pointer;

  Node at(const std::string& key) const;  // required member
  std::optional<Node> find(const std::string& key) const;
  Node at(size_t index) const;

  // A problem in English for the knowledge base's authors.
  [[noreturn]] void fail(const std::string& message) const;
  // A problem with a code from input_error_codes(), which the page says in the user's language.
  [[noreturn]] void reject(const std::string& code, std::vector<std::string> args = {}) const;
  void expect_object(std::initializer_list<const char*> allowed) const;  // unknown keys are errors
  void expect_object(const std::vector<std::string>& allowed) const;
  void expect_array() const;

  std::string str() const;
  std::string line() const;   // a one-line text: no control characters
  std::string lines() const;  // free text: tabs and line breaks, no other control characters
  bool boolean() const;
  double number() const;
  int integer() const;
  Date date() const;  // "YYYY-MM-DD", a real calendar day
  Text text() const;  // {"da": ..., "en": ...}, both non-empty
};

// Case files nest four deep (case, log, entry, adapted), the page's store two more. Deeper
// nesting is refused while reading, before anything can recurse through it.
constexpr int kMaxJsonDepth = 8;

// Parses JSON, refusing nesting deeper than max_depth. Throws InputError: "too_deep" and
// "number_too_large" name the field, "not_json" the position where reading stopped.
json parse_json(const std::string& text, int max_depth = kMaxJsonDepth);

// A key as a JSON pointer token in a message: ~ and / escaped, control characters shown as
// \u00XX, a long key cut short.
std::string escape_pointer_token(const std::string& key);
// The value as the user wrote it, at most about 60 characters: never serializes the whole
// value (it may be 20 MB, or nested deeply).
std::string short_value(const json& v);
// The reader's rule for control characters, applied where text enters (typed, pasted,
// imported, from a link), so the page never stores what line()/lines() would refuse: in a
// one-line text a tab or line break becomes a space; in free text CR LF and a lone CR become
// a line break (a lone CR would hide words on a terminal); every other control character
// (C0, DEL, C1) is removed.
std::string clean_line(const std::string& s);
std::string clean_lines(const std::string& s);
// The first few characters of a text, cut at a character boundary, control characters shown.
std::string short_text(const std::string& s, size_t max_bytes = 40);

}  // namespace fasthold
