// Engine speed: a full assessment of a case with N log entries (agreements and follow-ups),
// median of repeated runs. Prints `name: value` lines for bench/run.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <chrono>
#include <cstdio>
#include <vector>

#include "engine/assess.hpp"
#include "engine/case_file.hpp"
#include "engine/kb_snapshot.hpp"
#include "engine/report.hpp"

using namespace fasthold;

namespace {

Case make_case(size_t entries) {
  Case c;
  c.nickname = "Bench";
  c.facts["birth_date"] = *parse_iso_date("1975-03-14");
  c.facts["job_causes_absence"] = true;
  c.facts["needs_adaptation"] = true;
  c.facts["can_work_partly"] = true;
  c.facts["absence_hours_per_week"] = 8.0;
  c.facts["receives_pension"] = false;
  c.facts["permanent_substantial_limitation"] = true;
  c.facts["all_measures_tried"] = true;
  c.absence_periods.push_back({*parse_iso_date("2026-10-05"), std::nullopt});
  Date day = *parse_iso_date("2000-01-03");
  std::string agreement;
  for (size_t i = 0; i < entries; ++i) {
    LogEntry e;
    e.id = "e" + std::to_string(i);
    e.date = add_days(day, int(i));
    if (i % 2 == 0) {
      e.kind = "agreement";
      e.adapted = {"reduced_hours"};
      e.expected_effect = "Færre fraværsdage";
      e.follow_up_date = add_days(e.date, 1);
      e.consequences = "Ny vurdering";
      e.difficult_functions = "Tunge løft";
      e.accommodations = "Ingen løft over 10 kg";
      e.terms = "special_terms";
      e.unsupported_job = true;
      agreement = e.id;
    } else {
      e.kind = "follow_up";
      e.agreement_id = agreement;
      e.outcome = "Bedre";
      e.next_date = add_days(e.date, 30);
    }
    c.log.push_back(e);
  }
  return c;
}

double median_us(const Case& c, int runs) {
  const KnowledgeBase& kb = embedded_knowledge_base();
  Date on = *parse_iso_date("2026-11-23");
  std::vector<double> times;
  size_t sink = 0;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    Assessment a = assess(kb, c, on);
    auto t1 = std::chrono::steady_clock::now();
    sink += a.agreements.size();
    times.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  std::sort(times.begin(), times.end());
  if (sink == 0) std::puts("");  // keeps the work from being optimised away
  return times[times.size() / 2];
}

// Loading the knowledge base as the page does at start-up, and the JSON parsing alone.
template <class F>
double median_of(int runs, F&& f) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    auto t1 = std::chrono::steady_clock::now();
    times.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main() {
  size_t sink = 0;
  double load = median_of(21, [&] { sink += load_knowledge_base(embedded_kb_files()).facts.size(); });
  double parse = median_of(21, [&] {
    for (const auto& f : embedded_kb_files()) sink += nlohmann::json::parse(f.json).size();
  });
  std::string snapshot = write_kb_snapshot(embedded_knowledge_base());
  double snapshot_read = median_of(21, [&] { sink += read_kb_snapshot(snapshot).facts.size(); });
  if (sink == 0) std::puts("");
  std::printf("kb_load_us: %.0f\n", load);
  std::printf("kb_json_parse_us: %.0f\n", parse);
  std::printf("kb_snapshot_read_us: %.0f\n", snapshot_read);
  std::printf("kb_snapshot_bytes: %zu\n", snapshot.size());
  embedded_knowledge_base();  // loaded once, as in the page
  double us24 = median_us(make_case(24), 2001);
  double us1000 = median_us(make_case(1000), 201);
  double us10000 = median_us(make_case(10000), 21);
  std::printf("assess_us_24: %.1f\n", us24);
  std::printf("assess_us_1000: %.1f\n", us1000);
  std::printf("assess_us_10000: %.1f\n", us10000);
  std::printf("assess_us_per_entry_slope: %.3f\n", (us10000 - us1000) / 9000.0);
  return 0;
}
