#include <fstream>
#include <sstream>

#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

TEST_CASE("a bad case file names the field and the value", "[case_file][input]") {
  SECTION("not JSON") { CHECK(error_pointer("{not json") == ""); }
  SECTION("a number too large for any type (found by the fuzzer)") {
    CHECK(error_pointer(R"({"format":"fasthold-case","version":1E222222222})") == "");
  }
  SECTION("not a Fasthold case file") { CHECK(error_pointer(R"({"format":"other","version":1})") == "/format"); }
  SECTION("a version from the future") { CHECK(error_pointer(R"({"format":"fasthold-case","version":99})") == "/version"); }
  SECTION("an unknown top-level field") { CHECK(error_pointer(R"({"format":"fasthold-case","version":1,"diagnosis":"x"})") == "/diagnosis"); }
  SECTION("an unknown fact") { CHECK(error_pointer(case_json({{"diagnosis", "x"}})) == "/facts/diagnosis"); }
  SECTION("31 February") { CHECK(error_pointer(case_json({{"birth_date", "1980-02-31"}})) == "/facts/birth_date"); }
  SECTION("a birth date after the assessment date") {
    CHECK(error_pointer(case_json({{"birth_date", "2027-01-01"}}), "2026-11-23") == "/facts/birth_date");
  }
  SECTION("negative hours") { CHECK(error_pointer(case_json({{"absence_hours_per_week", -3}})) == "/facts/absence_hours_per_week"); }
  SECTION("a yes/no fact given as text") { CHECK(error_pointer(case_json({{"can_work_partly", "yes"}})) == "/facts/can_work_partly"); }
  SECTION("a computed fact cannot be given") { CHECK(error_pointer(case_json({{"under_pension_age", true}})) == "/facts/under_pension_age"); }
  SECTION("an absence that ends before it starts") {
    json periods = json::array({{{"first_day", "2026-05-10"}, {"last_day", "2026-05-01"}}});
    CHECK(error_pointer(case_json(json::object(), json::array(), periods)) == "/absence_periods/0/last_day");
  }
  SECTION("a follow-up before its agreement") {
    json log = json::array({{{"id", "a1"}, {"date", "2026-03-01"}, {"kind", "agreement"}},
                            {{"id", "f1"}, {"date", "2026-02-01"}, {"kind", "follow_up"}, {"agreement_id", "a1"}}});
    CHECK(error_pointer(case_json(json::object(), log)) == "/log/1/date");
  }
  SECTION("a follow-up of an agreement that does not exist") {
    json log = json::array({{{"id", "f1"}, {"date", "2026-02-01"}, {"kind", "follow_up"}, {"agreement_id", "nope"}}});
    CHECK(error_pointer(case_json(json::object(), log)) == "/log/0/agreement_id");
  }
  SECTION("an unknown kind of log entry") {
    json log = json::array({{{"id", "x"}, {"date", "2026-02-01"}, {"kind", "diagnosis"}}});
    CHECK(error_pointer(case_json(json::object(), log)) == "/log/0/kind");
  }
  SECTION("two entries with one id") {
    json log = json::array({{{"id", "x"}, {"date", "2026-02-01"}, {"kind", "note"}}, {{"id", "x"}, {"date", "2026-02-02"}, {"kind", "note"}}});
    CHECK(error_pointer(case_json(json::object(), log)) == "/log/1/id");
  }
  SECTION("a follow-up date before the agreement's own date") {
    json log = json::array({{{"id", "a1"}, {"date", "2026-03-01"}, {"kind", "agreement"}, {"follow_up_date", "2026-02-01"}}});
    CHECK(error_pointer(case_json(json::object(), log)) == "/log/0/follow_up_date");
  }
}

TEST_CASE("the error message carries the bad value", "[case_file][input]") {
  try {
    parse_case(case_json({{"birth_date", "1980-02-31"}}), kb());
    FAIL("expected an error");
  } catch (const InputError& e) {
    CHECK(e.value == "\"1980-02-31\"");
    CHECK_THAT(e.describe(), Catch::Contains("/facts/birth_date") && Catch::Contains("1980-02-31"));
  }
}

TEST_CASE("a case survives writing and reading back unchanged", "[case_file]") {
  std::ifstream in(std::string(FASTHOLD_SOURCE_DIR) + "/examples/01-adaptation-year.json");
  std::stringstream ss;
  ss << in.rdbuf();
  Case c = parse_case(ss.str(), kb());
  std::string written = write_case(c, kb());
  Case again = parse_case(written, kb());
  CHECK(write_case(again, kb()) == written);
  CHECK(again.log.size() == c.log.size());
  CHECK(again.facts.size() == c.facts.size());
  CHECK(again.nickname == "Lager-AB");
}

TEST_CASE("a fact given as null is unknown", "[case_file]") {
  Case c = parse_case(case_json({{"can_work_partly", nullptr}}), kb());
  CHECK(c.facts.count("can_work_partly") == 0);
}
