// Settings and the data on this device: language, high contrast, export and import a case,
// delete a case, delete everything.
#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/parts.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"
#include "engine/store.hpp"
#include "platform/platform.hpp"

namespace fasthold::ui {

void settings_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  int& confirm = s.forms.confirm_delete;  // 1: delete this case, 2: delete everything, 3: what could not be read
  heading(t, kb.text("settings_title", s.lang));
  para(t, kb.text("settings_storage", s.lang));

  bool contrast = s.high_contrast;
  if (check_item(t, kb.text("high_contrast", s.lang), "high_contrast", contrast)) set_high_contrast(kb, s, contrast);
  gap(t, 8);

  subheading(t, kb.text("offline_heading", s.lang));
  para(t, kb.text("offline_intro", s.lang));
  if (secondary_button(t, kb.text("offline_save", s.lang).c_str(), "offline_save")) platform::save_offline_copy();
  gap(t, 8);

  subheading(t, kb.text("export_heading", s.lang));
  if (const Case* c = current_case(s)) {
    para(t, fill(kb.text("export_intro", s.lang), {c->nickname}));
    muted(t, c->last_backup ? fill(kb.text("backup_last", s.lang), {format_danish(*c->last_backup)}) : kb.text("backup_never", s.lang));
    if (primary_button(t, kb.text("export_case", s.lang).c_str(), "export_case")) download_case_file(kb, s);
  } else {
    muted(t, kb.text("export_no_case", s.lang));
  }
  gap(t, 4);
  subheading(t, kb.text("import_heading", s.lang));
  para(t, kb.text("import_intro", s.lang));
  if (secondary_button(t, kb.text("import_choose", s.lang).c_str(), "import_choose")) platform::open_file_picker(max_import_bytes);
  // A refused import under its button, read out at once (a good one opens the case).
  if (!s.import_error.empty()) note_at(t, Note{"import_choose", kb.text("import_failed", s.lang) + " " + s.import_error, true}, "import_choose");
  if (s.import_pending) {
    text(t, t.bold, fill(kb.text("import_exists_named", s.lang), {s.import_pending->nickname}), colors::warning);
    if (primary_button(t, kb.text("import_replace", s.lang).c_str(), "import_replace")) confirm_import(kb, s, true);
    same_line_if_fits(t, kb.text("import_keep_both", s.lang).c_str(), page_column_right());
    if (secondary_button(t, kb.text("import_keep_both", s.lang).c_str(), "import_keep_both")) confirm_import(kb, s, false);
  }
  if (!s.unreadable.empty()) {
    gap(t, 4);
    subheading(t, kb.text("unreadable_heading", s.lang));
    AsideState aside = aside_state(s.unreadable);
    para(t, fill(kb.text(aside.items > aside.downloaded ? "unreadable_notice" : "unreadable_kept", s.lang), {std::to_string(aside.items)}));
    if (secondary_button(t, kb.text("unreadable_export", s.lang).c_str(), "unreadable_download")) download_unreadable(kb, s);
    if (confirm == 3) {
      text(t, t.bold, kb.text("confirm_delete_unreadable", s.lang), colors::error);
      if (primary_button(t, kb.text("yes_delete", s.lang).c_str(), "confirm_delete_unreadable")) {
        delete_unreadable(kb, s);
        confirm = 0;
        return;
      }
      same_line_if_fits(t, kb.text("cancel", s.lang).c_str(), page_column_right());
      if (secondary_button(t, kb.text("cancel", s.lang).c_str(), "cancel_delete_unreadable")) confirm = 0;
    } else if (secondary_button(t, kb.text("delete_unreadable", s.lang).c_str(), "delete_unreadable")) {
      confirm = 3;
    }
  }
  closing_section(t, kb, s);
  gap(t, 8);
  subheading(t, kb.text("delete_heading", s.lang));
  if (current_case(s)) {
    if (confirm == 1) {
      text(t, t.bold, fill(kb.text("confirm_delete_case", s.lang), {current_case(s)->nickname}), colors::error);
      if (primary_button(t, kb.text("yes_delete", s.lang).c_str(), "confirm_delete_case")) {
        delete_case(kb, s, s.current);
        return;
      }
      same_line_if_fits(t, kb.text("cancel", s.lang).c_str(), page_column_right());
      if (secondary_button(t, kb.text("cancel", s.lang).c_str(), "cancel_delete_case")) confirm = 0;
    } else if (secondary_button(t, kb.text("delete_case", s.lang).c_str(), "delete_case")) {
      confirm = 1;
    }
  }
  gap(t, 4);
  para(t, kb.text("delete_all_intro", s.lang));
  if (confirm == 2) {
    text(t, t.bold, kb.text("confirm_delete_all", s.lang), colors::error);
    if (primary_button(t, kb.text("yes_delete", s.lang).c_str(), "confirm_delete_all")) {
      delete_everything(kb, s);
      return;
    }
    same_line_if_fits(t, kb.text("cancel", s.lang).c_str(), page_column_right());
    if (secondary_button(t, kb.text("cancel", s.lang).c_str(), "cancel_delete_all")) confirm = 0;
  } else if (secondary_button(t, kb.text("delete_all", s.lang).c_str(), "delete_all")) {
    confirm = 2;
  }
}

}  // namespace fasthold::ui
