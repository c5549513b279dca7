// The facts the C++ reads or computes by name: every other fact is only data (a condition
// names it in data/schemes.json). Each must be declared in data/facts.json; the loader refuses
// a knowledge base that lacks one (check_references in knowledge.cpp), so renaming a fact in
// data/ without the code fails the build, not a manager's case.
#pragma once

namespace fasthold::fact {

// Read from the case.
inline constexpr const char* birth_date = "birth_date";
inline constexpr const char* birth_month = "birth_month";
inline constexpr const char* employment_start = "employment_start";
inline constexpr const char* expected_absence_weeks = "expected_absence_weeks";
inline constexpr const char* worked_74_hours_in_8_weeks = "worked_74_hours_in_8_weeks";
inline constexpr const char* absence_hours_per_week = "absence_hours_per_week";  // its range bounds a record entry's hours
// Proved by the record.
inline constexpr const char* first_absence_day = "first_absence_day";
inline constexpr const char* special_terms_since = "special_terms_since";
inline constexpr const char* s56_agreement_date = "s56_agreement_date";
inline constexpr const char* functions_and_accommodations_written = "functions_and_accommodations_written";
inline constexpr const char* unsupported_job_attempt_documented = "unsupported_job_attempt_documented";
// Computed by the engine.
inline constexpr const char* more_than_6_years_to_pension = "more_than_6_years_to_pension";
inline constexpr const char* under_pension_age = "under_pension_age";
inline constexpr const char* special_terms_12_months = "special_terms_12_months";
inline constexpr const char* s56_renewal_due = "s56_renewal_due";

inline constexpr const char* all[] = {
    birth_date, birth_month, employment_start, expected_absence_weeks, worked_74_hours_in_8_weeks, absence_hours_per_week,
    first_absence_day,
    special_terms_since, s56_agreement_date, functions_and_accommodations_written, unsupported_job_attempt_documented,
    more_than_6_years_to_pension, under_pension_age, special_terms_12_months, s56_renewal_due,
};

}  // namespace fasthold::fact
