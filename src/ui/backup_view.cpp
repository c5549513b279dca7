// The reminder to download the case file: what is stored where, the download, and "Senere".
// Shown (engine/backup.hpp) after a new agreement or follow-up is saved, and otherwise at most
// every backup_reminder_days; on the record screen where the saved form was, elsewhere above
// the screen. Settings has the download itself, so it shows no reminder.
#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/semantics.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

void backup_reminder_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  const Case* c = current_case(s);
  if (!c || !backup_reminder_shown(kb, s)) return;
  const std::string& title = kb.text("backup_title", s.lang);
  sem::open(sem::Role::region, "backup_reminder", title);
  rule(t);
  text(t, t.bold, title, colors::warning);
  para(t, fill(kb.text("backup_text", s.lang), {c->nickname}));
  muted(t, c->last_backup ? fill(kb.text("backup_last", s.lang), {format_danish(*c->last_backup)}) : kb.text("backup_never", s.lang));
  bool download = primary_button(t, kb.text("backup_download", s.lang).c_str(), "backup_download");
  same_line_if_fits(t, kb.text("backup_later", s.lang).c_str(), page_column_right());
  bool later = secondary_button(t, kb.text("backup_later", s.lang).c_str(), "backup_later");
  rule(t);
  sem::close();
  gap(t, 4);
  if (download) {
    download_case_file(kb, s);
    s.message = kb.text("backup_done", s.lang);
  } else if (later) {
    dismiss_backup_reminder(kb, s);
  }
}

}  // namespace fasthold::ui
