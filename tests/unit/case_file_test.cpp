#include <fstream>
#include <sstream>

#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

TEST_CASE("a bad case file names the field and the value", "[case_file][input]") {
  SECTION("not JSON") { CHECK(error_pointer("{not json") == ""); }
  SECTION("a number too large for any type (found by the fuzzer): the field is named") {
    CHECK(error_pointer(R"({"format":"fasthold-case","version":1E222222222})") == "/version");
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

namespace {
InputError error_of(const std::string& text) {
  try {
    parse_case(text, kb());
  } catch (const InputError& e) {
    return e;
  }
  FAIL("expected an error");
  throw std::logic_error("unreachable");
}
const std::string kHead = R"({"format":"fasthold-case","version":1)";
}  // namespace

TEST_CASE("nesting deeper than a case file can hold is refused while reading, naming where", "[case_file][input][hostile]") {
  // 100,000 levels: the message used to serialize the whole value, one stack frame a level.
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  InputError e = error_of(kHead + R"(,"facts":)" + deep + "}");
  CHECK(e.code == "too_deep");
  CHECK(e.pointer == "/facts/0/0/0/0/0/0/0");
  CHECK(e.describe() == "/facts/0/0/0/0/0/0/0: nests lists or objects deeper than a case file can (8 levels at most)");
  e = error_of(kHead + R"(,"log":[{"id":"a","date":"2026-01-05","kind":"note","note":)" + deep + "}]}");
  CHECK(e.pointer == "/log/0/note/0/0/0/0/0");
  // Eight levels are read; the field then says what it must be, the value cut short.
  e = error_of(kHead + R"(,"facts":{"birth_date":[[[[[["1980-01-01"]]]]]]}})");
  CHECK(e.code == "must_be_date");
  CHECK(e.value == "[[[...]]]");
}

TEST_CASE("a bad value is shown as a short preview, never whole", "[case_file][input][hostile]") {
  std::string big(1 << 20, 'a');
  InputError e = error_of(kHead + R"(,"facts":{"birth_date":")" + big + "\"}}");
  CHECK(e.value == "\"" + std::string(48, 'a') + "...\"");
  e = error_of(kHead + R"(,"facts":{"birth_date":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}})");
  CHECK(e.value.size() <= 60);
  CHECK(e.value.substr(0, 10) == "[1,2,3,4,5");
  // A long key is cut in the pointer and in the message's words.
  e = error_of(kHead + R"(,"facts":{")" + big + "\":1}}");
  CHECK(e.pointer == "/facts/" + std::string(40, 'a') + "...");
  CHECK(e.describe().size() < 200);
}

TEST_CASE("text fields refuse control characters, naming the field", "[case_file][input][hostile]") {
  InputError e = error_of(kHead + R"(,"nickname":"a\u0000b"})");
  CHECK(e.describe() == "/nickname: \"a\\u0000b\" holds a control character (U+0000), which this field cannot hold");
  e = error_of(kHead + R"(,"nickname":"a\u0085"})");
  CHECK(e.args == std::vector<std::string>{"U+0085"});
  e = error_of(kHead + R"(,"log":[{"id":"a","date":"2026-01-05","kind":"note","note":"x\u007f"}]})");
  CHECK(e.pointer == "/log/0/note");
  CHECK(e.value == "\"x\\u007f\"");
  // Free text keeps its tabs and line breaks.
  Case c = parse_case(kHead + R"(,"log":[{"id":"a","date":"2026-01-05","kind":"note","note":"1\n2\r\n\t3"}]})", kb());
  CHECK(c.log.at(0).note == "1\n2\r\n\t3");
}

TEST_CASE("a key given twice and a number too large are named errors", "[case_file][input][hostile]") {
  InputError e = error_of(kHead + R"(,"nickname":"a","nickname":"b"})");
  CHECK(e.code == "duplicate_key");
  CHECK(e.pointer == "/nickname");
  e = error_of(kHead + R"(,"facts":{"absence_hours_per_week":)" + std::string(400, '9') + "}}");
  CHECK(e.code == "number_too_large");
  CHECK(e.pointer == "/facts/absence_hours_per_week");
  CHECK(e.value == std::string(40, '9') + "...");
  e = error_of(R"({"format":"fasthold-case","version":NaN})");
  CHECK(e.code == "not_json");
  CHECK(e.args == std::vector<std::string>{"37"});
}
