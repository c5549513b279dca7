// Reading JSON with errors that name the field (as a JSON pointer) and the bad value.
#pragma once
#include <nlohmann/json.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "engine/date.hpp"
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
  void expect_array() const;

  std::string str() const;
  bool boolean() const;
  double number() const;
  int integer() const;
  Date date() const;  // "YYYY-MM-DD", a real calendar day
  Text text() const;  // {"da": ..., "en": ...}, both non-empty
};

std::string escape_pointer_token(const std::string& key);
std::string short_value(const json& v);  // the value as the user wrote it, cut to a readable length

}  // namespace fasthold
