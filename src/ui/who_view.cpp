// "Who can help": the municipality to call (from a consultant's link, when there is one) and
// the others a manager can ask.
#include "ui/app_views.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace fasthold::ui {

void who_view(const Theme& t, const KnowledgeBase& kb, AppState& s) {
  heading(t, kb.text("who_title", s.lang));
  subheading(t, kb.role("jobcenter")->name.in(s.lang));
  if (auto jc = jobcenter(s)) {
    para(t, jc->name);
    for (const auto* v : {&jc->phone, &jc->email, &jc->web, &jc->consultant})
      if (!v->empty()) para(t, *v);
    muted(t, kb.text("from_consultant_link", s.lang));
  } else {
    para(t, kb.text("who_home_jobcenter", s.lang));
    muted(t, kb.text("who_example", s.lang));
    para(t, "Jobcenter Hedensted \u2013 jobcenter@hedensted.dk \u2013 79 75 54 00 \u2013 www.hedensted.dk/jobcenter");
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
