#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

TEST_CASE("social chapter or special terms is the vehicle for adaptations: cannot tell before the need is known", "[schemes][social_chapter]") {
  SECTION("before any answer it cannot be told, and the need for adaptations is the missing fact") {
    Assessment a = assess_facts(json::object());
    const SchemeResult* s = a.scheme("social_chapter");
    CHECK(s->status == Status::unknown);
    CHECK(s->missing == std::vector<std::string>{"needs_adaptation"});
  }
  SECTION("adaptations are needed: it applies, and an unknown track does not make it unknown") {
    Assessment a = assess_facts({{"needs_adaptation", true}});
    const SchemeResult* s = a.scheme("social_chapter");
    CHECK(s->status == Status::applies);
    CHECK(s->track == Tri::unknown);
    CHECK(contains(s->track_missing, "has_collective_agreement"));
    CHECK(kb().fact("has_social_chapter")->who == std::vector<std::string>{"tr", "employer_org"});
  }
  SECTION("no adaptations needed: it does not apply") {
    CHECK(status_of(assess_facts({{"needs_adaptation", false}}), "social_chapter") == Status::does_not_apply);
  }
  SECTION("the employer must try on either track: said in its notes") {
    bool said = false;
    for (const auto& n : kb().scheme("social_chapter")->notes) said = said || n.text.en.find("must try") != std::string::npos;
    CHECK(said);
  }
  SECTION("a sufficient social chapter in the collective agreement gives the social-chapter track") {
    Assessment a = assess_facts({{"has_collective_agreement", true}, {"has_social_chapter", true}, {"social_chapter_sufficient", true}});
    CHECK(a.scheme("social_chapter")->track == Tri::yes);
  }
  SECTION("no collective agreement means special terms") {
    Assessment a = assess_facts({{"has_collective_agreement", false}});
    CHECK(a.scheme("social_chapter")->track == Tri::no);
  }
  SECTION("a social chapter not sufficiently filled in means special terms") {
    Assessment a = assess_facts({{"has_collective_agreement", true}, {"has_social_chapter", true}, {"social_chapter_sufficient", false}});
    CHECK(a.scheme("social_chapter")->track == Tri::no);
  }
}

TEST_CASE("partial sick leave needs at least 4 hours of absence a week", "[schemes][partial_sick_leave][threshold]") {
  SECTION("exactly 4 hours applies") {
    CHECK(status_of(assess_facts({{"can_work_partly", true}, {"absence_hours_per_week", 4}}), "partial_sick_leave") == Status::applies);
  }
  SECTION("3.5 hours does not apply") {
    Assessment a = assess_facts({{"can_work_partly", true}, {"absence_hours_per_week", 3.5}});
    CHECK(status_of(a, "partial_sick_leave") == Status::does_not_apply);
    REQUIRE(a.scheme("partial_sick_leave")->reasons.size() == 1);
    CHECK(a.scheme("partial_sick_leave")->reasons[0].condition->id == "four_hours");
    CHECK(a.scheme("partial_sick_leave")->reasons[0].condition->cite.source == "hedensted");
  }
  SECTION("unknown hours: cannot tell yet, and the hours are the missing fact") {
    Assessment a = assess_facts({{"can_work_partly", true}});
    CHECK(status_of(a, "partial_sick_leave") == Status::unknown);
    CHECK(missing_of(a, "partial_sick_leave") == std::vector<std::string>{"absence_hours_per_week"});
  }
  SECTION("a known failing condition wins over a missing fact") {
    Assessment a = assess_facts({{"absence_hours_per_week", 2}});
    CHECK(status_of(a, "partial_sick_leave") == Status::does_not_apply);
    CHECK(missing_of(a, "partial_sick_leave").empty());
  }
}

TEST_CASE("a §56 agreement needs one of its grounds", "[schemes][s56][threshold]") {
  SECTION("ground (a): a chronic illness the employee told of, with exactly 10 expected days, applies") {
    CHECK(status_of(assess_facts({{"chronic_illness_told", true}, {"expected_absence_days_per_year", 10}}), "s56") == Status::applies);
  }
  SECTION("9 expected days is not ground (a); with the other grounds known false it does not apply") {
    Assessment a = assess_facts({{"chronic_illness_told", true}, {"expected_absence_days_per_year", 9},
                                 {"treatment_decided_at_hiring", false}, {"repeated_absence_same_illness", false}});
    CHECK(status_of(a, "s56") == Status::does_not_apply);
  }
  SECTION("ground (b): treatment decided when the employee was hired applies") {
    CHECK(status_of(assess_facts({{"treatment_decided_at_hiring", true}}), "s56") == Status::applies);
  }
  SECTION("ground (c) with a planned treatment but no count of days names the days as missing") {
    Assessment a = assess_facts({{"chronic_illness_told", false}, {"treatment_decided_at_hiring", false},
                                 {"repeated_absence_same_illness", true}});
    CHECK(status_of(a, "s56") == Status::unknown);
    CHECK(missing_of(a, "s56") == std::vector<std::string>{"s56_same_illness_paid_days"});
  }
  json c = {{"chronic_illness_told", false}, {"treatment_decided_at_hiring", false}, {"repeated_absence_same_illness", true}};
  SECTION("ground (c) with 21 days or more is met, as § 56, stk. 2, nr. 3 says (no 'ask' band)") {
    for (int days : {21, 29, 30}) {
      c["s56_same_illness_paid_days"] = days;
      Assessment a = assess_facts(c);
      CHECK(status_of(a, "s56") == Status::applies);
      CHECK_FALSE(a.scheme("s56")->ask_jobcenter);
    }
  }
  SECTION("ground (c) with fewer than 21 days is not met") {
    c["s56_same_illness_paid_days"] = 20;
    CHECK(status_of(assess_facts(c), "s56") == Status::does_not_apply);
  }
  SECTION("nothing known: cannot tell yet, naming each fact and who can answer") {
    Assessment a = assess_facts(json::object());
    CHECK(status_of(a, "s56") == Status::unknown);
    auto m = missing_of(a, "s56");
    CHECK(contains(m, "chronic_illness_told"));
    CHECK(contains(m, "expected_absence_days_per_year"));
    CHECK(contains(m, "treatment_decided_at_hiring"));
    CHECK(contains(m, "repeated_absence_same_illness"));
    CHECK(kb().fact("expected_absence_days_per_year")->who == std::vector<std::string>{"doctor"});
  }
}

TEST_CASE("workplace trial is for limited work capacity", "[schemes][workplace_trial]") {
  CHECK(status_of(assess_facts({{"limited_work_capacity", true}}), "workplace_trial") == Status::applies);
  CHECK(status_of(assess_facts({{"limited_work_capacity", false}}), "workplace_trial") == Status::does_not_apply);
  Assessment a = assess_facts(json::object());
  CHECK(status_of(a, "workplace_trial") == Status::unknown);
  CHECK(missing_of(a, "workplace_trial") == std::vector<std::string>{"limited_work_capacity"});
}

TEST_CASE("a mentor must be decisive for retention", "[schemes][mentor]") {
  CHECK(status_of(assess_facts({{"needs_extraordinary_introduction", true}, {"mentor_decisive", true}}), "mentor") == Status::applies);
  CHECK(status_of(assess_facts({{"needs_extraordinary_introduction", true}, {"mentor_decisive", false}}), "mentor") == Status::does_not_apply);
  Assessment a = assess_facts({{"needs_extraordinary_introduction", true}});
  CHECK(status_of(a, "mentor") == Status::unknown);
  CHECK(missing_of(a, "mentor") == std::vector<std::string>{"mentor_decisive"});
}

TEST_CASE("aids: special tools apply, a 'minor' layout change is the jobcenter's judgement", "[schemes][aids]") {
  CHECK(status_of(assess_facts({{"limited_work_capacity", true}, {"special_tools_help", true}}), "aids") == Status::applies);
  Assessment layout = assess_facts({{"limited_work_capacity", true}, {"special_tools_help", false}, {"workplace_layout_helps", true}});
  CHECK(status_of(layout, "aids") == Status::unknown);
  CHECK(layout.scheme("aids")->ask_jobcenter);
  CHECK(status_of(assess_facts({{"limited_work_capacity", false}, {"special_tools_help", true}}), "aids") == Status::does_not_apply);
  CHECK(status_of(assess_facts({{"limited_work_capacity", true}, {"special_tools_help", false}, {"workplace_layout_helps", false}}), "aids") ==
        Status::does_not_apply);
}

TEST_CASE("personal assistance: up to 20 hours a week for a 37-hour week", "[schemes][personal_assistance][threshold]") {
  json base = {{"lasting_substantial_impairment", true}, {"needs_personal_help", true},
               {"job_incompatible_with_impairment", false}, {"weekly_hours", 37}};
  for (int hours : {15, 20}) {
    DYNAMIC_SECTION(hours << " hours applies, with nothing for the municipality to judge") {
      json f = base;
      f["assistance_hours_per_week"] = hours;
      Assessment a = assess_facts(f);
      CHECK(status_of(a, "personal_assistance") == Status::applies);
      CHECK(a.scheme("personal_assistance")->limits.empty());
    }
  }
  SECTION("25 hours applies for up to 20 hours; the extra hours are the municipality's judgement") {
    json f = base;
    f["assistance_hours_per_week"] = 25;
    Assessment a = assess_facts(f);
    const SchemeResult* s = a.scheme("personal_assistance");
    CHECK(s->status == Status::applies);
    CHECK_FALSE(s->ask_jobcenter);
    REQUIRE(s->limits.size() == 1);
    CHECK(s->limits[0].condition->id == "beyond_20");
    CHECK_THAT(s->limits[0].condition->text.en, Catch::Contains("up to 20 hours") && Catch::Contains("municipality"));
  }
  SECTION("unknown hours: it applies, and the hours are asked to tell whether more than 20 are needed") {
    Assessment a = assess_facts(base);
    CHECK(status_of(a, "personal_assistance") == Status::applies);
    CHECK(contains(a.scheme("personal_assistance")->limits_missing, "assistance_hours_per_week"));
  }
  SECTION("part time: it applies; the share of the 20 hours is the municipality's judgement") {
    json f = base;
    f["assistance_hours_per_week"] = 10;
    f["weekly_hours"] = 25;
    Assessment a = assess_facts(f);
    CHECK(status_of(a, "personal_assistance") == Status::applies);
    REQUIRE(a.scheme("personal_assistance")->limits.size() == 1);
    CHECK(a.scheme("personal_assistance")->limits[0].condition->id == "part_time");
  }
  SECTION("not if the job is incompatible with the impairment") {
    json f = base;
    f["assistance_hours_per_week"] = 10;
    f["job_incompatible_with_impairment"] = true;
    CHECK(status_of(assess_facts(f), "personal_assistance") == Status::does_not_apply);
  }
  SECTION("an impairment that is not lasting and substantial does not qualify") {
    json f = base;
    f["assistance_hours_per_week"] = 10;
    f["lasting_substantial_impairment"] = false;
    CHECK(status_of(assess_facts(f), "personal_assistance") == Status::does_not_apply);
  }
}

namespace {
json flexjob_facts(const char* birth) {
  return {{"birth_date", birth}, {"receives_pension", false}, {"permanent_substantial_limitation", true}, {"all_measures_tried", true}};
}
}  // namespace

TEST_CASE("flexjob: under pension age, no pension, permanent limits, measures tried", "[schemes][flexjob]") {
  SECTION("all met applies, decided by the municipality") {
    Assessment a = assess_facts(flexjob_facts("1975-03-14"));
    CHECK(status_of(a, "flexjob") == Status::applies);
    CHECK_THAT(a.scheme("flexjob")->scheme->decided_by.da, Catch::Contains("bopælskommune"));
  }
  SECTION("disability, senior or early pension excludes") {
    json f = flexjob_facts("1975-03-14");
    f["receives_pension"] = true;
    CHECK(status_of(assess_facts(f), "flexjob") == Status::does_not_apply);
  }
  SECTION("at state pension age it does not apply") {
    CHECK(status_of(assess_facts(flexjob_facts("1958-01-10")), "flexjob") == Status::does_not_apply);
  }
  SECTION("measures not all tried: whether more is obviously pointless is the jobcenter's judgement") {
    json f = flexjob_facts("1975-03-14");
    f["all_measures_tried"] = false;
    f["measures_obviously_pointless"] = true;
    Assessment a = assess_facts(f);
    CHECK(status_of(a, "flexjob") == Status::unknown);
    CHECK(a.scheme("flexjob")->ask_jobcenter);
  }
  SECTION("no birth date: the birth date is the missing fact") {
    json f = flexjob_facts("1975-03-14");
    f.erase("birth_date");
    Assessment a = assess_facts(f);
    CHECK(status_of(a, "flexjob") == Status::unknown);
    CHECK(missing_of(a, "flexjob") == std::vector<std::string>{"birth_date"});
  }
  SECTION("the leaflet's pre-2013 subsidy is flagged as outdated") {
    bool flagged = false;
    for (const auto& n : kb().scheme("flexjob")->notes) flagged = flagged || n.text.en.find("2013") != std::string::npos;
    CHECK(flagged);
  }
}

TEST_CASE("fastholdelsesfleksjob with more than 6 years to pension needs the three special conditions", "[schemes][fastholdelsesfleksjob]") {
  json f = flexjob_facts("1975-03-14");
  json agreement = {{"id", "a1"}, {"date", "2025-11-22"}, {"kind", "agreement"}, {"terms", "special_terms"},
                    {"adapted", {"reduced_hours"}}, {"expected_effect", "x"}, {"follow_up_date", "2026-01-10"},
                    {"consequences", "y"}, {"difficult_functions", "lifting"}, {"accommodations", "no lifting"},
                    {"unsupported_job", true}};
  SECTION("12 months are met on the anniversary day itself") {
    Assessment a = assess_json(case_json(f, json::array({agreement})), "2026-11-22");
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::applies);
    CHECK(format_iso(*a.dates.special_terms_12_months_on) == "2026-11-22");
  }
  SECTION("the day before the anniversary: not yet, met on the anniversary, never 'does not apply'") {
    f["exception_event_told"] = false;
    Assessment a = assess_json(case_json(f, json::array({agreement})), "2026-11-21");
    const SchemeResult* s = a.scheme("fastholdelsesfleksjob");
    CHECK(s->status == Status::not_yet);
    REQUIRE(s->met_on.has_value());
    CHECK(format_iso(*s->met_on) == "2026-11-22");
    CHECK(a.dates.special_terms_12_months_met == Tri::no);
    CHECK(status_words(kb(), s->status, s->met_on, false, Lang::da) == "Endnu ikke – opfyldt den 22-11-2026");
  }
  SECTION("time missing and other facts missing: cannot tell yet, the facts are named") {
    f["exception_event_told"] = false;
    f.erase("all_measures_tried");
    Assessment a = assess_json(case_json(f, json::array({agreement})), "2026-11-21");
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::unknown);
    CHECK_FALSE(a.scheme("fastholdelsesfleksjob")->met_on.has_value());
    CHECK(contains(missing_of(a, "fastholdelsesfleksjob"), "all_measures_tried"));
  }
  SECTION("time missing and a condition that fails: it does not apply") {
    f["exception_event_told"] = false;
    f["receives_pension"] = true;
    Assessment a = assess_json(case_json(f, json::array({agreement})), "2026-11-21");
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::does_not_apply);
    CHECK_FALSE(a.scheme("fastholdelsesfleksjob")->met_on.has_value());
  }
  SECTION("before 12 months with an exception told of: ask the jobcenter, never applies") {
    f["exception_event_told"] = true;
    Assessment a = assess_json(case_json(f, json::array({agreement})), "2026-05-01");
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::unknown);
    CHECK(a.scheme("fastholdelsesfleksjob")->ask_jobcenter);
  }
  SECTION("before 12 months and the exception unknown: cannot tell, the exception is missing") {
    Assessment a = assess_json(case_json(f, json::array({agreement})), "2026-05-01");
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::unknown);
    CHECK(contains(missing_of(a, "fastholdelsesfleksjob"), "exception_event_told"));
  }
  SECTION("an agreement without the functions and accommodations leaves that condition to be answered") {
    json bare = agreement;
    bare.erase("difficult_functions");
    Assessment a = assess_json(case_json(f, json::array({bare})), "2026-11-23");
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::unknown);
    CHECK(contains(missing_of(a, "fastholdelsesfleksjob"), "functions_and_accommodations_written"));
  }
  SECTION("the documented attempt at an unsupported job is required") {
    f["unsupported_job_attempt_documented"] = false;
    json supported = agreement;
    supported["unsupported_job"] = false;
    Assessment a = assess_json(case_json(f, json::array({supported})), "2026-11-23");
    // Until 6 years before the pension date (14-03-2045 at 70): from then the three special
    // conditions are no longer required, so the scheme holds on that day with these facts.
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::not_yet);
    CHECK(format_iso(*a.scheme("fastholdelsesfleksjob")->met_on) == "2039-03-14");
  }
  SECTION("an agreement on ordinary terms does not start the 12 months") {
    json ordinary = agreement;
    ordinary["terms"] = "ordinary";
    Assessment a = assess_json(case_json(f, json::array({ordinary})), "2026-11-23");
    CHECK_FALSE(a.dates.special_terms_since.has_value());
    CHECK(contains(missing_of(a, "fastholdelsesfleksjob"), "special_terms_since"));
  }
  SECTION("the 12 months run from the first dated agreement on special terms") {
    json later = agreement;
    later["id"] = "a2";
    later["date"] = "2026-02-01";
    later["follow_up_date"] = "2026-03-01";
    Assessment a = assess_json(case_json(f, json::array({later, agreement})), "2026-11-23");
    CHECK(format_iso(*a.dates.special_terms_since) == "2025-11-22");
  }
  SECTION("the general flexjob conditions still apply: a pension excludes") {
    f["receives_pension"] = true;
    Assessment a = assess_json(case_json(f, json::array({agreement})), "2026-11-23");
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::does_not_apply);
  }
}

TEST_CASE("fastholdelsesfleksjob with 6 years or less to pension needs only the general conditions", "[schemes][fastholdelsesfleksjob][threshold]") {
  // Born 1962-05-20: pension age 67, pension date 2029-05-20.
  json f = flexjob_facts("1962-05-20");
  SECTION("exactly 6 years to pension counts as 6 years or less") {
    Assessment a = assess_facts(f, "2023-05-20");
    CHECK(a.dates.pension->more_than_6_years == Tri::no);
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::applies);
  }
  SECTION("6 years and one day is more than 6 years: the special conditions come back") {
    Assessment a = assess_facts(f, "2023-05-19");
    CHECK(a.dates.pension->more_than_6_years == Tri::yes);
    CHECK(status_of(a, "fastholdelsesfleksjob") == Status::unknown);
    CHECK(contains(missing_of(a, "fastholdelsesfleksjob"), "special_terms_since"));
  }
}

TEST_CASE("before 1 February 2026 revalidation needs retention in the field to be impossible and self-support after", "[schemes][revalidation]") {
  CHECK(status_of(assess_facts({{"retention_in_field_impossible", true}, {"self_supporting_after", true}}, "2026-01-31"), "revalidation") == Status::applies);
  CHECK(status_of(assess_facts({{"retention_in_field_impossible", true}, {"self_supporting_after", false}}, "2026-01-31"), "revalidation") == Status::does_not_apply);
  Assessment a = assess_facts({{"retention_in_field_impossible", true}}, "2026-01-31");
  CHECK(status_of(a, "revalidation") == Status::unknown);
  CHECK(missing_of(a, "revalidation") == std::vector<std::string>{"self_supporting_after"});
}

TEST_CASE("the flowchart does not gate the schemes", "[schemes][flow]") {
  Assessment a = assess_facts({{"job_causes_absence", false}, {"treatment_decided_at_hiring", true}});
  CHECK(a.flow.node->id == "reduce_absence");
  CHECK(status_of(a, "s56") == Status::applies);
}
