// The record: dated entries, newest first, each kind with its own fields; the checks the
// engine makes on it; the 12-month tracker for a flexjob at the workplace.
#include <algorithm>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/app_views.hpp"
#include "ui/targets.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

namespace {

const char* kKinds[] = {"agreement", "follow_up", "absence_interview", "retention_plan", "s56_agreement",
                        "partial_sick_leave", "jobcenter_contact", "note"};

struct Draft {
  bool open = false;
  LogEntry e;
  std::string date, follow_up, next_date, hours;
  std::optional<Date> date_v, follow_up_v, next_date_v;
  std::string error;
};

void tracker(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  const DatesResult& d = s.assessment->dates;
  subheading(t, kb.text("tracker_title", s.lang));
  if (!d.special_terms_since) {
    para(t, kb.text("tracker_none", s.lang));
  } else {
    float frac = d.special_terms_days_total ? float(d.special_terms_days_done) / float(d.special_terms_days_total) : 0;
    std::string line = fill(kb.text(d.special_terms_12_months_met == Tri::yes ? "tracker_reached" : "tracker_reaches", s.lang),
                            {format_danish(*d.special_terms_12_months_on)});
    para(t, line);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colors::action);
    ImGui::ProgressBar(frac, ImVec2(page_column_right() - ImGui::GetCursorScreenPos().x, t.px(14)), "");
    ImGui::PopStyleColor();
    muted(t, fill(kb.text("tracker_since", s.lang), {format_danish(*d.special_terms_since)}));
  }
  const SchemeResult* ffj = s.assessment->scheme("fastholdelsesfleksjob");
  if (ffj && !ffj->missing.empty()) {
    text(t.small, kb.text("tracker_missing", s.lang), colors::ink);
    for (const auto& f : ffj->missing) muted(t, "\u2022 " + kb.fact(f)->question.in(s.lang));
  }
}

void entry_form(const Theme& t, const KnowledgeBase& kb, AppState& s, Draft& d) {
  Case* c = current_case(s);
  subheading(t, kb.text("kind_" + d.e.kind, s.lang));
  date_field(t, kb, s.lang, kb.text("field_date", s.lang), "entry_date", d.date, d.date_v);
  const std::string& k = d.e.kind;
  if (k == "agreement") {
    text(t.bold, kb.text("field_adapted", s.lang), colors::ink);
    for (const auto& a : kb.adaptations) {
      bool on = std::find(d.e.adapted.begin(), d.e.adapted.end(), a.id) != d.e.adapted.end();
      if (check_item(t, a.text.in(s.lang), ("ad_" + a.id).c_str(), on)) {
        if (on) d.e.adapted.push_back(a.id);
        else d.e.adapted.erase(std::remove(d.e.adapted.begin(), d.e.adapted.end(), a.id), d.e.adapted.end());
      }
    }
    text_field(t, kb, s.lang, kb.text("field_adapted_text", s.lang), "adapted_text", d.e.adapted_text);
    text_field(t, kb, s.lang, kb.text("field_expected_effect", s.lang), "expected_effect", d.e.expected_effect, true);
    date_field(t, kb, s.lang, kb.text("field_follow_up_date", s.lang), "follow_up_date", d.follow_up, d.follow_up_v);
    text_field(t, kb, s.lang, kb.text("field_consequences", s.lang), "consequences", d.e.consequences, true);
    text_field(t, kb, s.lang, kb.text("field_difficult_functions", s.lang), "difficult_functions", d.e.difficult_functions, true);
    text_field(t, kb, s.lang, kb.text("field_accommodations", s.lang), "accommodations", d.e.accommodations, true);
    text(t.bold, kb.text("field_terms", s.lang), colors::ink);
    for (const char* term : {"social_chapter", "special_terms", "ordinary"}) {
      if (radio_item(t, kb.text(std::string("terms_") + term, s.lang), (std::string("terms_") + term).c_str(), d.e.terms == term))
        d.e.terms = term;
    }
    bool unsupported = d.e.unsupported_job.value_or(false);
    if (check_item(t, kb.text("field_unsupported", s.lang), "unsupported", unsupported)) d.e.unsupported_job = unsupported;
  } else if (k == "follow_up") {
    text(t.bold, kb.text("field_agreement", s.lang), colors::ink);
    for (const auto& e : c->log)
      if (e.kind == "agreement") {
        if (radio_item(t, format_danish(e.date) + " (" + e.id + ")", ("fa_" + e.id).c_str(), d.e.agreement_id == e.id))
          d.e.agreement_id = e.id;
      }
    text_field(t, kb, s.lang, kb.text("field_assessed", s.lang), "assessed", d.e.assessed, true);
    text_field(t, kb, s.lang, kb.text("field_outcome", s.lang), "outcome", d.e.outcome, true);
    text_field(t, kb, s.lang, kb.text("field_next_step", s.lang), "next_step", d.e.next_step);
    date_field(t, kb, s.lang, kb.text("field_next_date", s.lang), "next_date", d.next_date, d.next_date_v);
  } else if (k == "retention_plan") {
    for (const char* st : {"asked", "made"}) {
      if (radio_item(t, kb.text(std::string("status_") + st, s.lang), (std::string("st_") + st).c_str(), d.e.status == st)) d.e.status = st;
    }
  } else if (k == "partial_sick_leave") {
    text_field(t, kb, s.lang, kb.text("field_hours", s.lang), "hours", d.hours);
  }
  if (k == "s56_agreement") muted(t, kb.text("s56_no_illness", s.lang));
  text_field(t, kb, s.lang, kb.text("field_note", s.lang), "note", d.e.note, true);
  if (!d.error.empty()) text(t.small, d.error, colors::error);
  if (primary_button(t, kb.text("save", s.lang).c_str(), "entry_save")) {
    d.error.clear();
    if (!d.date_v) {
      d.error = fill(kb.text("date_error", s.lang), {d.date});
      return;
    }
    LogEntry e = d.e;
    e.date = *d.date_v;
    e.follow_up_date = d.follow_up_v;
    e.next_date = d.next_date_v;
    if (k == "partial_sick_leave" && !d.hours.empty()) {
      char* end = nullptr;
      double v = std::strtod(d.hours.c_str(), &end);
      if (*end != '\0' || v < 0 || v > 80) {
        d.error = fill(kb.text("number_error", s.lang), {d.hours});
        return;
      }
      e.hours_per_week = v;
    }
    e.id = "new";
    if (auto err = entry_error(kb, *c, e, std::nullopt, s.lang)) {
      d.error = *err;
      return;
    }
    e.id.clear();
    add_entry(kb, s, e);
    d = Draft{};
  }
  same_line_if_fits(t, kb.text("cancel", s.lang).c_str(), page_column_right());
  if (secondary_button(t, kb.text("cancel", s.lang).c_str(), "entry_cancel")) d = Draft{};
}

void absence_periods(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  static std::string first, last, error;
  static std::optional<Date> first_v, last_v;
  Case* c = current_case(s);
  subheading(t, kb.text("periods_title", s.lang));
  muted(t, kb.text("periods_intro", s.lang));
  for (size_t i = 0; i < c->absence_periods.size(); ++i) {
    const AbsencePeriod& p = c->absence_periods[i];
    para(t, format_danish(p.first_day) + " \u2013 " + (p.last_day ? format_danish(*p.last_day) : kb.text("period_open", s.lang)));
    std::string id = "delete_period_" + std::to_string(i);
    if (link_button(t, kb.text("delete", s.lang).c_str(), id.c_str(), colors::action)) {
      delete_absence_period(kb, s, i);
      return;
    }
  }
  date_field(t, kb, s.lang, kb.text("period_first", s.lang), "period_first", first, first_v);
  date_field(t, kb, s.lang, kb.text("period_last", s.lang), "period_last", last, last_v);
  if (!error.empty()) text(t.small, error, colors::error);
  if (secondary_button(t, kb.text("period_add", s.lang).c_str(), "period_add")) {
    error.clear();
    if (!first_v) error = fill(kb.text("date_error", s.lang), {first});
    else if (!last.empty() && !last_v) error = fill(kb.text("date_error", s.lang), {last});
    else error = add_absence_period(kb, s, *first_v, last_v);
    if (error.empty()) first.clear(), last.clear(), first_v.reset(), last_v.reset();
  }
}

}  // namespace

void record_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  static Draft draft;
  static std::string confirm_delete;
  Case* c = current_case(s);
  if (!c || !s.assessment) return go_to(kb, s, Screen::start);
  heading(t, kb.text("record_title", s.lang));
  para(t, kb.text("record_intro", s.lang));
  tracker(t, kb, s);
  gap(t, 8);
  absence_periods(t, kb, s);
  gap(t, 8);
  if (draft.open) {
    entry_form(t, kb, s, draft);
  } else {
    subheading(t, kb.text("add_entry", s.lang));
    bool first = true;
    for (const char* k : kKinds) {
      const std::string& label = kb.text(std::string("kind_") + k, s.lang);
      if (!first) same_line_if_fits(t, label.c_str(), page_column_right());
      first = false;
      if (secondary_button(t, label.c_str(), (std::string("add_") + k).c_str())) {
        draft = Draft{};
        draft.open = true;
        draft.e.kind = k;
        draft.date = format_danish(s.today);
        draft.date_v = s.today;
      }
    }
  }
  gap(t, 8);
  subheading(t, kb.text("record_entries", s.lang));
  if (c->log.empty()) muted(t, kb.text("record_empty", s.lang));
  // Newest first.
  std::vector<size_t> order(c->log.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return days_between(c->log[b].date, c->log[a].date) > 0; });
  for (size_t i : order) {
    const LogEntry& e = c->log[i];
    rule(t);
    text(t.bold, format_danish(e.date) + "  " + kb.text("kind_" + e.kind, s.lang), colors::ink);
    if (e.kind == "agreement") {
      std::string adapted;
      for (const auto& id : e.adapted)
        for (const auto& a : kb.adaptations)
          if (a.id == id) adapted += (adapted.empty() ? "" : "; ") + a.text.in(s.lang);
      if (!e.adapted_text.empty()) adapted += (adapted.empty() ? "" : "; ") + e.adapted_text;
      if (!adapted.empty()) para(t, adapted);
      for (const auto& ag : s.assessment->agreements)
        if (ag.entry == i) {
          if (!ag.missing_parts.empty()) {
            std::string parts;
            for (const auto& p : ag.missing_parts) parts += (parts.empty() ? "" : ", ") + kb.text("part_" + p, s.lang);
            text(t.small, kb.text("report_agreement_missing", s.lang) + " " + parts, colors::warning);
          }
          if (ag.follow_up_due) {
            std::string due = fill(kb.text("follow_up_due", s.lang), {format_danish(*ag.follow_up_due)});
            text(t.small, ag.follow_up_overdue ? due + " \u2013 " + kb.text("report_follow_up_overdue", s.lang) : due,
                 ag.follow_up_overdue ? colors::error : colors::ink_muted);
          }
        }
    } else if (e.kind == "follow_up") {
      if (!e.outcome.empty()) para(t, e.outcome);
      if (!e.next_step.empty()) muted(t, kb.text("field_next_step", s.lang) + ": " + e.next_step);
    }
    if (!e.note.empty()) para(t, e.note);
    std::string del_id = "delete_" + e.id;
    if (confirm_delete == e.id) {
      text(t.small, kb.text("confirm_delete_entry", s.lang), colors::error);
      if (primary_button(t, kb.text("yes_delete", s.lang).c_str(), ("confirm_" + del_id).c_str())) {
        confirm_delete.clear();
        delete_entry(kb, s, i);
        return;
      }
      same_line_if_fits(t, kb.text("cancel", s.lang).c_str(), page_column_right());
      if (secondary_button(t, kb.text("cancel", s.lang).c_str(), ("cancel_" + del_id).c_str())) confirm_delete.clear();
    } else if (link_button(t, kb.text("delete", s.lang).c_str(), del_id.c_str(), colors::action)) {
      confirm_delete = e.id;
    }
  }
}

}  // namespace fasthold::ui
