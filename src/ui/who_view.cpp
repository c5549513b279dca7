// "Who can help": the municipality to call and the others a manager can ask. The municipality's
// contact comes from the case (kept from a consultant's link, or typed here once), else from
// the link the page was opened from; without either, the manager types it, stored with the case.
// Jobcenter Hedensted's details (the source's leaflet) are shown only as Hedensted's: when the
// municipality named is Hedensted, never as an example to call.
#include <algorithm>

#include "ui/app_views.hpp"
#include "ui/parts.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

namespace {

// A municipality's details from a source (data/contacts.json, e.g. Jobcenter Hedensted's leaflet).
JobcenterContact as_contact(const Contact& c) { return {c.name, c.phone, c.email, c.web, ""}; }


void contact_form(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  JobcenterContact& c = s.forms.contact;
  para(t, kb.text("who_contact_intro", s.lang));
  Field name{kb.text("who_ask_municipality", s.lang)};
  name.privacy_guard = false;
  text_field(t, kb, s.lang, "contact_municipality", name, c.name);
  if (const Contact* known = rules_on(kb, s.today).contact_for(c.name)) {
    JobcenterContact from_source = as_contact(*known);
    muted(t, kb.text("who_hedensted", s.lang));
    contact_lines(t, kb, s.lang, from_source);
    if (secondary_button(t, kb.text("who_use_hedensted", s.lang).c_str(), ("use_" + known->id).c_str())) {
      from_source.consultant = c.consultant;
      c = from_source;
    }
    gap(t, 4);
  }
  Field person{kb.text("who_contact_person", s.lang)};
  person.privacy_guard = false;
  text_field(t, kb, s.lang, "contact_person", person, c.consultant);
  Field phone{kb.text("link_phone", s.lang)};
  phone.input_mode = "tel";
  phone.width = 260;
  phone.privacy_guard = false;
  text_field(t, kb, s.lang, "contact_phone", phone, c.phone);
  Field email{kb.text("link_email", s.lang)};
  email.input_mode = "email";
  email.privacy_guard = false;
  text_field(t, kb, s.lang, "contact_email", email, c.email);
  if (!s.forms.contact_error.empty()) text(t, t.small, s.forms.contact_error, colors::error);
  if (primary_button(t, kb.text("who_contact_save", s.lang).c_str(), "contact_save")) return submit_contact(kb, s);
  if (s.forms.contact_editing) {
    same_line_if_fits(t, kb.text("cancel", s.lang).c_str(), page_column_right());
    if (secondary_button(t, kb.text("cancel", s.lang).c_str(), "contact_cancel")) {
      s.forms.contact_editing = false;
      s.forms.contact = JobcenterContact{};
      s.forms.contact_error.clear();
    }
  }
}

}  // namespace

void who_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  heading(t, kb.text("who_title", s.lang));
  subheading(t, kb.role("jobcenter")->name.in(s.lang));
  Case* c = current_case(s);
  auto jc = jobcenter(s);
  if (jc && !s.forms.contact_editing) {
    contact_lines(t, kb, s.lang, *jc);
    contact_warning(t, kb, s.lang, s.today, *jc);
    if (c && c->contact)
      muted(t, c->contact->from == "link" ? kb.text("from_consultant_link", s.lang) + " " + kb.text("who_kept", s.lang)
                                          : kb.text("who_from_manager", s.lang));
    else
      muted(t, kb.text("from_consultant_link", s.lang));
    if (c && c->contact && s.link.present() && !(c->contact->who == s.link.contact)) {
      std::string use = fill(kb.text("who_use_link", s.lang), {s.link.contact.name});
      if (secondary_button(t, use.c_str(), "use_link_contact")) use_link_contact(kb, s);
    }
    if (c && link_button(t, kb.text("who_edit_contact", s.lang).c_str(), "edit_contact", colors::action, {.button = true})) {
      s.forms.contact = *jc;
      s.forms.contact_editing = true;
      s.forms.contact_error.clear();
    }
  } else {
    // A link offers its contact; only the manager keeps it with the case.
    if (c && s.link.present() && !s.forms.contact_editing) {
      text(t, t.bold, fill(kb.text("start_link_from", s.lang), {s.link.contact.name}), colors::ink);
      contact_lines(t, kb, s.lang, s.link.contact, false);
      contact_warning(t, kb, s.lang, s.today, s.link.contact);
      muted(t, kb.text("who_link_not_kept", s.lang));
      if (secondary_button(t, kb.text("who_keep_link", s.lang).c_str(), "use_link_contact")) return use_link_contact(kb, s);
      gap(t, 6);
    }
    para(t, kb.text("who_home_jobcenter", s.lang));
    if (c) contact_form(t, kb, s);
    else muted(t, kb.text("who_no_case", s.lang));
  }
  muted(t, kb.role("jobcenter")->ask.in(s.lang));
  for (const char* id : {"tr", "amir", "hr", "employer_org", "doctor"}) {
    const Role* r = kb.role(id);
    gap(t, 4);
    subheading(t, r->name.in(s.lang));
    para(t, r->ask.in(s.lang));
  }
}

}  // namespace fasthold::ui
