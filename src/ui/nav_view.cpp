// The row of places under the header: the open case's screens, and the start page.
#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/views.hpp"
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"
#include "engine/store.hpp"

namespace fasthold::ui {

void nav_view(const Theme& t, const KnowledgeBase& kb, AppState& s, bool wide) {
  bool first = true;
  for (const ScreenInfo& p : screens()) {
    if (!*p.nav_key || (p.needs_case && !current_case(s))) continue;
    // On a wide screen the schemes sit beside the page; the results tab is for narrow ones.
    if (p.narrow_only && wide) continue;
    const std::string& label = kb.text(p.nav_key, s.lang);
    if (!first) same_line_if_fits(t, label.c_str(), page_column_right());
    first = false;
    bool here = s.screen == p.screen;
    std::string shown = here ? "\u25B6 " + label : label;
    if (link_button(t, shown.c_str(), p.nav_key, here ? colors::ink : colors::action, {.current = here})) {
      if (p.screen == Screen::interview) start_interview(kb, s);
      else go_to(kb, s, p.screen);
    }
  }
  if (const Case* c = current_case(s)) muted(t, fill(kb.text("case_open", s.lang), {c->nickname}));
  rule(t);
  gap(t, 4);
}

void notices_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  if (!s.storage_problem.empty()) {
    text(t, t.bold, kb.text(s.storage_problem == "full" ? "storage_full" : "storage_unavailable", s.lang), colors::error);
    if (current_case(s) && secondary_button(t, kb.text("export_now", s.lang).c_str(), "export_now"))
      go_to(kb, s, Screen::settings);
    gap(t, 4);
  }
  if (!s.store_lock.empty()) {
    text(t, t.bold, kb.text(s.store_lock == "newer" ? "store_newer" : "store_aside_failed", s.lang), colors::error);
    if (s.store_lock == "newer" && current_case(s) && secondary_button(t, kb.text("export_now", s.lang).c_str(), "export_now_newer"))
      go_to(kb, s, Screen::settings);
    gap(t, 4);
  }
  if (unreadable_waiting(s) || s.store_lock == "aside_failed") {
    text(t, t.bold, fill(kb.text("unreadable_notice", s.lang), {std::to_string(aside_state(s.unreadable).items)}), colors::error);
    // On "Data og indstillinger" the download itself is there: no second button of that name.
    if (s.screen != Screen::settings && secondary_button(t, kb.text("unreadable_export", s.lang).c_str(), "unreadable_export"))
      go_to(kb, s, Screen::settings);
    gap(t, 4);
  }
  if (!s.link.ignored.empty()) {
    std::string keys;
    for (const auto& n : s.link.ignored) {
      // The link's own keys are named as the link builder names them ("dit navn", not "by").
      std::string name = kb.ui.count("link_field_" + n.key) ? kb.text("link_field_" + n.key, s.lang) : "\u201C" + n.key + "\u201D";
      keys += (keys.empty() ? "" : ", ") + name;
    }
    text(t, t.small, fill(kb.text("link_ignored", s.lang), {keys}), colors::warning);
  }
  if (!s.message.empty()) {
    sem::open(sem::Role::status);
    text(t, t.bold, s.message, colors::ok);
    sem::close();
  }
}

}  // namespace fasthold::ui
