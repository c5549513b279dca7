// The screens' forms: what the user typed (AppState::forms) parsed and checked, with the
// messages the page shows, before anything reaches the case. Tested natively
// (tests/unit/forms_test.cpp); the views only draw the fields and call these.
#include <algorithm>
#include <cstdlib>

#include "engine/consultant_link.hpp"
#include "engine/json_reader.hpp"
#include "ui/app_state.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

namespace {
void say(AppState& s, const std::string& text) {
  if (!text.empty()) s.announcements.push_back(text);
}

// A date field's text: nullopt and an error when it is not a real day.
std::optional<Date> read_date(const KnowledgeBase& kb, const AppState& s, const std::string& text, std::string& error) {
  auto d = parse_danish_date(text);
  if (!d && error.empty()) error = fill(kb.text("date_error", s.lang), {text});
  return d;
}
}  // namespace

std::optional<double> parse_number(const std::string& text) {
  std::string b = text;
  b.erase(std::remove(b.begin(), b.end(), ' '), b.end());
  std::replace(b.begin(), b.end(), ',', '.');  // the Danish decimal comma
  if (b.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(b.c_str(), &end);
  if (end == b.c_str() || *end != '\0' || !(v == v) || v > 1e12 || v < -1e12) return std::nullopt;
  return v;
}

void start_new_case(const KnowledgeBase& kb, AppState& s) {
  std::string name = s.forms.nickname;
  new_case(kb, s, name, s.forms.keep_link_contact);
}

void submit_answer(const KnowledgeBase& kb, AppState& s, const Fact& f) {
  AnswerForm& a = s.forms.answer;
  a.error.clear();
  const std::string& text = a.text;
  // Empty means "not known yet", as the help says: the same as the button.
  if (text.empty()) return answer_not_yet(kb, s, f.id);
  if (a.month_only) {
    std::optional<std::chrono::year_month> m = parse_danish_month(text);
    if (!m) a.error = fill(kb.text("month_error", s.lang), {text});
    else answer_fact(kb, s, "birth_month", *m);
  } else if (f.type == FactType::date) {
    std::optional<Date> d = read_date(kb, s, text, a.error);
    if (d && days_between(s.today, *d) > 0 && (f.id == "birth_date" || f.id == "employment_start"))
      a.error = kb.text("date_in_future", s.lang);
    else if (d) answer_fact(kb, s, f.id, *d);
  } else if (f.type == FactType::number) {
    std::optional<double> v = parse_number(text);
    if (!v) a.error = fill(kb.text("number_error", s.lang), {text});
    else if ((f.min && *v < *f.min) || (f.max && *v > *f.max))
      a.error = fill(kb.text("number_range", s.lang),
                     {fact_text(kb, s.lang, f.min.value_or(0)), fact_text(kb, s.lang, f.max.value_or(0))});
    else answer_fact(kb, s, f.id, *v);
  } else {
    answer_fact(kb, s, f.id, text);
  }
  // The error summary takes the focus and is read out: no second announcement.
  if (!a.error.empty()) s.focus = error_summary_id;
}

void open_draft(const KnowledgeBase& kb, AppState& s, const std::string& kind) {
  (void)kb;
  EntryDraft d;
  d.open = true;
  d.entry.kind = kind;
  d.date = format_danish(s.today);
  if (kind == "agreement" && current_case(s)) {
    // The adaptations ticked while preparing are what the agreement is most likely about.
    for (const auto& a : kb.adaptations) {
      auto it = current_case(s)->checklist.find("adapt_" + a.id);
      if (it != current_case(s)->checklist.end() && it->second) d.entry.adapted.push_back(a.id);
    }
  }
  s.forms.draft = d;
}

void edit_draft(const KnowledgeBase& kb, AppState& s, const std::string& entry_id) {
  (void)kb;
  const Case* c = current_case(s);
  if (!c) return;
  for (const auto& e : c->log)
    if (e.id == entry_id) {
      EntryDraft d;
      d.open = true;
      d.editing = e.id;
      d.entry = e;
      d.date = format_danish(e.date);
      if (e.follow_up_date) d.follow_up_date = format_danish(*e.follow_up_date);
      if (e.next_date) d.next_date = format_danish(*e.next_date);
      if (e.hours_per_week) d.hours = fact_text(kb, s.lang, *e.hours_per_week);
      s.forms.draft = d;
      return;
    }
}

namespace {
// The form field a case file's error is about: "/log/3/follow_up_date" -> "follow_up_date".
std::string draft_field(const std::string& pointer) {
  std::string last = pointer.substr(pointer.rfind('/') + 1);
  if (last == "date") return "entry_date";
  if (last == "hours_per_week") return "hours";
  if (last == "agreement_id") return "follow_up_agreement";
  if (last == "status") return "retention_status";
  for (const char* f : {"follow_up_date", "next_date", "adapted_text", "expected_effect", "consequences", "difficult_functions",
                        "accommodations", "assessed", "outcome", "next_step", "note", "terms"})
    if (last == f) return f;
  return "";
}
}  // namespace

void submit_draft(const KnowledgeBase& kb, AppState& s) {
  EntryDraft& d = s.forms.draft;
  Case* c = current_case(s);
  if (!c || !d.open) return;
  d.error.clear();
  d.error_field.clear();
  LogEntry e = d.entry;
  // The first field with a problem is the one the error names (and the summary leads to).
  auto date_in = [&](const char* field, const std::string& text) -> std::optional<Date> {
    bool had = !d.error.empty();
    auto date = read_date(kb, s, text, d.error);
    if (!had && !d.error.empty()) d.error_field = field;
    return date;
  };
  if (auto date = date_in("entry_date", d.date)) e.date = *date;
  e.follow_up_date = d.follow_up_date.empty() ? std::nullopt : date_in("follow_up_date", d.follow_up_date);
  e.next_date = d.next_date.empty() ? std::nullopt : date_in("next_date", d.next_date);
  e.hours_per_week.reset();
  if (!d.hours.empty()) {
    if (auto v = parse_number(d.hours)) {
      e.hours_per_week = *v;
    } else if (d.error.empty()) {
      d.error = fill(kb.text("number_error", s.lang), {d.hours});
      d.error_field = "hours";
    }
  }
  if (!d.error.empty()) {
    s.focus = error_summary_id;
    return;
  }
  // The range checks are the case file's own (entry_error reads the entry back).
  std::optional<size_t> index;
  for (size_t i = 0; i < c->log.size(); ++i)
    if (!d.editing.empty() && c->log[i].id == d.editing) index = i;
  e.id = index ? d.editing : "new";
  std::string pointer;
  if (auto err = entry_error(kb, *c, e, index, s.lang, &pointer)) {
    d.error = *err;
    d.error_field = draft_field(pointer);
    s.focus = error_summary_id;
    return;
  }
  if (index) {
    update_entry(kb, s, *index, e);
  } else {
    e.id.clear();
    add_entry(kb, s, e);
  }
  s.forms.draft = EntryDraft{};
}

void submit_contact(const KnowledgeBase& kb, AppState& s) {
  Case* c = current_case(s);
  if (!c) return;
  JobcenterContact typed = s.forms.contact;
  std::string& error = s.forms.contact_error;
  error.clear();
  struct Part { const char* field; std::string JobcenterContact::*member; const char* label; };
  const Part parts[] = {{"name", &JobcenterContact::name, "link_field_municipality"},
                        {"consultant", &JobcenterContact::consultant, "who_contact_person"},
                        {"phone", &JobcenterContact::phone, "link_field_phone"},
                        {"email", &JobcenterContact::email, "link_field_email"},
                        {"web", &JobcenterContact::web, "link_field_web"}};
  for (const Part& p : parts) {
    std::string& v = typed.*(p.member);
    v = clean_line(v);
    size_t a = v.find_first_not_of(" \t"), b = v.find_last_not_of(" \t");
    v = a == std::string::npos ? "" : v.substr(a, b - a + 1);
    if (v.empty() || !error.empty()) continue;
    std::string problem = contact_value_problem(p.field, v);
    if (problem.empty()) continue;
    std::string why = problem == "too_long"
                          ? fill(kb.text("error_contact_too_long", s.lang), {std::to_string(contact_value_max_length(p.field))})
                          : kb.text(std::string("error_contact_bad_") + p.field, s.lang);
    std::string label = kb.text(p.label, s.lang);
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = char(label[0] - 'a' + 'A');
    error = fill(kb.text("who_contact_error", s.lang), {label, v, why});
  }
  if (error.empty() && typed.name.empty()) error = kb.text("who_contact_need_name", s.lang);
  if (!error.empty()) return say(s, error);
  bool same = c->contact && c->contact->who == typed;
  if (!same) c->contact = CaseContact{typed, "manager"};
  s.forms.contact = JobcenterContact{};
  s.forms.contact_editing = false;
  save(kb, s);
  s.message = kb.text("who_contact_saved", s.lang);
  say(s, s.message);
}

void submit_period(const KnowledgeBase& kb, AppState& s) {
  PeriodForm& p = s.forms.period;
  p.error.clear();
  p.error_field.clear();
  std::optional<Date> first = read_date(kb, s, p.first, p.error);
  if (!p.error.empty()) p.error_field = "period_first";
  std::optional<Date> last = p.last.empty() ? std::nullopt : read_date(kb, s, p.last, p.error);
  if (!p.error.empty() && p.error_field.empty()) p.error_field = "period_last";
  if (p.error.empty() && first) p.error = add_absence_period(kb, s, *first, last);
  if (p.error.empty()) s.forms.period = PeriodForm{};
  else s.focus = error_summary_id;
}

void toggle_scheme(AppState& s, const std::string& scheme) {
  auto& open = s.forms.open_schemes;
  if (!open.erase(scheme)) open.insert(scheme);
}

void choose_document(const KnowledgeBase& kb, AppState& s, const std::string& kind) {
  s.forms.document = kind;
  s.forms.document_entry.clear();
  s.forms.note = {};
  // A document about an entry starts with the newest one of its kind: the one a manager means.
  const DocumentTemplate* tpl = kb.document(kind);
  const Case* c = current_case(s);
  if (!tpl || tpl->entry_kind.empty() || !c) return;
  const LogEntry* newest = nullptr;
  for (const auto& e : c->log)
    if (e.kind == tpl->entry_kind && (!newest || days_between(newest->date, e.date) >= 0)) newest = &e;
  if (newest) s.forms.document_entry = newest->id;
}

void say_beside(AppState& s, const std::string& at, const std::string& text, bool error) {
  s.forms.note = {at, text, error};
  say(s, text);
}

std::optional<size_t> document_entry(const AppState& s) {
  const Case* c = current_case(s);
  if (!c || s.forms.document_entry.empty()) return std::nullopt;
  for (size_t i = 0; i < c->log.size(); ++i)
    if (c->log[i].id == s.forms.document_entry) return i;
  return std::nullopt;
}

void recover(const KnowledgeBase& kb, AppState& s) {
  s.failure.clear();
  s.forms = ScreenState{};
  s.screen = Screen::start;
  say(s, kb.text("start_title", s.lang));
}

}  // namespace fasthold::ui
