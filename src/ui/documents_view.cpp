// The documents: choose one, preview it, then copy, download (.txt, printable .html),
// print, or save the calendar (.ics).
#include "engine/documents.hpp"
#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/parts.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"
#include "platform/platform.hpp"

namespace fasthold::ui {

void documents_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  const Case* c = current_case(s);
  if (!c || !s.assessment) return go_to(kb, s, Screen::start);
  heading(t, kb.text("documents_title", s.lang));
  para(t, kb.text("documents_intro", s.lang));
  bool first = true;
  for (const auto& k : document_kinds(kb)) {
    const DocumentTemplate* tpl = kb.document(k);
    std::string label = tpl ? tpl->title.in(s.lang) : kb.text("calendar_title", s.lang);
    if (!first) same_line_if_fits(t, label.c_str(), page_column_right());
    first = false;
    bool here = k == s.forms.document;
    std::string id = "doc_" + k;
    if (here ? primary_button(t, label.c_str(), id.c_str()) : secondary_button(t, label.c_str(), id.c_str()))
      choose_document(kb, s, k);
  }
  const std::string& kind = s.forms.document;
  if (kind.empty()) return;
  gap(t, 8);
  const DocumentTemplate* tpl = kb.document(kind);
  if (tpl && !tpl->entry_kind.empty()) {
    radio_group(t, "document_entry", kb.text("document_entry", s.lang), [&] {
      bool any = false;
      for (const auto& e : c->log) any = any || e.kind == tpl->entry_kind;
      if (!any) muted(t, kb.text("document_no_entry", s.lang));
      for (const auto& e : c->log)
        if (e.kind == tpl->entry_kind &&
            radio_item(t, entry_name(kb, s.lang, e), ("de_" + e.id).c_str(), s.forms.document_entry == e.id))
          s.forms.document_entry = e.id;
    });
  }
  std::optional<size_t> entry = document_entry(s);
  DocumentOptions o;
  o.lang = s.lang;
  o.entry = entry;
  o.jobcenter = jobcenter(s);
  std::string safe_name = safe_filename(c->nickname);
  if (kind == "calendar") {
    std::string ics = calendar_ics(kb, *c, *s.assessment, s.lang);
    muted(t, kb.text("calendar_hint", s.lang));
    if (primary_button(t, kb.text("download_ics", s.lang).c_str(), "download_ics")) {
      std::string name = "fasthold-" + safe_name + ".ics";
      platform::download(name, "text/calendar", ics);
      say_beside(s, "download_ics", fill(kb.text("downloaded", s.lang), {name}));
    }
    note_at(t, s.forms.note, "download_ics");
    return;
  }
  Document doc = render_document(kb, *c, *s.assessment, kind, o);
  // Each message right under the line of buttons that holds the one that caused it (on a
  // phone the buttons stack: under that button), as its status, or an alert for an error.
  std::vector<std::string> line;
  auto then = [&](const char* id, const char* next_key) {
    line.push_back(id);
    if (next_key && same_line_if_fits(t, kb.text(next_key, s.lang).c_str(), page_column_right())) return;
    for (const auto& x : line) note_at(t, s.forms.note, x);
    line.clear();
  };
  if (primary_button(t, kb.text("copy_text", s.lang).c_str(), "copy_text")) {
    platform::copy_text(doc.text);
    say_beside(s, "copy_text", kb.text("copied", s.lang));
  }
  then("copy_text", "download_txt");
  if (secondary_button(t, kb.text("download_txt", s.lang).c_str(), "download_txt")) {
    platform::download(doc.filename + ".txt", "text/plain;charset=utf-8", doc.text);
    say_beside(s, "download_txt", fill(kb.text("downloaded", s.lang), {doc.filename + ".txt"}));
  }
  then("download_txt", "download_html");
  if (secondary_button(t, kb.text("download_html", s.lang).c_str(), "download_html")) {
    platform::download(doc.filename + ".html", "text/html;charset=utf-8", document_html(doc, s.lang));
    say_beside(s, "download_html", fill(kb.text("downloaded", s.lang), {doc.filename + ".html"}));
  }
  then("download_html", "print");
  if (secondary_button(t, kb.text("print", s.lang).c_str(), "print")) {
    s.forms.note = {};
    if (!platform::open_printable_html(document_html(doc, s.lang))) say_beside(s, "print", kb.text("popup_blocked", s.lang), true);
  }
  then("print", nullptr);
  gap(t, 4);
  // The preview, as the manager will paste it.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImDrawListSplitter split;
  split.Split(dl, 2);
  split.SetCurrentChannel(dl, 1);
  ImVec2 top = ImGui::GetCursorScreenPos();
  float pad = t.px(16);
  ImGui::Indent(pad);
  ImGui::Dummy(ImVec2(0, t.px(4)));
  ImGui::PushTextWrapPos(page_column_right() - ImGui::GetWindowPos().x - pad);
  // Rendered as it will print: the title and headings as headings (h2, h3 under the screen's
  // h1), items with a bullet, the footer small; never the marks themselves.
  bool in_footer = false;
  std::string para_lines;
  auto flush = [&] {
    if (!para_lines.empty()) text(t, in_footer ? t.small : t.body, para_lines, in_footer ? colors::ink_muted : colors::ink);
    para_lines.clear();
  };
  size_t pos = 0;
  const std::string& m = doc.marked;
  while (pos < m.size()) {
    size_t nl = m.find('\n', pos);
    MarkedLine line = marked_line(m.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    pos = nl == std::string::npos ? m.size() : nl + 1;
    using K = MarkedLine::Kind;
    if (line.kind == K::title) {
      flush();
      text(t, t.bold, line.text, colors::ink, 2);
    } else if (line.kind == K::heading) {
      flush();
      gap(t, 4);
      text(t, t.bold, line.text, colors::ink, 3);
    } else if (line.kind == K::rule) {
      flush();
      gap(t, 8);
      in_footer = true;
    } else if (line.kind == K::blank) {
      flush();
    } else {
      para_lines += (para_lines.empty() ? "" : "\n") + (line.kind == K::item ? "\u2022 " + line.text : line.text);
    }
  }
  flush();
  ImGui::PopTextWrapPos();
  ImGui::Unindent(pad);
  float bottom = ImGui::GetItemRectMax().y + pad;
  split.SetCurrentChannel(dl, 0);
  dl->AddRectFilled(top, ImVec2(page_column_right(), bottom), colors::secondary);
  dl->AddRect(top, ImVec2(page_column_right(), bottom), colors::rule);
  split.Merge(dl);
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace fasthold::ui
