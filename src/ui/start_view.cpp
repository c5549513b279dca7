// The start page: what Fasthold does, where the data lives, new case or open one.
#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app_views.hpp"
#include "ui/parts.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

void start_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  heading(t, kb.text("start_title", s.lang));
  // A manager with cases sees what is due first (overview_view.cpp); the introduction follows.
  if (cases_overview(t, kb, s)) return;
  para(t, kb.text("start_intro", s.lang));
  text(t, t.bold, kb.text("start_privacy", s.lang), colors::ink);
  // Opened from a consultant's link: whose it is, in full, flagged when the knowledge base knows
  // that municipality with other details. A new case keeps it only when the manager ticks it.
  if (s.link.present()) {
    gap(t, 6);
    text(t, t.bold, fill(kb.text("start_link_from", s.lang), {s.link.contact.name}), colors::ink);
    contact_lines(t, kb, s.lang, s.link.contact, false);
    contact_warning(t, kb, s.lang, s.today, s.link.contact);
    muted(t, kb.text("start_link_kept", s.lang));
  }
  gap(t, 8);
  subheading(t, kb.text("new_case", s.lang));
  Field name{kb.text("nickname_label", s.lang), kb.text("nickname_hint", s.lang)};
  name.submits = true;
  bool enter = text_field(t, kb, s.lang, "nickname", name, s.forms.nickname).submitted;
  if (s.link.present()) check_item(t, fill(kb.text("start_keep_link", s.lang), {s.link.contact.name}), "keep_link_contact", s.forms.keep_link_contact);
  if (primary_button(t, kb.text("start_new_case", s.lang).c_str(), "start_new_case") || enter) return start_new_case(kb, s);
  gap(t, 8);
  if (link_button(t, kb.text("offline_save", s.lang).c_str(), "offline_save", colors::action, {.button = true}))
    platform::save_offline_copy();
  gap(t, 2);
  if (link_button(t, kb.text("open_link_builder", s.lang).c_str(), "open_link_builder", colors::action))
    go_to(kb, s, Screen::link_builder);
}

}  // namespace fasthold::ui
