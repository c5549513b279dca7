#include "ui/closing.hpp"

#include "engine/overview.hpp"

namespace fasthold::ui {

namespace {
void say(AppState& s, const std::string& text) {
  if (!text.empty()) s.announcements.push_back(text);
}
std::string file_name(std::string name) {
  for (char& ch : name)
    if (ch == '/' || ch == '\\' || ch == ':' || ch == '"') ch = '-';
  return name;
}
}  // namespace

void close_case(const KnowledgeBase& kb, AppState& s) {
  Case* c = current_case(s);
  if (!c) return;
  CloseForm& f = s.forms.close;
  f.error.clear();
  auto on = f.date.empty() ? std::optional<Date>(s.today) : parse_danish_date(f.date);
  if (!on) f.error = fill(kb.text("date_error", s.lang), {f.date});
  else if (days_between(s.today, *on) > 0) f.error = fill(kb.text("close_error_future", s.lang), {format_danish(*on)});
  else if (f.reason.empty()) f.error = kb.text("close_error_reason", s.lang);
  if (!f.error.empty()) return say(s, f.error);
  c->closed = CaseClosed{*on, f.reason, std::nullopt};
  s.forms.close = CloseForm{};
  save(kb, s);
  reassess(kb, s);
  say_beside(s, "reopen_case", kb.text("close_done", s.lang));
}

void reopen_case(const KnowledgeBase& kb, AppState& s) {
  Case* c = current_case(s);
  if (!c || !c->closed) return;
  c->closed.reset();
  save(kb, s);
  reassess(kb, s);
  say_beside(s, "close_case", kb.text("reopen_done", s.lang));
}

void download_overview_calendar(const KnowledgeBase& kb, AppState& s) {
  platform::download(kb.text("overview_calendar_filename", s.lang) + ".ics", "text/calendar",
                     overview_calendar_ics(kb, s.cases, s.today, s.lang));
  say_beside(s, "overview_calendar", kb.text("overview_calendar_done", s.lang));
}

void retention_download(const KnowledgeBase& kb, AppState& s, int index) {
  if (index < 0 || index >= int(s.cases.size())) return;
  Case& c = s.cases[size_t(index)];
  c.last_backup = s.today;  // in the file too, as "Hent sagsfilen" does
  platform::download("fasthold-" + file_name(c.nickname) + ".json", "application/json", write_case(c, kb));
  save(kb, s);
  say_beside(s, "retention_delete_" + std::to_string(index), kb.text("retention_downloaded", s.lang));
}

void retention_delete(const KnowledgeBase& kb, AppState& s, int index) {
  if (index < 0 || index >= int(s.cases.size())) return;
  std::string name = s.cases[size_t(index)].nickname;
  int open = s.current;
  delete_case(kb, s, index);
  // Another case open before stays open (delete_case forgets it).
  if (open >= 0 && open != index) {
    s.current = open > index ? open - 1 : open;
    reassess(kb, s);
  }
  s.message = fill(kb.text("retention_deleted", s.lang), {name});
  say(s, s.message);
}

void retention_put_off(const KnowledgeBase& kb, AppState& s, int index) {
  if (index < 0 || index >= int(s.cases.size())) return;
  Case& c = s.cases[size_t(index)];
  if (!retention_can_put_off(c)) return;
  c.closed->put_off = s.today;
  save(kb, s);
  auto next = retention_due_on(kb, c, s.today);
  s.message = fill(kb.text("retention_put_off", s.lang), {next ? format_danish(*next) : ""});
  say(s, s.message);
}

}  // namespace fasthold::ui
