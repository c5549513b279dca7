// The page's knowledge base is a snapshot written at build time (engine/kb_snapshot.hpp):
// it must read back as exactly what the JSON loader makes of data/, and a damaged one must
// fail loudly rather than yield a partial knowledge base.
#include <catch2/catch.hpp>

#include "engine/kb_snapshot.hpp"
#include "engine/knowledge.hpp"

using namespace fasthold;

TEST_CASE("the compiled-in snapshot is the knowledge base of data/", "[data][snapshot]") {
  const KnowledgeBase& from_json = embedded_knowledge_base();
  KnowledgeBase from_snapshot = read_kb_snapshot(embedded_kb_snapshot());
  CHECK(from_snapshot == from_json);
  // Spot checks, so a broken operator== could not hide a difference.
  REQUIRE(from_snapshot.schemes.size() == from_json.schemes.size());
  CHECK(from_snapshot.schemes.front().condition.children.size() == from_json.schemes.front().condition.children.size());
  CHECK(from_snapshot.text("start_title", Lang::da) == from_json.text("start_title", Lang::da));
  CHECK(from_snapshot.threshold_value("s56_min_absence_days_per_year") == from_json.threshold_value("s56_min_absence_days_per_year"));
}

TEST_CASE("a snapshot keeps every member: a change anywhere shows after the round trip", "[snapshot]") {
  KnowledgeBase kb = embedded_knowledge_base();
  kb.facts.back().max = 12345.5;
  kb.pension_ages.back().valid.last_checked.reset();
  kb.terms.back().valid.from.reset();
  kb.schemes.back().condition.children.push_back(Condition{});
  kb.ui["x_test"] = Text{"æøå", "aoa"};
  KnowledgeBase back = read_kb_snapshot(write_kb_snapshot(kb));
  CHECK(back == kb);
  CHECK(!(back == embedded_knowledge_base()));
  CHECK(back.facts.back().max == 12345.5);
  CHECK(back.ui.at("x_test").da == "æøå");
}

TEST_CASE("a damaged snapshot is refused, never half read", "[snapshot]") {
  std::string bytes = write_kb_snapshot(embedded_knowledge_base());
  CHECK_THROWS_AS(read_kb_snapshot(bytes.substr(0, bytes.size() - 1)), SnapshotError);
  CHECK_THROWS_AS(read_kb_snapshot(bytes.substr(0, bytes.size() / 2)), SnapshotError);
  CHECK_THROWS_AS(read_kb_snapshot(bytes + "x"), SnapshotError);
  CHECK_THROWS_AS(read_kb_snapshot(""), SnapshotError);
  std::string other = bytes;
  other[0] = 'F';  // another format
  CHECK_THROWS_AS(read_kb_snapshot(other), SnapshotError);
}
