// Rules as of a date: the dated rows of data/, the loader's checks on them, and every dated
// rule assessed on the day before and on the day of its change.
#include <functional>
#include <regex>
#include <set>

#include "engine/documents.hpp"
#include "engine/input_error.hpp"
#include "engine/interview.hpp"
#include "engine/report.hpp"
#include "engine/since_last.hpp"
#include "engine/fact_ids.hpp"
#include "data_edits.hpp"
#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

namespace {

json& term_row(json& doc, const std::string& id, int nth) {
  int seen = 0;
  for (auto& row : doc["terms"])
    if (row["id"] == id && seen++ == nth) return row;
  throw std::logic_error("no such term row");
}

// Every text of the rules in force on `on`, both languages and every interpretation.
std::vector<std::string> all_texts(const KnowledgeBase& kb, Date on) {
  KnowledgeBase copy = rules_on(kb, on);
  std::vector<std::string> out;
  for_each_text(
      copy, [&](Text& t) { out.push_back(t.da), out.push_back(t.en); }, [&](std::string& s) { out.push_back(s); });
  return out;
}

const char* status_word(Status s) { return status_name(s); }

}  // namespace

TEST_CASE("dated rows: the loader refuses rows of one rule that overlap", "[dated][data]") {
  std::string p = load_problem("terms", [](json& d) { term_row(d, "decider", 0)["valid_until"] = "2026-02-01"; });
  CHECK_THAT(p, Catch::Contains("terms.json") && Catch::Contains("overlaps"));
}

TEST_CASE("dated rows: the loader refuses a gap in a rule that is required on every day", "[dated][data]") {
  std::string p = load_problem("terms", [](json& d) { term_row(d, "decider", 0)["valid_until"] = "2026-01-30"; });
  CHECK_THAT(p, Catch::Contains("terms.json") && Catch::Contains("gap"));
  std::string first = load_problem("thresholds", [](json& d) { d["thresholds"][0]["valid_from"] = "2020-01-01"; });
  CHECK_THAT(first, Catch::Contains("thresholds.json") && Catch::Contains("gap"));
}

TEST_CASE("dated rows: the loader refuses rows of one rule out of date order", "[dated][data]") {
  std::string p = load_problem("terms", [](json& d) {
    auto& rows = d["terms"];
    std::swap(rows[0], rows[1]);  // decider from 2026 first, then the old row without valid_from
  });
  CHECK_THAT(p, Catch::Contains("terms.json") && Catch::Contains("not in date order"));
}

TEST_CASE("dated rows: the loader refuses a dated text that lacks a language", "[dated][data]") {
  std::string p = load_problem("terms", [](json& d) { term_row(d, "decider", 1)["text"].erase("en"); });
  CHECK_THAT(p, Catch::Contains("terms.json#/terms/1/text/en"));
  std::string notice = load_problem("notices", [](json& d) { d["notices"][0]["text"]["da"] = ""; });
  CHECK_THAT(notice, Catch::Contains("notices.json#/notices/0/text/da"));
}

TEST_CASE("dated rows: the row in force must say when it was last checked", "[dated][data]") {
  std::string p = load_problem("terms", [](json& d) { term_row(d, "decider", 1).erase("last_checked"); });
  CHECK_THAT(p, Catch::Contains("last_checked"));
}

TEST_CASE("dated rows: a placeholder naming no threshold or term is refused", "[dated][data]") {
  std::string p = load_problem("ui", [](json& d) { d["texts"]["start_title"]["da"] = "Om {t:no_such_threshold}"; });
  CHECK_THAT(p, Catch::Contains("no_such_threshold"));
  std::string w = load_problem("ui", [](json& d) { d["texts"]["start_title"]["en"] = "About {w:no_such_term}"; });
  CHECK_THAT(w, Catch::Contains("no_such_term"));
}

TEST_CASE("the pension table is one case of the dated rows: a cohort's rows must not overlap", "[dated][pension]") {
  std::string p = load_problem("pension", [](json& d) {
    for (auto& row : d["pension_ages"])
      if (row.contains("valid_until")) row["valid_until"] = "2026-01-31";
  });
  CHECK_THAT(p, Catch::Contains("pension.json") && Catch::Contains("overlaps"));
}

TEST_CASE("the pension age for those born after 1970 is 69 on 30 December 2025 and 70 on 31 December 2025", "[dated][pension]") {
  json facts = {{"birth_date", "1975-05-01"}};
  CHECK(assess_facts(facts, "2025-12-30").dates.pension->age_years == 69);
  CHECK(assess_facts(facts, "2025-12-31").dates.pension->age_years == 70);
}

TEST_CASE("who decides: the jobcenter of the home municipality until 31 January 2026, the municipality from 1 February 2026", "[dated][reform]") {
  Assessment before = assess_facts(json::object(), "2026-01-31");
  Assessment after = assess_facts(json::object(), "2026-02-01");
  CHECK(before.scheme("s56")->scheme->decided_by.da.rfind("Jobcentret i medarbejderens bopælskommune", 0) == 0);
  CHECK(after.scheme("s56")->scheme->decided_by.da.rfind("Medarbejderens bopælskommune (dens indgang for virksomheder, ofte stadig kaldet jobcentret)", 0) == 0);
  CHECK(after.scheme("s56")->scheme->decided_by.en.rfind("The employee's home municipality (its entry point for businesses, often still called the jobcenter)", 0) == 0);
  // Who can answer and whom to call read the same dated wording.
  CHECK(rules_on(kb(), day("2026-01-31")).role("jobcenter")->name.da == "Jobcentret i medarbejderens bopælskommune");
  CHECK_THAT(rules_on(kb(), day("2026-02-01")).role("jobcenter")->name.da, Catch::StartsWith("Medarbejderens bopælskommune"));
  CHECK(rules_on(kb(), day("2026-01-31")).text("ask_jobcenter", Lang::da) == "Spørg jobcentret");
  CHECK(rules_on(kb(), day("2026-02-01")).text("ask_jobcenter", Lang::da) == "Spørg kommunen");
}

TEST_CASE("from 1 February 2026 no text names the jobcenter as the one to deal with, except as 'often still called'", "[dated][reform]") {
  // Allowed: the leaflet's own name (Jobcenter Hedensted), its web address, and "often still called the jobcenter".
  std::regex allowed(R"(Jobcenter Hedensted|hedensted\.dk/jobcenter|ofte stadig kaldet jobcentret|often still called the jobcenter|kravet om jobcentre|requirement for jobcenters|"jobcenteret"|\{[#^/]?jobcenter_\w+\})",
                     std::regex::icase);
  for (const char* on : {"2026-02-01", "2026-11-01", "2027-06-01"}) {
    KnowledgeBase copy = rules_on(kb(), day(on));
    for_each_text(copy, [&](Text& t) {
      for (const std::string* s : {&t.da, &t.en}) {
        std::string rest = std::regex_replace(*s, allowed, "");
        INFO(on << ": " << *s);
        CHECK(rest.find("jobcent") == std::string::npos);
        CHECK(rest.find("Jobcent") == std::string::npos);
      }
    });
  }
  // Before the reform the same texts do name the jobcenter.
  auto before = all_texts(kb(), day("2026-01-31"));
  CHECK(std::any_of(before.begin(), before.end(), [](const std::string& s) { return s.find("Jobcentret i medarbejderens bopælskommune") != std::string::npos; }));
}

TEST_CASE("revalidation by date: the old rule until 31 January 2026, ask the municipality until 30 June 2026, closed to new cases from 1 July 2026", "[dated][reform][revalidation]") {
  json facts = {{"retention_in_field_impossible", true}, {"self_supporting_after", true}};
  CHECK(status_of(assess_facts(facts, "2026-01-31"), "revalidation") == Status::applies);
  Assessment feb = assess_facts(facts, "2026-02-01");
  INFO(status_word(feb.scheme("revalidation")->status));
  CHECK(status_of(feb, "revalidation") == Status::unknown);
  CHECK(feb.scheme("revalidation")->ask_jobcenter);
  Assessment june = assess_facts(facts, "2026-06-30");
  CHECK(status_of(june, "revalidation") == Status::unknown);
  CHECK(june.scheme("revalidation")->ask_jobcenter);
  // Closed to new cases: it does not apply, in words, and nobody is asked whether a course is under way.
  Assessment july = assess_facts(facts, "2026-07-01");
  CHECK(status_of(july, "revalidation") == Status::does_not_apply);
  REQUIRE(july.scheme("revalidation")->reasons.size() == 1);
  CHECK(july.scheme("revalidation")->reasons[0].condition->text_not.da == "Revalidering er lukket for nye sager siden 1. juli 2026");
  CHECK(july.scheme("revalidation")->missing.empty());
  Case july_case = parse_case(case_json(facts), kb());
  for (const auto& item : interview_items(kb(), july_case, july)) CHECK(item.id != "already_in_revalidation");
  Case june_case = parse_case(case_json(facts), kb());
  bool asked_in_june = false;
  for (const auto& item : interview_items(kb(), june_case, june)) asked_in_june = asked_in_june || item.id == "already_in_revalidation";
  CHECK(asked_in_june);
  json closed = facts;
  closed["already_in_revalidation"] = false;
  CHECK(status_of(assess_facts(closed, "2026-06-30"), "revalidation") == Status::unknown);
  CHECK(status_of(assess_facts(closed, "2026-07-01"), "revalidation") == Status::does_not_apply);
  json ongoing = facts;
  ongoing["already_in_revalidation"] = true;
  CHECK(status_of(assess_facts(ongoing, "2026-07-01"), "revalidation") == Status::applies);
  // An ongoing course is judged by the scheme's own conditions.
  json ongoing_not_met = ongoing;
  ongoing_not_met["self_supporting_after"] = false;
  CHECK(status_of(assess_facts(ongoing_not_met, "2026-07-01"), "revalidation") == Status::does_not_apply);
  ongoing_not_met.erase("self_supporting_after");
  CHECK(status_of(assess_facts(ongoing_not_met, "2026-07-01"), "revalidation") == Status::unknown);
  // The closing date in the reason's words is the row's own valid_from (one date, said twice).
  const Scheme* closed_row = july.scheme("revalidation")->scheme;
  REQUIRE(closed_row->valid.from.has_value());
  CHECK(*closed_row->valid.from == day("2026-07-01"));
  CHECK_THAT(closed_row->condition.text.da, Catch::Contains("siden 1. juli 2026"));
  CHECK_THAT(closed_row->condition.text.en, Catch::Contains("since 1 July 2026"));
  // A note says that a course already granted runs to its end.
  bool runs_on = false;
  for (const auto& n : july.scheme("revalidation")->scheme->notes) runs_on = runs_on || n.text.da.find("fortsætter det til ende") != std::string::npos;
  CHECK(runs_on);
  // The why says the leaflet is outdated, with the law that holds now.
  const auto& notes = assess_facts(closed, "2026-07-01").scheme("revalidation")->scheme->notes;
  REQUIRE(!notes.empty());
  CHECK_THAT(notes.front().text.da, Catch::Contains("forældet") && Catch::Contains("lov nr. 1750"));
  CHECK(assess_facts(closed, "2026-01-31").scheme("revalidation")->scheme->notes.empty());
}

TEST_CASE("§56 ground (c) by the days paid for the same illness: 21 or more met, under 21 not met (§ 56, stk. 2, nr. 3)", "[dated][s56]") {
  auto with_days = [](int days) {
    return assess_facts({{"chronic_illness_told", false}, {"treatment_decided_at_hiring", false},
                         {"repeated_absence_same_illness", true}, {"s56_same_illness_paid_days", days}});
  };
  CHECK(status_of(with_days(20), "s56") == Status::does_not_apply);
  CHECK(status_of(with_days(21), "s56") == Status::applies);
  CHECK_FALSE(with_days(21).scheme("s56")->ask_jobcenter);
  CHECK(status_of(with_days(29), "s56") == Status::applies);
  CHECK(status_of(with_days(30), "s56") == Status::applies);
  // The days' condition cites the law's own section, with no interpretation of ours.
  const Condition* days = nullptr;
  std::function<void(const Condition&)> find = [&](const Condition& c) {
    if (c.id == "ground_c_days") days = &c;
    for (const auto& ch : c.children) find(ch);
  };
  find(kb().scheme("s56")->condition);
  REQUIRE(days != nullptr);
  CHECK(days->threshold == "s56_c_days");
  CHECK(kb().threshold_value("s56_c_days") == 21);
  CHECK(days->cite.source == "sdpl");
  CHECK(days->cite.where == "§ 56, stk. 2, nr. 3");
  CHECK(days->cite.interpretation.empty());
  CHECK(kb().threshold("s56_c_days_met") == nullptr);
  // Without a planned treatment the days do not help.
  CHECK(status_of(assess_facts({{"chronic_illness_told", false}, {"treatment_decided_at_hiring", false},
                                {"repeated_absence_same_illness", false}, {"s56_same_illness_paid_days", 40}}),
                  "s56") == Status::does_not_apply);
}

TEST_CASE("the flexjob decision path by date: the rehabilitation team until 31 January 2026, the health coordinator from 1 February 2026", "[dated][reform][flexjob]") {
  const Scheme* before = assess_facts(json::object(), "2026-01-31").scheme("flexjob")->scheme;
  const Scheme* after = assess_facts(json::object(), "2026-02-01").scheme("flexjob")->scheme;
  CHECK_THAT(before->decided_by.da, Catch::Contains("rehabiliteringsteam"));
  CHECK_THAT(after->decided_by.da, Catch::Contains("sundhedskoordinator"));
  CHECK(after->notes.size() == before->notes.size() + 1);
  CHECK_THAT(after->notes.back().text.da, Catch::Contains("forældet") && Catch::Contains("1. februar 2026"));
}

TEST_CASE("the mentor spending ceiling is a note from 1 January 2026", "[dated][reform][mentor]") {
  CHECK(assess_facts(json::object(), "2025-12-31").scheme("mentor")->scheme->notes.empty());
  const auto& notes = assess_facts(json::object(), "2026-01-01").scheme("mentor")->scheme->notes;
  REQUIRE(notes.size() == 1);
  CHECK_THAT(notes[0].text.en, Catch::Contains("ceiling"));
}

TEST_CASE("the 26-week rule on municipal follow-up is stated beside the deadlines from 1 February 2026", "[dated][reform]") {
  auto deadline_notices = [](const char* on) {
    int n = 0;
    for (const auto& x : rules_on(kb(), day(on)).notices) n += std::count(x.where.begin(), x.where.end(), "deadlines") > 0 && x.text.da.find("26 uger") != std::string::npos;
    return n;
  };
  CHECK(deadline_notices("2026-01-31") == 0);
  CHECK(deadline_notices("2026-02-01") == 1);
}

TEST_CASE("from 2 December 2026 results, deadlines, documents and dates after 2026 say the 2027 changes are planned, not passed", "[dated][reform][2027]") {
  // A sick leave from 01-11-2026 whose later deadlines lie in 2027 for a case assessed in December.
  Case c = parse_case(case_json({{"first_absence_day", "2026-12-01"}, {"pays_wages_during_sickness", true}}), kb());
  const std::string planned = "Der er planlagt ændringer fra 1. januar 2027";
  auto document_of = [&](const char* on) {
    Assessment a = assess(kb(), c, day(on));
    return render_document(kb(), c, a, "jobcenter_summary", DocumentOptions{}).text;
  };
  auto report_of = [&](const char* on, Lang lang = Lang::da) { return assessment_to_text(kb(), c, assess(kb(), c, day(on)), lang); };
  for (const char* on : {"2026-12-02", "2026-12-31", "2027-01-01"}) {
    INFO(on);
    CHECK_THAT(document_of(on), Catch::Contains(planned) && Catch::Contains("Spørg kommunen om alt efter 31-12-2026"));
    std::string report = report_of(on);
    CHECK_THAT(report, Catch::Contains("! " + planned));
    // Beside the deadlines too.
    CHECK(report.find(planned, report.find("== " + kb().text("report_dates", Lang::da))) != std::string::npos);
    CHECK_THAT(report_of(on, Lang::en), Catch::Contains("Changes are planned from 1 January 2027") && Catch::Contains("not know whether they have been passed"));
    json j = assessment_to_json(kb(), c, assess(kb(), c, day(on)), Lang::da);
    bool listed = false;
    for (const auto& n : j["notices"]) listed = listed || (n["id"] == "planned_2027" && n["last_checked"] == "2026-12-02");
    CHECK(listed);
  }
  // The day before the notice's row begins: no notice anywhere.
  CHECK_THAT(document_of("2026-12-01"), !Catch::Contains("1. januar 2027"));
  CHECK_THAT(report_of("2026-12-01"), !Catch::Contains("1. januar 2027"));
  // The words are neutral: planned, not decided; never "vedtaget" as a fact.
  const Notice* n = nullptr;
  for (const auto& x : rules_on(kb(), day("2026-12-02")).notices)
    if (x.id == "planned_2027") n = &x;
  REQUIRE(n != nullptr);
  CHECK(n->valid.from == day("2026-12-02"));
  CHECK_FALSE(n->valid.until.has_value());
  CHECK(n->dates_after == day("2026-12-31"));
  CHECK_THAT(n->text.da, Catch::Contains("planlagt") && Catch::Contains("ved ikke, om de er vedtaget") && Catch::Contains("gælder i dag"));
  // A calendar event after 31-12-2026 carries the notice; one in 2026 does not.
  Assessment a = assess(kb(), c, day("2026-12-02"));
  std::string ics = calendar_ics(kb(), c, a, Lang::da);
  size_t in_2027 = ics.find("DTSTART;VALUE=DATE:2027");
  REQUIRE(in_2027 != std::string::npos);
  CHECK(ics.find("planlagt", in_2027) != std::string::npos);
  std::string first_event = ics.substr(0, ics.find("END:VEVENT"));
  CHECK(first_event.find("DTSTART;VALUE=DATE:2026") != std::string::npos);
  CHECK(first_event.find("planlagt") == std::string::npos);
  // latest_date_shown finds the 2027 deadline.
  REQUIRE(latest_date_shown(c, a).has_value());
  CHECK(days_between(day("2026-12-31"), *latest_date_shown(c, a)) > 0);
}

TEST_CASE("NemRefusion: the employer's reporting deadline by whether the company pays wages during sickness (sdpl § 40)", "[dated][nemrefusion]") {
  json base = {{"first_absence_day", "2026-03-02"}, {"employment_start", "2020-01-01"}, {"worked_74_hours_in_8_weeks", true}};
  auto deadline = [&](json facts) {
    Case c = parse_case(case_json(facts), kb());
    Assessment a = assess(kb(), c, day("2026-03-10"));
    for (const auto& l : deadline_lines(kb(), c, a))
      if (l.info->id.rfind("nemrefusion_", 0) == 0) return l.info->id + " " + format_iso(l.date);
    return std::string("none");
  };
  json wages = base;
  wages["pays_wages_during_sickness"] = true;
  CHECK(deadline(wages) == "nemrefusion_wages 2026-04-06");  // first day + 35 days
  json benefit = base;
  benefit["pays_wages_during_sickness"] = false;
  CHECK(deadline(benefit) == "nemrefusion_benefit 2026-04-07");  // last employer-period day 2026-03-31 + 7
  json new_hire = benefit;
  new_hire["employment_start"] = "2026-02-01";
  CHECK(deadline(new_hire) == "nemrefusion_no_period 2026-03-16");  // first day + 14 days
  CHECK(deadline(base) == "none");  // whether wages are paid is not known yet
  // The why says what a late report costs.
  CHECK_THAT(kb().deadline("nemrefusion_wages")->why.da, Catch::Contains("for sent"));
}

TEST_CASE("numbers in texts come from the thresholds: changing any threshold leaves no text stating the old number", "[dated][threshold]") {
  // Words that follow a threshold's number in a sentence, by its unit.
  std::map<std::string, std::string> unit_words = {
      {"days", "(dage|days|kalenderdage|calendar days|fraværsdage|absence days)"},
      {"weeks", "(uger|weeks)"},
      {"hours", "(timer|timers|hours)"},
      {"hours_per_week", "(timer|timers|hours|-hour)"},
      {"months", "(måneder|months|år|years)"},
      {"years", "(år|years)"},
  };
  const KnowledgeBase& original = kb();
  for (size_t i = 0; i < original.thresholds.size(); ++i) {
    const Threshold& t = original.thresholds[i];
    REQUIRE(unit_words.count(t.unit));
    // Change this threshold and every other of the same value and unit (a sentence cannot say
    // which of two equal numbers it means), each to a number no text contains.
    std::set<std::string> changed;
    auto files = edited("thresholds", [&](json& d) {
      int k = 0;
      for (auto& row : d["thresholds"]) {
        ++k;
        if (row["value"].get<double>() == t.value && row["unit"] == t.unit) {
          row["value"] = 9000 + k;
          changed.insert(row["id"].get<std::string>());
        }
      }
    });
    KnowledgeBase changed_kb = load_knowledge_base(files);
    auto number = [](double v) { return std::to_string(static_cast<long long>(v)); };
    std::vector<std::string> old_numbers = {number(t.value)};
    if (t.unit == "days" && long(t.value) % 7 == 0) old_numbers.push_back(number(t.value / 7));      // said in weeks
    if (t.unit == "months" && long(t.value) % 12 == 0) old_numbers.push_back(number(t.value / 12));  // said in years
    std::vector<std::string> spelled = {};
    for (const auto& n : old_numbers) {
      std::regex stated("(^|[^0-9,.§])" + n + "(\\s|-)" + unit_words[t.unit]);
      for (const char* on : {"2025-11-01", "2026-11-01"})
        for (const auto& text : all_texts(changed_kb, day(on))) {
          INFO("threshold " << t.id << " (" << n << " " << t.unit << ") still stated in: " << text);
          CHECK(!std::regex_search(text, stated));
        }
    }
  }
}

TEST_CASE("what changed since the case was last opened: a dated rule that moves a status is named, from what to what and why", "[dated][since]") {
  Case c = parse_case(case_json({{"retention_in_field_impossible", true}, {"self_supporting_after", true}, {"already_in_revalidation", false}}), kb());
  c.last_shown = shown_now(kb(), assess(kb(), c, day("2026-06-30")));
  CHECK(c.last_shown->statuses.at("revalidation") == "unknown");
  // Opened again the same day with the same knowledge base: nothing to say.
  CHECK(changes_since_last_shown(kb(), c, assess(kb(), c, day("2026-06-30")), Lang::da).empty());
  // Opened on the day the closure takes effect: revalidation moved, and the rule behind it is named.
  auto changes = changes_since_last_shown(kb(), c, assess(kb(), c, day("2026-07-01")), Lang::da);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].scheme == "revalidation");
  CHECK(changes[0].from == Status::unknown);
  CHECK(changes[0].to == Status::does_not_apply);
  CHECK_THAT(changes[0].why, Catch::Contains("01-07-2026") && Catch::Contains("lukket for nye sager") && Catch::Contains("Lov nr. 1750"));
}

TEST_CASE("what changed since the case was last opened: a newer knowledge base is named by its versions", "[dated][since]") {
  Case c = parse_case(case_json({{"treatment_decided_at_hiring", true}}), kb());
  c.last_shown = shown_now(kb(), assess(kb(), c, day("2026-11-23")));
  c.last_shown->kb_version = "0.9.0";
  c.last_shown->statuses["s56"] = "unknown";
  auto changes = changes_since_last_shown(kb(), c, assess(kb(), c, day("2026-11-23")), Lang::en);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].to == Status::applies);
  CHECK_THAT(changes[0].why, Catch::Contains("0.9.0") && Catch::Contains(kb().version));
}

TEST_CASE("a case file keeps what it last showed through a write and a read", "[dated][since][case_file]") {
  Case c = parse_case(case_json({{"treatment_decided_at_hiring", true}}), kb());
  c.last_shown = shown_now(kb(), assess(kb(), c, day("2026-11-23")));
  Case back = parse_case(write_case(c, kb()), kb());
  REQUIRE(back.last_shown.has_value());
  CHECK(*back.last_shown == *c.last_shown);
  json bad = json::parse(write_case(c, kb()));
  bad["last_shown"]["statuses"]["s56"] = "granted";
  CHECK_THROWS_AS(parse_case(bad.dump(), kb()), InputError);
}

TEST_CASE("every fact the engine reads by name is declared, and the loader refuses data without one", "[data][facts]") {
  for (const char* id : fact::all) {
    INFO(id);
    CHECK(kb().fact(id) != nullptr);
    // facts.json without it: refused, naming the fact (conditions that use it may be named first).
    std::string problem = load_problem("facts", [&](json& d) {
      auto& list = d["facts"];
      for (auto it = list.begin(); it != list.end(); ++it)
        if ((*it)["id"] == id) {
          list.erase(it);
          break;
        }
    });
    CHECK(problem != "(loaded)");
    INFO(problem);
    CHECK(problem.find(id) != std::string::npos);
  }
}
