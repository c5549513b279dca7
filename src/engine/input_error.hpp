// One bad value in the input: where it is (a JSON pointer) and what it was.
#pragma once
#include <stdexcept>
#include <string>

namespace fasthold {

struct InputError : std::runtime_error {
  std::string pointer;  // e.g. "/facts/birth_date"
  std::string value;    // the offending value as the user wrote it
  InputError(std::string pointer_, std::string value_, const std::string& message)
      : std::runtime_error(message), pointer(std::move(pointer_)), value(std::move(value_)) {}
  // "/facts/birth_date: \"2023-02-31\" is not a real date"
  std::string describe() const;
};

}  // namespace fasthold
