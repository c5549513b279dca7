#include <algorithm>

#include "engine/report.hpp"
#include "engine/fact_ids.hpp"

namespace fasthold {

using nlohmann::json;

namespace {

json tri_json(Tri t) { return t == Tri::unknown ? json(nullptr) : json(t == Tri::yes); }
json date_json(const std::optional<Date>& d) { return d ? json(format_iso(*d)) : json(nullptr); }

json cite_json(const Citation& c) {
  json j = {{"source", c.source}, {"where", c.where}};
  if (!c.quote.empty()) j["quote"] = c.quote;
  if (!c.interpretation.empty()) j["interpretation"] = c.interpretation;
  return j;
}

json condition_json(const ConditionResult& r, Lang lang, bool with_children) {
  const Condition& c = *r.condition;
  json j = {{"condition", c.id}, {"text", c.text.in(lang)}, {"met", tri_json(r.value)},
            {"source", c.cite.source}, {"cite", cite_json(c.cite)}};
  if (!r.shown_value.empty()) j["value"] = r.shown_value;
  if (r.ask_jobcenter) j["ask_jobcenter"] = true;
  if (r.met_on) j["not_yet_met_on"] = format_iso(*r.met_on);
  if (with_children && !r.children.empty() && c.kind != Condition::Kind::scheme) {
    j["children"] = json::array();
    for (const auto& child : r.children) j["children"].push_back(condition_json(child, lang, true));
  }
  return j;
}

json missing_json(const KnowledgeBase& kb, const std::vector<std::string>& ids, Lang lang) {
  json out = json::array();
  for (const auto& id : ids) {
    const Fact* f = kb.fact(id);
    json who_text = json::array();
    for (const auto& w : f->who) who_text.push_back(kb.role(w)->name.in(lang));
    out.push_back({{"fact", id}, {"question", f->question.in(lang)}, {"who", f->who}, {"who_text", who_text},
                   {"told_by_employee", f->told_by_employee}});
  }
  return out;
}

}  // namespace

std::vector<DeadlineLine> deadline_lines(const KnowledgeBase& any_kb, const Case& c, const Assessment& a) {
  const KnowledgeBase& kb = rules_on(any_kb, a.on);
  std::vector<DeadlineLine> out;
  if (is_closed_on(c, a.on)) return out;  // a closed case's deadlines stop
  const DatesResult& d = a.dates;
  auto add = [&](const char* id, const std::optional<Date>& date, bool done = false, std::string detail = {}) {
    if (!date) return;
    DeadlineLine line{kb.deadline(id), *date, std::move(detail), done, false};
    line.overdue = !done && days_between(a.on, *date) < 0;
    out.push_back(line);
  };
  add("absence_interview_deadline", d.absence_interview_deadline, d.absence_interview_held_on.has_value(),
      d.absence_interview_held_on ? format_iso(*d.absence_interview_held_on) : "");
  if (d.employer_period != Tri::no) {
    add("employer_period_last_day", d.employer_period_last_day, true);
    add("refund_from", d.refund_from, true);
  }
  if (!d.nemrefusion_case.empty()) add(d.nemrefusion_case.c_str(), d.nemrefusion_deadline);
  add("s56_renewal_date", d.s56_renewal_date);
  add("special_terms_12_months_on", d.special_terms_12_months_on, true);
  if (d.pension && d.pension->date) add("pension_date", d.pension->date, true);
  for (const auto& ag : a.agreements) {
    const LogEntry& e = c.log[ag.entry];
    if (ag.follow_up_due) add("follow_up_date", ag.follow_up_due, false, e.id);
  }
  // Informational dates never go overdue: only actions can.
  for (auto& l : out)
    if (l.info->id != "absence_interview_deadline" && l.info->id != "follow_up_date" && l.info->id != "s56_renewal_date" &&
        l.info->id.rfind("nemrefusion_", 0) != 0)
      l.overdue = false;
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return days_between(x.date, y.date) > 0; });
  return out;
}

json assessment_to_json(const KnowledgeBase& any_kb, const Case& c, const Assessment& a, Lang lang) {
  const KnowledgeBase& kb = rules_on(any_kb, a.on);
  json j;
  j["assessed_on"] = format_iso(a.on);
  j["language"] = lang_code(lang);
  j["knowledge_base"] = {{"version", kb.version}, {"date", kb.date}};

  json schemes = json::object();
  for (const auto& s : a.schemes) {
    json js;
    js["name"] = s.scheme->name.in(lang);
    js["status"] = status_name(s.status);
    js["status_text"] = status_words(kb, s.status, s.met_on, s.ask_jobcenter, lang);
    js["met_on"] = date_json(s.met_on);
    js["ask_jobcenter"] = s.ask_jobcenter;
    js["decided_by"] = s.scheme->decided_by.in(lang);
    js["reasons"] = json::array();
    for (const auto& r : s.reasons) js["reasons"].push_back(condition_json(r, lang, false));
    js["missing"] = missing_json(kb, s.missing, lang);
    js["why"] = condition_json(s.why, lang, true);
    if (!s.scheme->limits.empty()) {
      js["limits"] = json::array();
      for (const auto& l : s.limits) js["limits"].push_back(condition_json(l, lang, false));
      js["limits_missing"] = missing_json(kb, s.limits_missing, lang);
    }
    if (s.scheme->track.condition) {
      js["track"] = s.track == Tri::yes ? "social_chapter" : s.track == Tri::no ? "special_terms" : "unknown";
      if (s.track != Tri::unknown) js["track_text"] = (s.track == Tri::yes ? s.scheme->track.if_true : s.scheme->track.if_false).in(lang);
      js["track_missing"] = missing_json(kb, s.track_missing, lang);
    }
    if (s.renewal) {
      json rj = condition_json(*s.renewal, lang, true);
      js["renewal"] = {{"status", status_name(s.renewal_status)},
                       {"status_text", status_words(kb, s.renewal_status, s.renewal_met_on, s.renewal_ask_jobcenter, lang)},
                       {"met_on", date_json(s.renewal_met_on)},
                       {"ask_jobcenter", s.renewal_ask_jobcenter},
                       {"why", rj}, {"missing", missing_json(kb, s.renewal_missing, lang)}};
    }
    js["notes"] = json::array();
    for (const auto& n : s.scheme->notes) js["notes"].push_back({{"text", n.text.in(lang)}, {"source", n.cite.source}});
    schemes[s.scheme->id] = js;
  }
  j["schemes"] = schemes;

  const DatesResult& d = a.dates;
  json dates;
  dates[fact::first_absence_day] = date_json(d.first_absence_day);
  dates["absence_interview_deadline"] = date_json(d.absence_interview_deadline);
  dates["absence_interview_held_on"] = date_json(d.absence_interview_held_on);
  dates["employer_period"] = d.employer_period == Tri::yes ? "applies" : d.employer_period == Tri::no ? "none" : "unknown";
  dates["employed_8_weeks"] = tri_json(d.employed_8_weeks);
  dates["employer_period_last_day"] = d.employer_period == Tri::no ? json(nullptr) : date_json(d.employer_period_last_day);
  dates["employer_period_refund_from"] = d.employer_period == Tri::no ? json(nullptr) : date_json(d.refund_from);
  dates["nemrefusion_case"] = d.nemrefusion_case.empty() ? json(nullptr) : json(d.nemrefusion_case);
  dates["nemrefusion_deadline"] = date_json(d.nemrefusion_deadline);
  dates["retention_plan_right"] = tri_json(d.retention_plan_right);
  dates[fact::s56_agreement_date] = date_json(d.s56_agreement_date);
  dates["s56_renewal_date"] = date_json(d.s56_renewal_date);
  dates[fact::s56_renewal_due] = d.s56_renewal_date ? tri_json(d.s56_renewal_due) : json(nullptr);
  dates[fact::special_terms_since] = date_json(d.special_terms_since);
  dates["special_terms_12_months_on"] = date_json(d.special_terms_12_months_on);
  dates["special_terms_12_months_met"] = tri_json(d.special_terms_12_months_met);
  if (d.pension) {
    const PensionResult& p = *d.pension;
    dates["pension_age"] = p.row ? json{{"years", p.age_years}, {"months", p.age_months}} : json(nullptr);
    dates["pension_date"] = date_json(p.date);
    dates["pension_date_earliest"] = date_json(p.earliest ? p.earliest : p.date);
    dates["pension_date_latest"] = date_json(p.latest ? p.latest : p.date);
    dates[fact::under_pension_age] = tri_json(p.under_pension_age);
    dates[fact::more_than_6_years_to_pension] = tri_json(p.more_than_6_years);
    dates["time_to_pension"] = p.time_left ? json{{"years", p.time_left->years}, {"months", p.time_left->months}, {"days", p.time_left->days}} : json(nullptr);
  } else {
    for (const char* k : {"pension_age", "pension_date", "pension_date_earliest", "pension_date_latest", fact::under_pension_age,
                          fact::more_than_6_years_to_pension, "time_to_pension"})
      dates[k] = nullptr;
  }
  j["dates"] = dates;

  json deadlines = json::array();
  for (const auto& l : deadline_lines(kb, c, a)) {
    json jl = {{"id", l.info->id}, {"date", format_iso(l.date)}, {"label", l.info->label.in(lang)},
               {"why", l.info->why.in(lang)}, {"source", l.info->cite.source}, {"done", l.done}, {"overdue", l.overdue}};
    if (!l.detail.empty()) jl["detail"] = l.detail;
    deadlines.push_back(jl);
  }
  j["deadlines"] = deadlines;
  j["rules_checked"] = kb.last_checked;
  json notices = json::array();
  for (const auto& n : kb.notices) notices.push_back({{"id", n.id}, {"where", n.where}, {"text", n.text.in(lang)}, {"source", n.cite.source}, {"last_checked", n.valid.last_checked ? format_iso(*n.valid.last_checked) : ""}});
  j["notices"] = notices;

  const FlowNode* node = a.flow.node;
  json path = json::array();
  for (const auto* n : a.flow.path) path.push_back(n->id);
  j["flow"] = {{"step", node->step}, {"node", node->id}, {"kind", node->kind}, {"title", node->title.in(lang)},
               {"next", flow_next_text(kb, c, a, lang)}, {"path", path}, {"source", node->cite.source}};
  const FlowResult& f = a.flow;
  if (f.from_record) {
    j["flow"]["answered_from_record"] = {{"node", f.from_record->id}, {"fact", f.from_record->fact},
                                         {"value", tri_json(f.record_value)}, {"typed", tri_json(f.typed_value)},
                                         {"contradicts", f.contradicts}, {"since", date_json(d.special_terms_since)},
                                         {"met_on", date_json(d.special_terms_12_months_on)}};
  }
  if (f.incomplete_agreement) {
    const AgreementCheck& ag = a.agreements[*f.incomplete_agreement];
    j["flow"]["incomplete_agreement"] = {{"id", c.log[ag.entry].id}, {"date", format_iso(c.log[ag.entry].date)},
                                         {"missing_parts", ag.missing_parts}};
  }
  if (f.skipped) j["flow"]["skipped"] = {{"node", f.skipped->id}, {"scheme", f.skipped->recommends}};
  if (!node->fact.empty()) j["flow"]["question"] = kb.fact(node->fact)->question.in(lang);
  if (!node->check_facts.empty()) {
    json checks = json::object();
    for (const auto& id : node->check_facts) {
      auto it = a.facts.find(id);
      const bool* b = it == a.facts.end() ? nullptr : std::get_if<bool>(&it->second);
      checks[id] = {{"value", b ? json(*b) : json(nullptr)}, {"question", kb.fact(id)->question.in(lang)}};
    }
    j["flow"]["checks"] = checks;
  }

  json agreements = json::array();
  for (const auto& ag : a.agreements) {
    const LogEntry& e = c.log[ag.entry];
    agreements.push_back({{"entry", ag.entry}, {"id", e.id}, {"date", format_iso(e.date)},
                          {"missing_parts", ag.missing_parts},
                          {"missing_for_fastholdelsesfleksjob", ag.missing_for_flexjob},
                          {"follow_up_due", date_json(ag.follow_up_due)},
                          {"follow_up_overdue", ag.follow_up_overdue}});
  }
  j["agreements"] = agreements;
  return j;
}

}  // namespace fasthold
