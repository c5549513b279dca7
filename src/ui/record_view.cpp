// The record: dated entries, newest first, each kind with its own fields; the checks the
// engine makes on it; the 12-month tracker for a flexjob at the workplace.
#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "engine/entry_kinds.hpp"
#include "ui/app_views.hpp"
#include "ui/parts.hpp"
#include "ui/semantics.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

namespace {


// An entry in full: every field it holds, each under its form's label, in the form's order.
void entry_in_full(const Theme& t, const KnowledgeBase& kb, Lang lang, const Case& c, const LogEntry& e) {
  auto line = [&](const char* label, const std::string& value) {
    if (value.empty()) return;
    text(t, t.bold, kb.text(label, lang), colors::ink);
    para(t, value);
  };
  auto date = [](const std::optional<Date>& d) { return d ? format_danish(*d) : std::string(); };
  line("field_date", format_danish(e.date));
  std::string adapted;
  for (const auto& id : e.adapted)
    for (const auto& a : kb.adaptations)
      if (a.id == id) adapted += (adapted.empty() ? "" : "; ") + a.text.in(lang);
  line("field_adapted", adapted);
  line("field_adapted_text", e.adapted_text);
  line("field_expected_effect", e.expected_effect);
  line("field_follow_up_date", date(e.follow_up_date));
  line("field_consequences", e.consequences);
  line("field_difficult_functions", e.difficult_functions);
  line("field_accommodations", e.accommodations);
  if (!e.terms.empty()) line("field_terms", kb.text("terms_" + e.terms, lang));
  if (e.unsupported_job) line("field_unsupported", kb.text(*e.unsupported_job ? "answer_yes" : "answer_no", lang));
  if (!e.agreement_id.empty())
    for (const auto& a : c.log)
      if (a.id == e.agreement_id) line("field_agreement", kb.text("kind_" + a.kind, lang) + " " + format_danish(a.date));
  line("field_assessed", e.assessed);
  line("field_outcome", e.outcome);
  line("field_next_step", e.next_step);
  line("field_next_date", date(e.next_date));
  if (!e.status.empty()) line("kind_retention_plan", kb.text("status_" + e.status, lang));
  if (e.hours_per_week) {
    char h[32];
    std::snprintf(h, sizeof h, "%g", *e.hours_per_week);
    line("field_hours", h);
  }
  line("field_note", e.note);
}

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
    text(t, t.small, kb.text("tracker_missing", s.lang), colors::ink);
    for (const auto& f : ffj->missing) muted(t, "\u2022 " + kb.fact(f)->question.in(s.lang));
  }
}

void entry_form(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  EntryDraft& d = s.forms.draft;
  Case* c = current_case(s);
  LogEntry& e = d.entry;
  const std::string& k = e.kind;
  subheading(t, kb.text(d.editing.empty() ? "kind_" + k : "edit_entry", s.lang) +
                    (d.editing.empty() ? "" : ": " + kb.text("kind_" + k, s.lang)));
  // A failed save: the summary at the form's top (focused), the message under its field too.
  if (!d.error.empty())
    if (auto to = error_summary(t, kb, s.lang, {{d.error_field, d.error}})) s.focus = *to;
  // Each field with its one line: what to write, with an example where it helps.
  auto field = [&](const char* id, const char* key, const char* help, bool multiline = false) {
    Field f{kb.text(key, s.lang), kb.text(help, s.lang)};
    f.multiline = multiline;
    if (d.error_field == id) f.error = d.error;
    return f;
  };
  date_field(t, kb, s.lang, "entry_date", field("entry_date", "field_date", "help_entry_date"), d.date);
  auto area = [&](const char* id, const char* key, const char* help) { return field(id, key, help, true); };
  if (k == "agreement") {
    legend_text(t, kb.text("field_adapted", s.lang));
    muted(t, kb.text("help_adapted", s.lang));
    sem::open(sem::Role::region, "adapted", kb.text("field_adapted", s.lang));
    for (const auto& a : kb.adaptations) {
      bool on = std::find(e.adapted.begin(), e.adapted.end(), a.id) != e.adapted.end();
      if (check_item(t, a.text.in(s.lang), ("ad_" + a.id).c_str(), on)) {
        if (on) e.adapted.push_back(a.id);
        else e.adapted.erase(std::remove(e.adapted.begin(), e.adapted.end(), a.id), e.adapted.end());
      }
    }
    sem::close();
    text_field(t, kb, s.lang, "adapted_text", field("adapted_text", "field_adapted_text", "help_adapted_text"), e.adapted_text);
    text_field(t, kb, s.lang, "expected_effect", area("expected_effect", "field_expected_effect", "help_expected_effect"), e.expected_effect);
    date_field(t, kb, s.lang, "follow_up_date", field("follow_up_date", "field_follow_up_date", "help_follow_up_date"), d.follow_up_date);
    text_field(t, kb, s.lang, "consequences", area("consequences", "field_consequences", "help_consequences"), e.consequences);
    text_field(t, kb, s.lang, "difficult_functions", area("difficult_functions", "field_difficult_functions", "help_difficult_functions"), e.difficult_functions);
    text_field(t, kb, s.lang, "accommodations", area("accommodations", "field_accommodations", "help_accommodations"), e.accommodations);
    // The basis: each choice with what it means and whether it starts the 12 months
    // (data/terms.json); not chosen is not known yet.
    muted(t, kb.text("terms_help", s.lang));
    radio_group(t, "terms", kb.text("field_terms", s.lang), [&] {
      struct Choice { const char* id; const char* term; };
      for (Choice c : {Choice{"social_chapter", "social_chapter"}, Choice{"special_terms", "special_terms"},
                       Choice{"ordinary", "ordinary_terms"}, Choice{"", ""}}) {
        std::string key = *c.id ? std::string("terms_") + c.id : std::string("terms_unknown");
        if (radio_item(t, kb.text(key, s.lang), key.c_str(), e.terms == c.id)) e.terms = c.id;
        if (const Term* term = *c.term ? kb.term(c.term) : nullptr) {
          ImGui::Indent(t.px(30));
          muted(t, term->explain.in(s.lang));
          ImGui::Unindent(t.px(30));
        }
      }
    });
    bool unsupported = e.unsupported_job.value_or(false);
    if (check_item(t, kb.text("field_unsupported", s.lang), "unsupported", unsupported)) e.unsupported_job = unsupported;
    muted(t, kb.text("help_unsupported", s.lang));
  } else if (k == "follow_up") {
    muted(t, kb.text("help_agreement", s.lang));
    radio_group(t, "follow_up_agreement", kb.text("field_agreement", s.lang), [&] {
      for (const auto& a : c->log)
        if (a.kind == "agreement" &&
            radio_item(t, entry_name(kb, s.lang, a), ("fa_" + a.id).c_str(), e.agreement_id == a.id))
          e.agreement_id = a.id;
    });
    text_field(t, kb, s.lang, "assessed", area("assessed", "field_assessed", "help_assessed"), e.assessed);
    text_field(t, kb, s.lang, "outcome", area("outcome", "field_outcome", "help_outcome"), e.outcome);
    text_field(t, kb, s.lang, "next_step", field("next_step", "field_next_step", "help_next_step"), e.next_step);
    date_field(t, kb, s.lang, "next_date", field("next_date", "field_next_date", "help_next_date"), d.next_date);
  } else if (k == "retention_plan") {
    radio_group(t, "retention_status", kb.text("kind_retention_plan", s.lang), [&] {
      for (const char* st : {"asked", "made"})
        if (radio_item(t, kb.text(std::string("status_") + st, s.lang), (std::string("st_") + st).c_str(), e.status == st))
          e.status = st;
    });
  } else if (k == "partial_sick_leave") {
    Field hours = field("hours", "field_hours", "help_hours");
    hours.input_mode = "decimal";
    hours.width = 200;
    text_field(t, kb, s.lang, "hours", hours, d.hours);
  }
  if (k == "s56_agreement") muted(t, kb.text("s56_no_illness", s.lang));
  text_field(t, kb, s.lang, "note", area("note", "field_note", "help_note"), e.note);
  if (primary_button(t, kb.text("save", s.lang).c_str(), "entry_save")) return submit_draft(kb, s);
  same_line_if_fits(t, kb.text("cancel", s.lang).c_str(), page_column_right());
  if (secondary_button(t, kb.text("cancel", s.lang).c_str(), "entry_cancel")) d = EntryDraft{};
}

void absence_periods(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  PeriodForm& p = s.forms.period;
  Case* c = current_case(s);
  subheading(t, kb.text("periods_title", s.lang));
  muted(t, kb.text("periods_intro", s.lang));
  for (size_t i = 0; i < c->absence_periods.size(); ++i) {
    const AbsencePeriod& a = c->absence_periods[i];
    std::string period = format_danish(a.first_day) + " \u2013 " + (a.last_day ? format_danish(*a.last_day) : kb.text("period_open", s.lang));
    para(t, period);
    std::string id = "delete_period_" + std::to_string(i);
    if (link_button(t, kb.text("delete", s.lang).c_str(), id.c_str(), colors::action,
                    {.button = true, .name = fill(kb.text("named_action", s.lang), {kb.text("delete", s.lang), period})}))
      return delete_absence_period(kb, s, i);
  }
  if (!p.error.empty())
    if (auto to = error_summary(t, kb, s.lang, {{p.error_field, p.error}})) s.focus = *to;
  Field first{kb.text("period_first", s.lang)}, last{kb.text("period_last", s.lang)};
  if (p.error_field == "period_first") first.error = p.error;
  if (p.error_field == "period_last") last.error = p.error;
  date_field(t, kb, s.lang, "period_first", first, p.first);
  date_field(t, kb, s.lang, "period_last", last, p.last);
  if (secondary_button(t, kb.text("period_add", s.lang).c_str(), "period_add")) submit_period(kb, s);
}

}  // namespace

void record_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  std::string& confirm_delete = s.forms.confirm_delete_entry;
  Case* c = current_case(s);
  if (!c || !s.assessment) return go_to(kb, s, Screen::start);
  heading(t, kb.text("record_title", s.lang));
  para(t, kb.text("record_intro", s.lang));
  for (const Notice* n : notices_beside(rules_on(kb, s.assessment->on), latest_date_shown(*c, *s.assessment)))
    para(t, n->text.in(s.lang));
  tracker(t, kb, s);
  gap(t, 8);
  absence_periods(t, kb, s);
  gap(t, 8);
  if (s.forms.draft.open) {
    entry_form(t, kb, s);
  } else {
    backup_reminder_view(t, kb, s);  // after a saved agreement or follow-up: here, where the form was
    subheading(t, kb.text("add_entry", s.lang));
    bool first = true;
    for (const auto& kind : kEntryKinds) {
      std::string k(kind.id);
      const std::string& label = kb.text("kind_" + k, s.lang);
      if (!first) same_line_if_fits(t, label.c_str(), page_column_right());
      first = false;
      if (secondary_button(t, label.c_str(), ("add_" + k).c_str())) open_draft(kb, s, k);
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
    text(t, t.bold, format_danish(e.date) + "  " + kb.text("kind_" + e.kind, s.lang), colors::ink);
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
            text(t, t.small, kb.text("report_agreement_missing", s.lang) + " " + parts, colors::warning);
          }
          if (ag.follow_up_due) {
            std::string due = fill(kb.text("follow_up_due", s.lang), {format_danish(*ag.follow_up_due)});
            text(t, t.small, ag.follow_up_overdue ? due + " \u2013 " + kb.text("report_follow_up_overdue", s.lang) : due,
                 ag.follow_up_overdue ? colors::error : colors::ink_muted);
          }
        }
    } else if (e.kind == "follow_up") {
      if (!e.outcome.empty()) para(t, e.outcome);
      if (!e.next_step.empty()) muted(t, kb.text("field_next_step", s.lang) + ": " + e.next_step);
    }
    if (!e.note.empty()) para(t, e.note);
    // Read in full: every field, as the form holds it.
    bool full = s.forms.open_entries.count(e.id) > 0;
    std::string full_label = std::string(full ? "\u25BC " : "\u25B6 ") + kb.text("entry_in_full", s.lang);
    std::string named_entry = entry_name(kb, s.lang, e);
    if (link_button(t, full_label.c_str(), ("full_" + e.id).c_str(), colors::action,
                    {.expanded = full, .name = fill(kb.text("named_action", s.lang), {kb.text("entry_in_full", s.lang), named_entry})})) {
      if (full) s.forms.open_entries.erase(e.id);
      else s.forms.open_entries.insert(e.id);
      full = !full;
    }
    if (full) {
      sem::open(sem::Role::region, "entry_full_" + e.id, kb.text("entry_in_full", s.lang) + ": " + entry_name(kb, s.lang, e));
      ImGui::Indent(t.px(18));
      entry_in_full(t, kb, s.lang, *c, e);
      ImGui::Unindent(t.px(18));
      sem::close();
    }
    std::string del_id = "delete_" + e.id;
    if (confirm_delete == e.id) {
      text(t, t.small, kb.text("confirm_delete_entry", s.lang), colors::error);
      if (primary_button(t, kb.text("yes_delete", s.lang).c_str(), ("confirm_" + del_id).c_str())) {
        confirm_delete.clear();
        delete_entry(kb, s, i);
        return;
      }
      same_line_if_fits(t, kb.text("cancel", s.lang).c_str(), page_column_right());
      if (secondary_button(t, kb.text("cancel", s.lang).c_str(), ("cancel_" + del_id).c_str())) confirm_delete.clear();
    } else {
      // Named with their entry ("Ret: Aftale om tilpasning af 01-12-2026"): five "Ret" read alike.
      if (link_button(t, kb.text("edit", s.lang).c_str(), ("edit_" + e.id).c_str(), colors::action,
                      {.button = true, .name = fill(kb.text("named_action", s.lang), {kb.text("edit", s.lang), named_entry})}))
        return edit_draft(kb, s, e.id);
      ImGui::SameLine(0, t.px(48));  // "Slet" well apart from "Ret" for a finger
      if (link_button(t, kb.text("delete", s.lang).c_str(), del_id.c_str(), colors::action,
                      {.button = true, .name = fill(kb.text("named_action", s.lang), {kb.text("delete", s.lang), named_entry})}))
        confirm_delete = e.id;
    }
  }
}

}  // namespace fasthold::ui
