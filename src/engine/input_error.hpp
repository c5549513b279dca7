// One bad value in the input: where it is (a JSON pointer), what it was, and what is wrong
// with it as a code the page can say in the user's language (data/ui.json "error_<code>").
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace fasthold {

struct InputError : std::runtime_error {
  std::string pointer;            // e.g. "/facts/birth_date"
  std::string value;              // the offending value as the user wrote it
  std::string code;               // e.g. "not_real_date"; empty for the knowledge base's own checks
  std::vector<std::string> args;  // what fills the code's {1}, {2}
  // A coded problem: what() is its English text (input_error_codes()).
  InputError(std::string pointer_, std::string value_, std::string code_, std::vector<std::string> args_);
  // A knowledge-base problem, for its authors: English only.
  InputError(std::string pointer_, std::string value_, const std::string& message)
      : std::runtime_error(message), pointer(std::move(pointer_)), value(std::move(value_)) {}
  // "/facts/birth_date: \"2023-02-31\" is not a real date"
  std::string describe() const;
};

// Every code with its English text ({1}, {2} stand for the arguments): the CLI's wording,
// and the list data/ui.json must give a text in both languages for (knowledge_test.cpp).
struct InputErrorCode {
  const char* code;
  const char* english;
};
const std::vector<InputErrorCode>& input_error_codes();

}  // namespace fasthold
