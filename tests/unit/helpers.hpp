// Shared test helpers: build a case from a few facts and assess it on a given day.
#pragma once
#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/assess.hpp"
#include "engine/case_file.hpp"
#include "engine/knowledge.hpp"

namespace fasthold::test {

inline const KnowledgeBase& kb() { return embedded_knowledge_base(); }

inline Date day(const char* iso) {
  auto d = parse_iso_date(iso);
  REQUIRE(d.has_value());
  return *d;
}

// A case file with the given facts (and optionally absence periods and log) in the current format.
inline std::string case_json(const nlohmann::json& facts, const nlohmann::json& log = nlohmann::json::array(),
                             const nlohmann::json& periods = nlohmann::json::array()) {
  nlohmann::json doc = {{"format", "fasthold-case"}, {"version", 1}, {"nickname", "Test"},
                        {"facts", facts}, {"absence_periods", periods}, {"log", log}};
  return doc.dump();
}

inline Assessment assess_json(const std::string& text, const char* on) {
  Case c = parse_case(text, kb());
  return assess(kb(), c, day(on));
}

inline Assessment assess_facts(const nlohmann::json& facts, const char* on = "2026-11-23") {
  return assess_json(case_json(facts), on);
}

inline Status status_of(const Assessment& a, const char* scheme) {
  const SchemeResult* s = a.scheme(scheme);
  REQUIRE(s != nullptr);
  return s->status;
}

inline std::vector<std::string> missing_of(const Assessment& a, const char* scheme) { return a.scheme(scheme)->missing; }

inline bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The error a bad case file gives: its JSON pointer.
inline std::string error_pointer(const std::string& text, const char* on = "2026-11-23") {
  try {
    Case c = parse_case(text, kb());
    validate_case_on(c, day(on));
  } catch (const InputError& e) {
    return e.pointer;
  }
  return "(no error)";
}

}  // namespace fasthold::test
