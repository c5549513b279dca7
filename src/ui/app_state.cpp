#include "ui/app_state.hpp"

#include "engine/backup.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "engine/store.hpp"
#include "platform/platform.hpp"

namespace fasthold::ui {

using nlohmann::json;

std::string since_line(const KnowledgeBase& kb, Lang lang, const StatusChange& ch) {
  const Scheme* sc = kb.scheme(ch.scheme);
  return fill(kb.text("since_line", lang), {sc ? sc->name.in(lang) : ch.scheme, kb.text(std::string("status_") + status_name(ch.from), lang),
                                            kb.text(std::string("status_") + status_name(ch.to), lang), ch.why});
}

namespace {

// Collected during a frame and read out together at its end (App::frame), so that a
// warning is not drowned by the title of the screen that follows it.
void say(AppState& s, const std::string& text) {
  if (!text.empty()) s.announcements.push_back(text);
}

std::string flow_item(const std::string& node) { return "flow:" + node; }
std::string fact_item(const std::string& fact) { return "fact:" + fact; }

// The store: every case as a case file, in one localStorage value (engine/store.hpp).
std::string store_json(const KnowledgeBase& kb, const AppState& s) { return write_store(s.cases, s.current, kb); }

// Every case that can be read is; whatever cannot is appended to the unreadable key, and
// when that write does not hold, the store is locked: nothing is saved over what it holds.
void load_store(const KnowledgeBase& kb, AppState& s) {
  std::optional<std::string> aside = platform::storage_get(unreadable_key);
  if (auto raw = platform::storage_get(cases_key)) {
    StoreRead r = read_store(*raw, kb);
    s.cases = std::move(r.cases);
    s.current = r.current;
    if (r.newer_version > 0) {
      s.store_lock = "newer";  // a newer Fasthold wrote it: this copy shows it and saves nothing
    } else if (!r.aside.empty()) {
      std::string combined = append_aside(aside, r.aside);
      bool kept = platform::storage_set(unreadable_key, combined) && platform::storage_get(unreadable_key) == combined;
      aside = combined;  // downloadable from here even when the write failed
      if (!kept) s.store_lock = "aside_failed";
    }
  }
  s.unreadable = aside.value_or("");
}

// Why a write was refused: "full" when the quota is used up (a tiny write still fits, or this
// device already holds Fasthold's data), "unavailable" when nothing can be stored at all (no
// storage, or a quota of nothing, as some private windows have).
std::string refusal(platform::StorageWrite w) {
  if (w != platform::StorageWrite::full) return "unavailable";
  bool tiny = platform::storage_set("fasthold.probe", "1");
  platform::storage_remove("fasthold.probe");
  auto held = [](const char* key) {
    auto v = platform::storage_get(key);
    return v && !v->empty();
  };
  return tiny || held(cases_key) || held(unreadable_key) ? "full" : "unavailable";
}

void load_settings(AppState& s) {
  if (auto raw = platform::storage_get(settings_key)) {
    try {
      json j = json::parse(*raw);
      s.lang = j.value("lang", "da") == "en" ? Lang::en : Lang::da;
      // The system's "more contrast" holds until the user chooses on the settings screen.
      s.contrast_chosen = j.contains("high_contrast");
      s.high_contrast = s.contrast_chosen ? j.value("high_contrast", false) : platform::prefers_more_contrast();
      return;
    } catch (const std::exception&) {
    }
  }
  if (auto lang = platform::storage_get(legacy_language_key)) s.lang = *lang == "en" ? Lang::en : Lang::da;
  s.high_contrast = platform::prefers_more_contrast();
}

void save_settings(AppState& s) {
  json j = {{"lang", lang_code(s.lang)}};
  if (s.contrast_chosen) j["high_contrast"] = s.high_contrast;
  if (!platform::storage_set(settings_key, j.dump())) s.storage_problem = "unavailable";
}

std::vector<InterviewItem> items_of(const KnowledgeBase& kb, const AppState& s) {
  const Case* c = current_case(s);
  if (!c || !s.assessment) return {};
  return interview_items(kb, *c, *s.assessment);
}

std::string id_of(const InterviewItem& i) { return i.kind == InterviewItem::Kind::flow ? flow_item(i.id) : fact_item(i.id); }

// Reads out the question now shown: a step's title and text, or a fact's question.
void say_item(const KnowledgeBase& kb, AppState& s) {
  if (const FlowNode* n = item_node(kb, s.item)) say(s, n->title.in(s.lang) + ". " + n->text.in(s.lang));
  else if (const Fact* f = kb.fact(item_fact(kb, s.item))) say(s, f->question.in(s.lang));
}

// Moves to the next item the manager has not answered, or to the results when all are.
void advance(const KnowledgeBase& kb, AppState& s) {
  auto items = items_of(kb, s);
  size_t next = next_unanswered(items);
  if (!s.item.empty()) s.history.push_back(s.item);
  if (next >= items.size()) {
    s.item.clear();
    s.screen = Screen::results;
    say(s, kb.text("results_title", s.lang));
    return;
  }
  s.item = id_of(items[next]);
  s.screen = Screen::interview;
  say_item(kb, s);
}

// The case remembers what it shows now (knowledge-base version, date, each status).
void remember_shown(const KnowledgeBase& kb, AppState& s) {
  if (Case* c = current_case(s); c && s.assessment) c->last_shown = shown_now(kb, *s.assessment);
}

// Nothing is re-judged silently: on opening a case, each status a newer knowledge base or a
// later date moved is kept for the results screen, and the case remembers what it shows now.
void note_since_last_opened(const KnowledgeBase& kb, AppState& s) {
  s.since_last_opened.clear();
  if (const Case* c = current_case(s); c && s.assessment) s.since_last_opened = changes_since_last_shown(kb, *c, *s.assessment, s.lang);
  remember_shown(kb, s);
  if (s.since_last_opened.empty()) return;
  std::string said = kb.text("since_title", s.lang) + ":";
  for (const auto& ch : s.since_last_opened) said += " " + since_line(kb, s.lang, ch);
  say(s, said);
}

// After an answer to a question opened from another screen: back to that screen, with the
// change said there. False when the interview goes on as usual.
bool return_after_change(const KnowledgeBase& kb, AppState& s) {
  if (!s.return_to) return false;
  Screen back = *s.return_to;
  s.return_to.reset();
  s.item.clear();
  go_to(kb, s, back);
  s.message = kb.text("answer_saved", s.lang);
  say(s, s.message);
  return true;
}

void changed_case(const KnowledgeBase& kb, AppState& s) {
  reassess(kb, s);
  remember_shown(kb, s);
  save(kb, s);
}

// An imported case: in place of case `replace`, or added; then opened and saved.
void add_imported(const KnowledgeBase& kb, AppState& s, const Case& c, std::optional<size_t> replace) {
  if (replace) s.cases[*replace] = c;
  else s.cases.push_back(c);
  s.current = int(replace ? *replace : s.cases.size() - 1);
  s.forms = ScreenState{};
  s.assessment.reset();
  changed_case(kb, s);
  s.changed.clear();
  s.message = kb.text("import_done", s.lang);
  say(s, s.message);
}

std::string unique_id(const Case& c, const std::string& prefix) {
  for (int n = int(c.log.size()) + 1;; ++n) {
    std::string id = prefix + std::to_string(n);
    bool used = std::any_of(c.log.begin(), c.log.end(), [&](const LogEntry& e) { return e.id == id; });
    if (!used) return id;
  }
}

}  // namespace

Case* current_case(AppState& s) { return s.current >= 0 && s.current < int(s.cases.size()) ? &s.cases[s.current] : nullptr; }
const Case* current_case(const AppState& s) {
  return s.current >= 0 && s.current < int(s.cases.size()) ? &s.cases[s.current] : nullptr;
}

std::optional<JobcenterContact> jobcenter(const AppState& s) {
  if (const Case* c = current_case(s); c && c->contact) return c->contact->who;
  return std::nullopt;
}


void use_link_contact(const KnowledgeBase& kb, AppState& s) {
  Case* c = current_case(s);
  if (!c || !s.link.present()) return;
  c->contact = CaseContact{s.link.contact, "link"};
  s.forms.contact_editing = false;
  save(kb, s);
  say(s, kb.text("who_contact_saved", s.lang));
}

bool backup_reminder_shown(const KnowledgeBase& kb, const AppState& s) {
  const Case* c = current_case(s);
  if (!c) return false;
  return backup_reminder_due(*c, s.today, s.forms.backup_after_entry, int(kb.threshold_value("backup_reminder_days")));
}

void download_case_file(const KnowledgeBase& kb, AppState& s) {
  Case* c = current_case(s);
  if (!c) return;
  c->last_backup = s.today;  // in the file too: a copy read back elsewhere knows its day
  s.forms.backup_after_entry = false;
  std::string name = safe_filename(c->nickname);
  platform::download("fasthold-" + name + ".json", "application/json", export_case(kb, s));
  save(kb, s);
  say(s, kb.text("backup_done", s.lang));
}

void dismiss_backup_reminder(const KnowledgeBase& kb, AppState& s) {
  Case* c = current_case(s);
  if (!c) return;
  c->backup_reminded = s.today;
  s.forms.backup_after_entry = false;
  save(kb, s);
}

AppState start_app(const KnowledgeBase& kb) {
  AppState s;
  s.today = parse_iso_date(platform::today_iso()).value_or(Date{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}});
  load_settings(s);
  // "#lang=en" in a link overrides the stored choice; the rest of the fragment is the consultant's.
  std::string fragment = platform::url_fragment();
  std::string rest;
  size_t pos = 0;
  while (pos <= fragment.size()) {
    size_t amp = fragment.find('&', pos);
    std::string part = fragment.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
    pos = amp == std::string::npos ? fragment.size() + 1 : amp + 1;
    if (part == "lang=en") s.lang = Lang::en;
    else if (part == "lang=da") s.lang = Lang::da;
    else if (!part.empty()) rest += (rest.empty() ? "" : "&") + part;
  }
  s.link = parse_consultant_fragment(rest);
  load_store(kb, s);
  platform::StorageWrite probe = platform::storage_write("fasthold.probe", "1");
  platform::storage_remove("fasthold.probe");
  if (probe != platform::StorageWrite::ok) s.storage_problem = refusal(probe);
  platform::set_document_language(lang_code(s.lang));
  reassess(kb, s);
  s.changed.clear();
  if (const Case* c = current_case(s)) {
    // A reload opens the current case again.
    std::optional<LastShown> before = c->last_shown;
    note_since_last_opened(kb, s);
    if (!(current_case(s)->last_shown == before)) save(kb, s);
  }
  say(s, kb.text("start_title", s.lang));
  return s;
}

void save(const KnowledgeBase& kb, AppState& s) {
  if (!s.store_lock.empty()) return;  // the stored value stays as it is; the notice says why
  platform::StorageWrite w = platform::storage_write(cases_key, store_json(kb, s));
  if (w == platform::StorageWrite::ok) {
    s.storage_problem.clear();
    return;
  }
  s.storage_problem = refusal(w);
  say(s, kb.text(s.storage_problem == "full" ? "storage_full" : "storage_unavailable", s.lang));
}

bool unreadable_waiting(const AppState& s) {
  AsideState a = aside_state(s.unreadable);
  return a.items > a.downloaded;
}

void download_unreadable(const KnowledgeBase& kb, AppState& s) {
  if (s.unreadable.empty()) return;
  platform::download("fasthold-unreadable.json", "application/json", s.unreadable);
  s.unreadable = aside_downloaded(s.unreadable);
  // Counted as downloaded in the key too, so the next start does not ask again.
  if (s.store_lock != "aside_failed") platform::storage_set(unreadable_key, s.unreadable);
  say(s, kb.text("unreadable_downloaded", s.lang));
}

void delete_unreadable(const KnowledgeBase& kb, AppState& s) {
  platform::storage_remove(unreadable_key);
  s.unreadable.clear();
  // The manager chose to let it go: the store may be saved again.
  if (s.store_lock == "aside_failed") s.store_lock.clear();
  save(kb, s);
  s.message = kb.text("unreadable_deleted", s.lang);
  say(s, s.message);
}

void reassess(const KnowledgeBase& kb, AppState& s) {
  const Case* c = current_case(s);
  if (!c) {
    s.assessment.reset();
    return;
  }
  std::optional<Assessment> before = std::move(s.assessment);
  s.assessment = assess(kb, *c, s.today);
  s.changed.clear();
  if (!before) return;
  for (const auto& r : s.assessment->schemes) {
    const SchemeResult* old = before->scheme(r.scheme->id);
    if (old && old->status != r.status) {
      s.changed.push_back(r.scheme->id);
      say(s, r.scheme->name.in(s.lang) + ": " + status_words(kb, r.status, r.met_on, r.ask_jobcenter, s.lang));
    }
  }
}

void new_case(const KnowledgeBase& kb, AppState& s, const std::string& nickname, bool keep_link_contact) {
  Case c;
  std::string name = clean_line(nickname);  // the reader's rule: a pasted tab becomes a space
  c.nickname = name.empty() ? kb.text("unnamed_case", s.lang) + " " + std::to_string(s.cases.size() + 1) : name;
  s.cases.push_back(c);
  s.current = int(s.cases.size()) - 1;
  if (keep_link_contact && s.link.present()) s.cases.back().contact = CaseContact{s.link.contact, "link"};
  s.forms = ScreenState{};
  s.history.clear();
  s.return_to.reset();
  s.item.clear();
  changed_case(kb, s);
  s.changed.clear();
  s.screen = Screen::prepare;
  say(s, kb.text("prepare_title", s.lang));
}

void open_case(const KnowledgeBase& kb, AppState& s, int index) {
  if (index < 0 || index >= int(s.cases.size())) return;
  s.current = index;
  s.forms = ScreenState{};
  s.history.clear();
  s.return_to.reset();
  s.item.clear();
  s.assessment.reset();
  reassess(kb, s);
  note_since_last_opened(kb, s);
  save(kb, s);
  start_interview(kb, s);
}

void rename_case(const KnowledgeBase& kb, AppState& s, const std::string& nickname) {
  if (Case* c = current_case(s)) {
    c->nickname = clean_line(nickname);
    save(kb, s);
  }
}

void delete_case(const KnowledgeBase& kb, AppState& s, int index) {
  if (index < 0 || index >= int(s.cases.size())) return;
  s.cases.erase(s.cases.begin() + index);
  s.current = -1;
  s.forms = ScreenState{};
  s.assessment.reset();
  s.screen = Screen::start;
  save(kb, s);
  s.message = kb.text("case_deleted", s.lang);
  say(s, s.message);
}

void delete_everything(const KnowledgeBase& kb, AppState& s) {
  for (const char* key : {cases_key, unreadable_key, settings_key, legacy_language_key}) platform::storage_remove(key);
  Lang lang = s.lang;
  ConsultantLink link = s.link;
  Date today = s.today;
  s = AppState{};
  s.lang = lang;
  s.link = link;
  s.today = today;
  s.message = kb.text("everything_deleted", s.lang);
  say(s, s.message);
}

void go_to(const KnowledgeBase& kb, AppState& s, Screen screen) {
  if (screen != Screen::interview) s.return_to.reset();  // left by another way: no return pending
  s.screen = screen;
  s.message.clear();
  s.forms.note = {};  // a control's message belongs to the screen that showed the control
  const char* key = screen_info(screen).title_key;
  std::string said = *key ? kb.text(key, s.lang) : "";
  // Who to call: a screen reader hears the jobcenter first, as the page shows it first.
  if (screen == Screen::who_to_call) {
    if (auto jc = jobcenter(s)) said += ". " + jc->name + (jc->phone.empty() ? "" : ", " + jc->phone);
    else said += ". " + kb.text("who_home_jobcenter", s.lang);
  }
  say(s, said);
}

void start_interview(const KnowledgeBase& kb, AppState& s) {
  s.item.clear();
  advance(kb, s);
  if (!s.history.empty() && s.history.back().empty()) s.history.pop_back();
  if (s.screen == Screen::interview) say(s, kb.text("interview_title", s.lang));
}

Progress interview_progress(const KnowledgeBase& kb, const AppState& s) {
  Progress p;
  bool on_path = false;
  for (const auto& i : items_of(kb, s)) {
    bool here = id_of(i) == s.item;
    on_path = on_path || here;
    if (here) {
      p.step = i.step;
      p.section = i.section;
    }
    if (here || !i.answered) ++p.left;
    else ++p.answered;
  }
  if (!on_path) {  // a question opened outside the path (a missing fact, "Ændr"): it counts too
    ++p.left;
    if (const FlowNode* n = item_node(kb, s.item)) p.step = n->step;
    else if (s.assessment) p.step = s.assessment->flow.node->step;
    for (const auto& sec : kb.interview)
      if (std::find(sec.facts.begin(), sec.facts.end(), item_fact(kb, s.item)) != sec.facts.end()) p.section = sec.id;
  }
  return p;
}

std::string item_fact(const KnowledgeBase& kb, const std::string& item) {
  if (item.rfind("fact:", 0) == 0) return item.substr(5);
  if (const FlowNode* n = item_node(kb, item)) {
    if (n->kind == "decision") return n->fact;
    if (n->kind == "action") return "";  // an action is acknowledged as done, never an answer
  }
  return "";
}

const FlowNode* item_node(const KnowledgeBase& kb, const std::string& item) {
  if (item.rfind("flow:", 0) != 0) return nullptr;
  return kb.flow_node(item.substr(5));
}

void answer_fact(const KnowledgeBase& kb, AppState& s, const std::string& fact, const FactValue& value) {
  Case* c = current_case(s);
  if (!c) return;
  c->facts[fact] = value;
  if (auto* text = std::get_if<std::string>(&c->facts[fact])) *text = clean_line(*text);
  c->not_known_yet.erase(fact);
  // A birth date replaces a birth month and the other way round.
  if (fact == "birth_date") c->facts.erase("birth_month");
  if (fact == "birth_month") c->facts.erase("birth_date");
  changed_case(kb, s);
  if (s.screen != Screen::interview) return;
  if (return_after_change(kb, s)) return;
  // A flowchart answer that leads to an outcome shows the outcome before the interview goes on.
  const FlowNode* at = s.assessment ? s.assessment->flow.node : nullptr;
  if (item_node(kb, s.item) && at && at->kind == "outcome") {
    s.history.push_back(s.item);
    s.item = flow_item(at->id);
    say(s, at->title.in(s.lang) + ". " + at->text.in(s.lang));
    return;
  }
  advance(kb, s);
}

void answer_not_yet(const KnowledgeBase& kb, AppState& s, const std::string& fact) {
  Case* c = current_case(s);
  if (!c) return;
  c->facts.erase(fact);
  c->not_known_yet.insert(fact);
  changed_case(kb, s);
  if (s.screen != Screen::interview || return_after_change(kb, s)) return;
  advance(kb, s);
}

void mark_step_done(const KnowledgeBase& kb, AppState& s, const std::string& node) {
  if (Case* c = current_case(s)) {
    c->steps_done.insert(node);
    changed_case(kb, s);
  }
}

void continue_from(const KnowledgeBase& kb, AppState& s) {
  Case* c = current_case(s);
  const FlowNode* n = item_node(kb, s.item);
  // Passing an action acknowledges the step; it never stores an answer. For "put it in
  // writing" the flow still waits for an agreement in the record (the engine's rule).
  if (c && n && n->kind == "action") {
    c->steps_done.insert(n->id);
    changed_case(kb, s);
  }
  // An outcome is read, then the interview goes on with the facts the schemes need.
  advance(kb, s);
}

void go_back(const KnowledgeBase& kb, AppState& s) {
  // A question opened from another screen goes back there, not to an unrelated earlier question.
  if (s.screen == Screen::interview && s.return_to) {
    Screen back = *s.return_to;
    s.return_to.reset();
    s.item.clear();
    go_to(kb, s, back);
    return;
  }
  if (s.screen != Screen::interview || s.history.empty()) {
    go_to(kb, s, s.history.empty() ? Screen::prepare : Screen::interview);
    return;
  }
  s.item = s.history.back();
  s.history.pop_back();
  s.screen = Screen::interview;
  say_item(kb, s);  // Back changes the question, as Continue does
}

void jump_to_fact(const KnowledgeBase& kb, AppState& s, const std::string& fact) {
  const Fact* f = kb.fact(fact);
  if (!f) return;
  if (s.screen != Screen::interview) s.return_to = s.screen;  // "Ændr" from Tjek dine svar, a missing fact on the results
  else if (!s.item.empty()) s.history.push_back(s.item);
  s.item = f->step_node.empty() ? fact_item(fact) : flow_item(f->step_node);
  s.screen = Screen::interview;
  say(s, f->question.in(s.lang));
}

void set_checklist(const KnowledgeBase& kb, AppState& s, const std::string& item, bool ticked) {
  if (Case* c = current_case(s)) {
    c->checklist[item] = ticked;
    save(kb, s);
  }
}

std::optional<std::string> entry_error(const KnowledgeBase& kb, const Case& c, const LogEntry& e, std::optional<size_t> index,
                                       Lang lang, std::string* pointer) {
  // The same checks as reading a file: write the case with the entry and read it back.
  Case probe = c;
  if (index && *index < probe.log.size()) probe.log[*index] = e;
  else probe.log.push_back(e);
  try {
    parse_case(write_case(probe, kb), kb);
  } catch (const InputError& err) {
    if (pointer) *pointer = err.pointer;
    return describe_input_error(kb, err, lang);
  }
  return std::nullopt;
}

void add_entry(const KnowledgeBase& kb, AppState& s, LogEntry entry) {
  Case* c = current_case(s);
  if (!c) return;
  if (entry.id.empty()) entry.id = unique_id(*c, entry.kind == "agreement" ? "a" : entry.kind == "follow_up" ? "f" : "e");
  c->log.push_back(entry);
  if (entry_brings_backup_reminder(entry.kind)) s.forms.backup_after_entry = true;
  changed_case(kb, s);
  say(s, kb.text("entry_saved", s.lang));
}

void update_entry(const KnowledgeBase& kb, AppState& s, size_t index, LogEntry entry) {
  Case* c = current_case(s);
  if (!c || index >= c->log.size()) return;
  entry.id = c->log[index].id;
  c->log[index] = entry;
  changed_case(kb, s);
  say(s, kb.text("entry_saved", s.lang));
}

void delete_entry(const KnowledgeBase& kb, AppState& s, size_t index) {
  Case* c = current_case(s);
  if (!c || index >= c->log.size()) return;
  std::string id = c->log[index].id;
  c->log.erase(c->log.begin() + std::ptrdiff_t(index));
  if (s.forms.draft.editing == id) s.forms.draft = EntryDraft{};
  // Follow-ups of a deleted agreement lose their link rather than the whole record.
  for (auto& e : c->log)
    if (e.agreement_id == id) e.agreement_id.clear();
  changed_case(kb, s);
}

std::string add_absence_period(const KnowledgeBase& kb, AppState& s, Date first, std::optional<Date> last) {
  Case* c = current_case(s);
  if (!c) return "";
  if (last && days_between(first, *last) < 0) return kb.text("period_error", s.lang);
  c->absence_periods.push_back({first, last});
  std::sort(c->absence_periods.begin(), c->absence_periods.end(),
            [](const AbsencePeriod& a, const AbsencePeriod& b) { return days_between(a.first_day, b.first_day) > 0; });
  changed_case(kb, s);
  say(s, kb.text("entry_saved", s.lang));
  return "";
}

void delete_absence_period(const KnowledgeBase& kb, AppState& s, size_t index) {
  Case* c = current_case(s);
  if (!c || index >= c->absence_periods.size()) return;
  c->absence_periods.erase(c->absence_periods.begin() + std::ptrdiff_t(index));
  changed_case(kb, s);
}

std::string export_all_cases(const KnowledgeBase& kb, const AppState& s) { return store_json(kb, s); }

std::string export_case(const KnowledgeBase& kb, const AppState& s) {
  const Case* c = current_case(s);
  return c ? write_case(*c, kb) : std::string();
}

namespace {

void import_failed(const KnowledgeBase& kb, AppState& s, const InputError& e) {
  s.import_error = describe_input_error(kb, e, s.lang);  // nothing changes
  say(s, kb.text("import_failed", s.lang) + " " + s.import_error);
}

// Megabytes with one decimal, in the page's language.
std::string megabytes(double bytes, Lang lang) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", bytes / double(1 << 20));
  std::string out = buf;
  if (lang == Lang::da) std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

InputError too_large(double bytes, Lang lang) {
  return InputError("", "", "file_too_large", {megabytes(bytes, lang), std::to_string(max_import_bytes >> 20)});
}

}  // namespace

void import_file(const KnowledgeBase& kb, AppState& s, const platform::OpenedFile& file) {
  if (file.text) return import_case(kb, s, *file.text);
  s.import_error.clear();
  s.import_pending.reset();
  if (file.bytes > double(max_import_bytes)) return import_failed(kb, s, too_large(file.bytes, s.lang));
  import_failed(kb, s, InputError("", "", "read_failed", {"File.text()"}));
}

void import_case(const KnowledgeBase& kb, AppState& s, const std::string& text) {
  s.import_error.clear();
  s.import_pending.reset();
  if (text.size() > max_import_bytes) return import_failed(kb, s, too_large(double(text.size()), s.lang));
  Case c;
  try {
    c = parse_case(text, kb);
    validate_case_on(c, s.today);
  } catch (const InputError& e) {
    return import_failed(kb, s, e);
  } catch (const std::exception& e) {
    // Whatever else goes wrong (memory, say), the page stays up and says so.
    return import_failed(kb, s, InputError("", "", "read_failed", {short_text(e.what())}));
  }
  for (const auto& existing : s.cases)
    if (existing.nickname == c.nickname) {
      s.import_pending = c;  // never overwrite without asking
      say(s, kb.text("import_exists", s.lang));
      return;
    }
  add_imported(kb, s, c, std::nullopt);
}

void confirm_import(const KnowledgeBase& kb, AppState& s, bool replace) {
  if (!s.import_pending) return;
  Case c = *s.import_pending;
  s.import_pending.reset();
  auto same = std::find_if(s.cases.begin(), s.cases.end(), [&](const Case& e) { return e.nickname == c.nickname; });
  if (replace && same != s.cases.end()) return add_imported(kb, s, c, size_t(same - s.cases.begin()));
  c.nickname += " (" + kb.text("imported", s.lang) + ")";
  add_imported(kb, s, c, std::nullopt);
}

void set_language(const KnowledgeBase& kb, AppState& s, Lang lang) {
  s.lang = lang;
  save_settings(s);
  platform::set_document_language(lang_code(lang));
  (void)kb;
}

void set_high_contrast(const KnowledgeBase& kb, AppState& s, bool on) {
  s.high_contrast = on;
  s.contrast_chosen = true;
  save_settings(s);
  (void)kb;
}

}  // namespace fasthold::ui
