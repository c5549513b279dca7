// "Luk sagen" on the settings screen: the day (today when left empty) and one reason from a
// fixed list; a closed case says so and can be opened again (closing.hpp).
#include "engine/overview.hpp"
#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/closing.hpp"
#include "ui/parts.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

void closing_section(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  const Case* c = current_case(s);
  if (!c) return;
  gap(t, 8);
  subheading(t, kb.text("close_heading", s.lang));
  if (c->closed) {
    para(t, fill(kb.text("closed_banner", s.lang), {format_danish(c->closed->on), close_reason_text(kb, c->closed->reason, s.lang)}));
    if (secondary_button(t, kb.text("reopen_button", s.lang).c_str(), "reopen_case")) reopen_case(kb, s);
    note_at(t, s.forms.note, "reopen_case");
    return;
  }
  para(t, kb.text("close_intro", s.lang));
  CloseForm& f = s.forms.close;
  Field day{kb.text("close_date_label", s.lang), kb.text("close_date_hint", s.lang)};
  day.width = 220;
  date_field(t, kb, s.lang, "close_date", day, f.date);
  radio_group(t, "close_reason", kb.text("close_reason_legend", s.lang), [&] {
    for (const char* reason : kCloseReasons)
      if (radio_item(t, close_reason_text(kb, reason, s.lang), (std::string("close_reason_") + reason).c_str(), f.reason == reason))
        f.reason = reason;
  });
  if (!f.error.empty()) text(t, t.bold, f.error, colors::error);
  if (primary_button(t, kb.text("close_button", s.lang).c_str(), "close_case")) close_case(kb, s);
  note_at(t, s.forms.note, "close_case");
}

}  // namespace fasthold::ui
