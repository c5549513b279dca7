#include "engine/input_error.hpp"
#include "engine/text.hpp"

namespace fasthold {

const std::vector<InputErrorCode>& input_error_codes() {
  static const std::vector<InputErrorCode> codes = {
      // The shape of any JSON document (json_reader.cpp).
      {"must_be_object", "must be an object"},
      {"required_missing", "is required but missing"},
      {"unknown_field", "is not a known field"},
      {"must_be_list", "must be a list"},
      {"must_be_text", "must be a text"},
      {"must_be_true_false", "must be true or false"},
      {"must_be_number", "must be a number"},
      {"must_be_whole_number", "must be a whole number"},
      {"must_be_date", "must be a date written YYYY-MM-DD"},
      {"not_real_date", "is not a real date (YYYY-MM-DD)"},
      {"must_not_be_empty", "must not be empty"},
      // A case file (case_file.cpp).
      {"not_json", "is not a valid JSON file (reading stopped at character {1})"},
      {"too_deep", "nests lists or objects deeper than a case file can ({1} levels at most)"},
      {"duplicate_key", "appears twice in one object (a field is given once)"},
      {"read_failed", "stopped Fasthold while reading it ({1})"},
      {"number_too_large", "is a number too large to read"},
      {"control_character", "holds a control character ({1}), which this field cannot hold"},
      {"file_too_large", "is {1} MB, more than the {2} MB Fasthold reads: every case is kept in this browser's storage, which holds about 5 MB in all, and a real case file is far smaller"},
      {"not_case_object", "must be a JSON object (a Fasthold case file)"},
      {"not_case_file", "is not a Fasthold case file (expected \"{1}\")"},
      {"not_version", "is not a case-file version"},
      {"version_too_new", "is newer than this Fasthold understands (it reads up to version {1})"},
      {"at_least", "must be at least {1}"},
      {"at_most", "must be at most {1}"},
      {"must_not_be_negative", "must not be negative"},
      {"must_be_month", "must be a month written YYYY-MM"},
      {"not_real_month", "is not a real month (YYYY-MM)"},
      {"unsupported_type", "has an unsupported type"},
      {"not_entry_kind", "is not a kind of entry ({1})"},
      {"not_adaptation", "is not one of the ways to adapt the job Fasthold knows"},
      {"not_terms", "must be social_chapter, special_terms or ordinary"},
      {"not_status", "must be asked or made"},
      {"not_flow_step", "is not a flowchart step you mark as done yourself"},
      {"before_agreement_date", "is before the agreement's own date {1}"},
      {"before_follow_up_date", "is before the follow-up's own date {1}"},
      {"must_be_facts_object", "must be an object of facts"},
      {"unknown_fact", "is the value of an unknown fact \"{1}\""},
      {"computed_fact", "is computed by Fasthold and cannot be given"},
      {"before_period_start", "is before the period's first day {1}"},
      {"id_in_use", "is used by another entry"},
      {"no_such_agreement", "names no agreement in the log"},
      {"before_its_agreement", "is before its agreement's date {1}"},
      {"birth_in_future", "is after the assessment date {1} (a birth date cannot be in the future)"},
      {"not_contact_from", "must be link or manager"},
      {"contact_too_long", "is longer than the {1} characters this field holds"},
      {"contact_bad_name", "is not a name Fasthold keeps (letters, digits, spaces and . , - ' & ( ) /)"},
      {"contact_bad_phone", "is not a phone number (digits, spaces, + and -)"},
      {"contact_bad_email", "is not an e-mail address (name@place.dk)"},
      {"contact_bad_web", "is not a web address (https://... or an address such as www.place.dk)"},
      {"contact_bad_consultant", "is not a name Fasthold keeps (letters, digits, spaces and . , - ' & ( ) /)"},
      {"not_close_reason", "must be back_at_work, left_company, scheme_started or other"},
      {"before_closed", "is before the day the case was closed {1}"},
      {"employment_in_future", "is after the assessment date {1} (employment cannot start after it)"},
  };
  return codes;
}

namespace {
std::string english(const std::string& code, const std::vector<std::string>& args) {
  for (const auto& c : input_error_codes())
    if (code == c.code) return fill(c.english, args);
  return code;  // a code without a text is a programming error; the tests list every code
}
}  // namespace

InputError::InputError(std::string pointer_, std::string value_, std::string code_, std::vector<std::string> args_)
    : std::runtime_error(english(code_, args_)),
      pointer(std::move(pointer_)),
      value(std::move(value_)),
      code(std::move(code_)),
      args(std::move(args_)) {}

std::string InputError::describe() const {
  std::string where = pointer.empty() ? "(document)" : pointer;
  if (value.empty()) return where + ": " + what();
  return where + ": " + value + " " + what();
}

}  // namespace fasthold
