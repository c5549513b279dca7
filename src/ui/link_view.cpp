// For a jobcenter consultant: a link that carries the jobcenter's contact in the URL
// fragment only (never sent to a server). A manager opening it sees that jobcenter.
#include "engine/consultant_link.hpp"
#include "imgui.h"
#include "ui/app_views.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"
#include "platform/platform.hpp"

namespace fasthold::ui {

void link_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  JobcenterContact& c = s.forms.link;
  heading(t, kb.text("link_title", s.lang));
  para(t, kb.text("link_intro", s.lang));
  text_field(t, kb, s.lang, "link_name", {kb.text("link_name", s.lang)}, c.name);
  text_field(t, kb, s.lang, "link_phone", {kb.text("link_phone", s.lang)}, c.phone);
  text_field(t, kb, s.lang, "link_email", {kb.text("link_email", s.lang)}, c.email);
  text_field(t, kb, s.lang, "link_web", {kb.text("link_web", s.lang)}, c.web);
  text_field(t, kb, s.lang, "link_consultant", {kb.text("link_consultant", s.lang)}, c.consultant);
  std::string fragment = build_consultant_fragment(c);
  ConsultantLink check = parse_consultant_fragment(fragment);
  gap(t, 4);
  if (c.name.empty()) {
    muted(t, kb.text("link_need_name", s.lang));
    return;
  }
  if (!check.ignored.empty()) {
    std::string keys;
    for (const auto& n : check.ignored) keys += (keys.empty() ? "" : ", ") + kb.text("link_field_" + n.key, s.lang);
    text(t, t.small, fill(kb.text("link_invalid", s.lang), {keys}), colors::error);
    return;
  }
  std::string url = platform::page_address() + "#" + fragment;
  text(t, t.bold, kb.text("link_result", s.lang), colors::ink);
  para(t, url);
  if (primary_button(t, kb.text("copy_link", s.lang).c_str(), "copy_link")) {
    platform::copy_text(url);
    s.message = kb.text("copied", s.lang);
    s.announcements.push_back(s.message);
  }
  muted(t, kb.text("link_privacy", s.lang));
}

}  // namespace fasthold::ui
