// "Dine sager" on the start page: every case with its next deadline, where it stands and
// whether it is open (engine/overview.hpp), nearest deadline first; the question to keep a
// case closed long enough and delete it; one calendar for all open cases. Each case is one
// row, one stop for a screen reader: a button whose name says every column with its header.
#include <algorithm>

#include "engine/overview.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/a11y.hpp"
#include "ui/app_views.hpp"
#include "ui/closing.hpp"
#include "ui/parts.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

namespace {

std::string deadline_text(const KnowledgeBase& kb, Lang lang, const OverviewRow& r) {
  if (!r.next) return kb.text("overview_no_deadline", lang);
  return r.next->label.in(lang) + " " + format_danish(*r.next_date) + " \u2013 " + r.next_words;
}

// The columns where rows stand side by side: their left edges and widths as shares of the row.
constexpr float kColumnAt[4] = {0.00f, 0.14f, 0.46f, 0.74f};
constexpr float kColumnWidth[4] = {0.13f, 0.31f, 0.27f, 0.26f};
constexpr float kRowPad = 8;  // CSS px inside a row's border

// One case as a row: its name (underlined: it opens the case), when the next deadline is (red
// when overdue, brown within a week: the words say it too), what it is, the step and, closed,
// when and why; side by side when the column is wide, one under the other on a phone.
bool case_row(const Theme& t, const KnowledgeBase& kb, Lang lang, const OverviewRow& r, Date on) {
  std::string id = "open_case_" + std::to_string(r.index);
  const float pad = t.px(kRowPad);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float width = std::max(t.px(120), page_column_right() - pos.x);
  bool columns = width >= t.px(600);
  float inner = width - 2 * pad;
  std::string when = r.next ? format_danish(*r.next_date) + " \u2013 " + r.next_words : kb.text("overview_no_deadline", lang);
  std::string what = r.next ? r.next->label.in(lang) : "";
  // The open list's heading already says "open"; a closed row shows when and why.
  std::string where = r.closed ? r.position + "\n" + r.state : r.position;
  const std::string words[4] = {r.nickname, when, what, where};
  ImFont* fonts[4] = {t.bold, t.body, t.body, t.small};
  bool soon = r.next_date && days_between(on, *r.next_date) <= 7;
  unsigned ink[4] = {colors::action, r.overdue ? colors::error : soon ? colors::warning : colors::ink, colors::ink, colors::ink_muted};
  if (high_contrast()) ink[0] = ink[1] = ink[2] = ink[3] = colors::ink;
  float w[4], h[4];
  float height = 0;
  for (int i = 0; i < 4; ++i) {
    w[i] = columns ? inner * kColumnWidth[i] : inner;
    h[i] = words[i].empty() ? 0 : fonts[i]->CalcTextSizeA(fonts[i]->FontSize, FLT_MAX, w[i], words[i].c_str()).y;
    height = columns ? std::max(height, h[i]) : height + h[i] + (i == 0 ? t.px(4) : 0);
  }
  height += 2 * pad;
  bool pressed = ImGui::InvisibleButton(("###" + id).c_str(), ImVec2(width, height));
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, hovered ? colors::secondary_hover : colors::page, t.px(4));
  dl->AddRect(a, b, high_contrast() ? colors::ink : colors::border, t.px(4), 0, t.px(hovered ? 2 : 1));
  ImGui::RenderNavHighlight(ImRect(a, b), ImGui::GetItemID());
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  float y = a.y + pad;
  for (int i = 0; i < 4; ++i) {
    if (words[i].empty()) continue;
    ImVec2 at(a.x + pad + (columns ? inner * kColumnAt[i] : 0), y);
    dl->AddText(fonts[i], fonts[i]->FontSize, at, ink[i], words[i].c_str(), nullptr, w[i]);
    if (i == 0) {
      float tw = std::min(w[0], fonts[0]->CalcTextSizeA(fonts[0]->FontSize, FLT_MAX, 0, words[0].c_str()).x);
      float line = std::min(h[0], fonts[0]->FontSize);
      dl->AddLine(ImVec2(at.x, at.y + line + t.px(1)), ImVec2(at.x + tw, at.y + line + t.px(1)), ink[0], t.px(1));
    }
    if (!columns) y += h[i] + (i == 0 ? t.px(4) : 0);
  }
  std::string name = fill(kb.text("overview_row", lang), {r.nickname, kb.text("overview_col_deadline", lang), deadline_text(kb, lang, r),
                                                           kb.text("overview_col_step", lang), r.position, r.state});
  return control(t, sem::Role::button, id.c_str(), name) || pressed;
}

// The column headers above the rows, drawn where the rows stand side by side; each row's
// name already says them to a screen reader, so they are not recorded twice.
void column_headers(const Theme& t, const KnowledgeBase& kb, Lang lang) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float width = page_column_right() - pos.x;
  if (width < t.px(600)) return;
  float inner = width - 2 * t.px(kRowPad);
  const char* keys[4] = {"overview_col_case", "overview_col_when", "overview_col_deadline", "overview_col_step"};
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int i = 0; i < 4; ++i)
    dl->AddText(t.bold, t.bold->FontSize, ImVec2(pos.x + t.px(kRowPad) + inner * kColumnAt[i], pos.y),
                high_contrast() ? colors::ink : colors::ink_muted, kb.text(keys[i], lang).c_str());
  ImGui::Dummy(ImVec2(width, t.bold->FontSize + t.px(2)));
}

// A button whose drawn words are the same for every case: its name adds which ("Slet sagen fra browseren: Anna").
bool named_button(const Theme& t, const KnowledgeBase& kb, Lang lang, const char* key, const std::string& id,
                  const std::string& object, bool primary) {
  const std::string& label = kb.text(key, lang);
  bool pressed = primary ? primary_button(t, label.c_str(), id.c_str()) : secondary_button(t, label.c_str(), id.c_str());
  auto& nodes = sem::building().nodes;
  if (!nodes.empty() && nodes.back().id == id) nodes.back().name = fill(kb.text("named_action", lang), {label, object});
  return pressed;
}

// The question for a case closed long enough: download it for the personnel file, delete it
// here, or "Senere" (once). True when the case list changed.
bool retention_question(const Theme& t, const KnowledgeBase& kb, AppState& s, const OverviewRow& r) {
  const Case& c = s.cases[r.index];
  std::string n = std::to_string(r.index);
  sem::open(sem::Role::region, "retention_" + n, fill(kb.text("retention_heading", s.lang), {r.nickname}));
  minor_heading(t, fill(kb.text("retention_heading", s.lang), {r.nickname}));
  para(t, kb.text("retention_question", s.lang));
  if (const Threshold* keep = rules_on(kb, s.today).threshold("closed_case_keep_days")) {
    const Source* src = kb.source(keep->cite.source);
    muted(t, keep->text.in(s.lang) + ". " + kb.text("source_label", s.lang) + ": " + (src ? src->title.in(s.lang) : "") + ", " +
                 keep->cite.where);
  }
  bool changed = false;
  std::string download = "retention_download_" + n, del = "retention_delete_" + n, later = "retention_later_" + n;
  if (named_button(t, kb, s.lang, "retention_download", download, r.nickname, true)) retention_download(kb, s, int(r.index));
  same_line_if_fits(t, kb.text("retention_delete", s.lang).c_str(), page_column_right());
  if (named_button(t, kb, s.lang, "retention_delete", del, r.nickname, false)) {
    retention_delete(kb, s, int(r.index));
    changed = true;
  }
  if (!changed && retention_can_put_off(c)) {
    same_line_if_fits(t, kb.text("retention_later", s.lang).c_str(), page_column_right());
    if (named_button(t, kb, s.lang, "retention_later", later, r.nickname, false)) {
      retention_put_off(kb, s, int(r.index));
      changed = true;
    }
  }
  if (!changed) note_at(t, s.forms.note, del);
  sem::close();
  return changed;
}

void case_list(const Theme& t, const KnowledgeBase& kb, AppState& s, const std::vector<const OverviewRow*>& rows,
               const std::string& id, const std::string& name, bool& opened) {
  column_headers(t, kb, s.lang);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, t.px(4)));
  sem::open(sem::Role::list, id, name);
  for (const OverviewRow* r : rows) {
    sem::open(sem::Role::listitem);
    bool go = case_row(t, kb, s.lang, *r, s.today);
    sem::close();
    if (go && !opened) {
      opened = true;
      open_case(kb, s, int(r->index));
    }
  }
  sem::close();
  ImGui::PopStyleVar();
}

}  // namespace

bool cases_overview(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  if (s.cases.empty()) return false;
  std::vector<OverviewRow> rows = overview_rows(kb, s.cases, s.today, s.lang);
  subheading(t, kb.text("your_cases", s.lang));
  std::vector<const OverviewRow*> open, closed;
  for (const auto& r : rows) (r.closed ? closed : open).push_back(&r);
  para(t, kb.text("overview_intro", s.lang));
  bool opened = false;
  std::string open_name = fill(kb.text("overview_open_heading", s.lang), {std::to_string(open.size())});
  minor_heading(t, open_name);
  if (open.empty()) muted(t, kb.text("overview_no_open", s.lang));
  else case_list(t, kb, s, open, "overview_open", open_name, opened);
  if (opened) return true;
  if (!open.empty()) {
    gap(t, 4);
    if (secondary_button(t, kb.text("overview_calendar", s.lang).c_str(), "overview_calendar")) download_overview_calendar(kb, s);
    muted(t, kb.text("overview_calendar_hint", s.lang));
    note_at(t, s.forms.note, "overview_calendar");
  }
  // A case closed long enough asks to be kept in the personnel file and deleted here.
  for (const auto& r : rows)
    if (r.retention_due) {
      gap(t, 8);
      if (retention_question(t, kb, s, r)) return true;
    }
  if (!closed.empty()) {
    gap(t, 8);
    std::string closed_name = fill(kb.text("overview_closed_heading", s.lang), {std::to_string(closed.size())});
    minor_heading(t, closed_name);
    case_list(t, kb, s, closed, "overview_closed", closed_name, opened);
  }
  gap(t, 8);
  return opened;
}

}  // namespace fasthold::ui
