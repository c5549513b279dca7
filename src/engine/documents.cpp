#include "engine/documents.hpp"
#include "engine/entry_kinds.hpp"
#include "engine/fact_ids.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

#include "engine/input_error.hpp"
#include "engine/report.hpp"
#include "engine/template.hpp"

namespace fasthold {

using nlohmann::json;

namespace {

struct Ctx {
  const KnowledgeBase& kb;
  const Case& c;
  const Assessment& a;
  Lang lang;
  const std::string& T(const std::string& key) const { return kb.text(key, lang); }
};

std::string d(const std::optional<Date>& date) { return date ? format_danish(*date) : std::string(); }

std::string adapted_text(const Ctx& x, const LogEntry& e) {
  std::string out;
  for (const auto& id : e.adapted)
    for (const auto& ad : x.kb.adaptations)
      if (ad.id == id) out += (out.empty() ? "" : "; ") + ad.text.in(x.lang);
  if (!e.adapted_text.empty()) out += (out.empty() ? "" : "; ") + e.adapted_text;
  return out;
}

std::string entry_summary(const Ctx& x, const LogEntry& e) {
  std::string label = x.T("kind_" + e.kind);
  std::string what;
  if (e.kind == "agreement") what = adapted_text(x, e);
  else if (e.kind == "follow_up") what = e.outcome.empty() ? e.assessed : e.outcome;
  else if (e.kind == "retention_plan" && !e.status.empty()) what = x.T("status_" + e.status);
  else if (e.kind == "partial_sick_leave" && e.hours_per_week) what = fill(x.T("hours_per_week_value"), {json(*e.hours_per_week).dump()});
  if (!e.note.empty()) what += (what.empty() ? "" : " – ") + e.note;
  return what.empty() ? label : label + ": " + what;
}

const LogEntry* pick_entry(const Ctx& x, const DocumentTemplate& t, const DocumentOptions& o) {
  if (t.entry_kind.empty()) return nullptr;
  if (o.entry) {
    if (*o.entry >= x.c.log.size())
      throw InputError("--entry", std::to_string(*o.entry), "is not an entry in the log (it has " + std::to_string(x.c.log.size()) + ")");
    const LogEntry& e = x.c.log[*o.entry];
    if (e.kind != t.entry_kind) throw InputError("--entry", std::to_string(*o.entry), "is a " + e.kind + ", not a " + t.entry_kind);
    return &e;
  }
  const LogEntry* latest = nullptr;  // the newest entry of the kind
  for (const auto& e : x.c.log)
    if (e.kind == t.entry_kind && (!latest || days_between(latest->date, e.date) >= 0)) latest = &e;
  return latest;
}

// The entries of these kinds (none named: every entry), oldest first.
std::vector<const LogEntry*> by_date(const Case& c, std::initializer_list<const char*> kinds) {
  std::vector<const LogEntry*> out;
  for (const auto& e : c.log)
    if (kinds.size() == 0 || std::any_of(kinds.begin(), kinds.end(), [&](const char* k) { return e.kind == k; })) out.push_back(&e);
  std::stable_sort(out.begin(), out.end(), [](auto* p, auto* q) { return days_between(p->date, q->date) > 0; });
  return out;
}

// Every distinct non-empty value of a field across the agreements, oldest first.
std::string all_of(const Case& c, std::string LogEntry::*field) {
  std::string out;
  std::set<std::string> seen;
  for (const auto* e : by_date(c, {"agreement"}))
    if (!(e->*field).empty() && seen.insert(e->*field).second) out += (out.empty() ? "" : "; ") + e->*field;
  return out;
}

void add_entry_fields(const Ctx& x, const LogEntry& e, json& j) {
  j["date"] = format_danish(e.date);
  j["adapted"] = adapted_text(x, e);
  j["expected_effect"] = e.expected_effect;
  j["follow_up_date"] = d(e.follow_up_date);
  j["consequences"] = e.consequences;
  j["difficult_functions"] = e.difficult_functions;
  j["accommodations"] = e.accommodations;
  j["terms_text"] = e.terms.empty() ? "" : x.T("terms_" + e.terms);
  j["unsupported_text"] = e.unsupported_job ? x.T(*e.unsupported_job ? "unsupported_yes" : "unsupported_no") : "";
  j["assessed"] = e.assessed;
  j["outcome"] = e.outcome;
  j["next_step"] = e.next_step;
  j["next_date"] = d(e.next_date);
  for (const auto& other : x.c.log)
    if (other.id == e.agreement_id) j["agreement_date"] = format_danish(other.date);
}

json entries_json(const Ctx& x, std::initializer_list<const char*> kinds) {
  json list = json::array();
  for (const auto* e : by_date(x.c, kinds)) list.push_back({{"date", format_danish(e->date)}, {"summary", entry_summary(x, *e)}});
  return list;
}

std::string status_line(const Ctx& x, const SchemeResult& s) {
  return status_words(x.kb, s.status, s.met_on, s.ask_jobcenter, x.lang);
}

std::string why_line(const Ctx& x, const SchemeResult& s) {
  if (s.status == Status::applies) return s.scheme->summary.in(x.lang);
  std::string qs;
  for (const auto& id : s.missing) qs += (qs.empty() ? "" : " ") + x.kb.fact(id)->question.in(x.lang);
  return qs.empty() ? s.scheme->summary.in(x.lang) : fill(x.T("missing_prefix"), {qs});
}

json flexjob_gaps(const Ctx& x) {
  json gaps = json::array();
  auto gap = [&](const std::string& text) { gaps.push_back({{"text", text}}); };
  const DatesResult& dr = x.a.dates;
  if (!dr.special_terms_since) gap(x.T("gap_no_special_terms"));
  else if (dr.special_terms_12_months_met != Tri::yes) gap(fill(x.T("gap_twelve_months"), {d(dr.special_terms_12_months_on)}));
  if (!x.a.facts.count(fact::functions_and_accommodations_written)) gap(x.T("gap_functions"));
  if (!x.a.facts.count(fact::unsupported_job_attempt_documented)) gap(x.T("gap_unsupported"));
  for (const auto& ag : x.a.agreements) {
    const LogEntry& e = x.c.log[ag.entry];
    if (!ag.missing_parts.empty()) {
      std::string parts;
      for (const auto& p : ag.missing_parts) parts += (parts.empty() ? "" : ", ") + x.T("part_" + p);
      gap(fill(x.T("gap_agreement_parts"), {format_danish(e.date), parts}));
    }
    if (ag.follow_up_overdue) gap(fill(x.T("gap_follow_up_overdue"), {format_danish(e.date), d(ag.follow_up_due)}));
  }
  return gaps;
}

json build_context(const Ctx& x, const DocumentTemplate& t, const DocumentOptions& o) {
  json j;
  j["nickname"] = x.c.nickname;
  j["today"] = format_danish(x.a.on);
  j["kb_version"] = x.kb.version;
  j["kb_date"] = format_danish(*parse_iso_date(x.kb.date));
  j["rules_checked"] = format_danish(*parse_iso_date(x.kb.last_checked));
  std::string notices;
  for (const Notice* n : notices_at(x.kb, "results")) notices += (notices.empty() ? "" : "\n") + n->text.in(x.lang);
  j["rules_notice"] = notices;
  // The contact given for this document, else the one kept with the case.
  std::optional<JobcenterContact> jc = o.jobcenter;
  if (!jc && x.c.contact) jc = x.c.contact->who;
  if (jc && !jc->name.empty()) {
    j["jobcenter_name"] = jc->name;
    std::string contact;
    for (const auto* part : {&jc->phone, &jc->email, &jc->web, &jc->consultant})
      if (!part->empty()) contact += (contact.empty() ? "" : ", ") + *part;
    j["jobcenter_contact"] = contact;
  } else {
    j["jobcenter_name"] = x.T("no_jobcenter_given");
  }
  if (const LogEntry* e = pick_entry(x, t, o)) add_entry_fields(x, *e, j);
  const DatesResult& dr = x.a.dates;
  j[fact::first_absence_day] = d(dr.first_absence_day);
  j["interview_deadline"] = d(dr.absence_interview_deadline);
  j[fact::s56_agreement_date] = d(dr.s56_agreement_date);
  j["s56_renewal_date"] = d(dr.s56_renewal_date);
  j[fact::special_terms_since] = d(dr.special_terms_since);
  j["twelve_months_on"] = d(dr.special_terms_12_months_on);
  j["twelve_months_status"] = dr.special_terms_12_months_met == Tri::yes ? x.T("twelve_reached") : x.T("twelve_not_reached");
  const FlowNode* n = x.a.flow.node;
  j["flow_title"] = fill(x.T("step_of"), {std::to_string(n->step)}) + ": " + n->title.in(x.lang);
  j["flow_next"] = flow_next_text(x.kb, x.c, x.a, x.lang);
  if (t.id == "jobcenter_summary" || t.id == "flexjob_pack") {
    j["difficult_functions"] = all_of(x.c, &LogEntry::difficult_functions);
    j["accommodations"] = all_of(x.c, &LogEntry::accommodations);
  }
  if (t.id == "jobcenter_summary") {
    json tried = json::array();
    for (const auto* e : by_date(x.c, {}))
      if (entry_kind(e->kind)->tried) tried.push_back({{"date", format_danish(e->date)}, {"summary", entry_summary(x, *e)}});
    j["entries"] = tried;
    json ask = json::array();
    for (const auto& s : x.a.schemes)
      if (s.scheme->id != "social_chapter" && s.status != Status::does_not_apply)
        ask.push_back({{"name", s.scheme->name.in(x.lang)}, {"status", status_line(x, s)}, {"why", why_line(x, s)}});
    j["schemes_to_ask"] = ask;
  }
  if (t.id == "flexjob_pack") {
    j["entries"] = entries_json(x, {"agreement", "follow_up"});
    j["gaps"] = flexjob_gaps(x);
    const LogEntry* attempt = nullptr;
    for (const auto* e : by_date(x.c, {"agreement"}))
      if (is_agreement_on_special_terms(*e) && e->unsupported_job.value_or(false) && !attempt) attempt = e;
    j["unsupported_text"] = attempt ? fill(x.T("unsupported_documented"), {format_danish(attempt->date)}) : "";
  }
  if (t.id == "s56_preparation") {
    const SchemeResult* s = x.a.scheme("s56");
    j["s56_status"] = s->scheme->name.in(x.lang) + ": " + status_line(x, *s) + ". " + why_line(x, *s);
  }
  return j;
}

std::string footer(const Ctx& x, const DocumentTemplate& t, const json& context) {
  std::string sources;
  for (const auto& id : t.sources) sources += (sources.empty() ? "" : "; ") + x.kb.source(id)->title.in(x.lang);
  json f = context;
  f["sources"] = sources;
  return render_template(x.kb.document_footer.in(x.lang), f, [](const std::string&) { return std::string(); });
}

}  // namespace

std::string entry_name(const KnowledgeBase& kb, Lang lang, const LogEntry& e) {
  return fill(kb.text("entry_name", lang), {kb.text("kind_" + e.kind, lang), format_danish(e.date)});
}

std::vector<std::string> document_kinds(const KnowledgeBase& kb) {
  std::vector<std::string> out;
  for (const auto& t : kb.documents) out.push_back(t.id);
  out.push_back("calendar");
  return out;
}

Document render_document(const KnowledgeBase& any_kb, const Case& c, const Assessment& a, const std::string& kind,
                         const DocumentOptions& o) {
  const KnowledgeBase& kb = rules_on(any_kb, a.on);
  const DocumentTemplate* t = kb.document(kind);
  if (!t) throw InputError("KIND", "\"" + kind + "\"", "is not a kind of document (see `fasthold document --list`)");
  Ctx x{kb, c, a, o.lang};
  json context = build_context(x, *t, o);
  GapText gap = [&](const std::string& name) {
    auto it = kb.gap_labels.find(name);
    std::string label = it == kb.gap_labels.end() ? name : it->second.in(o.lang);
    return fill(kb.gap_format.in(o.lang), {label});
  };
  Document doc;
  doc.kind = kind;
  doc.title = t->title.in(o.lang);
  doc.filename = safe_filename(t->filename.in(o.lang) + (c.nickname.empty() ? "" : "-" + c.nickname));
  doc.marked = render_template(t->body.in(o.lang), context, gap) + "\n";
  // A document a person reads (the e-mail to the employee) ends where its text ends; one for
  // the personnel file or the municipality keeps the footer with its sources and date.
  if (t->footer) doc.marked += "--\n" + footer(x, *t, context) + "\n";
  doc.text = plain_text(doc.marked);
  return doc;
}

std::string safe_filename(const std::string& name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = name[i];
    auto at = [&](size_t k) { return i + k < name.size() ? (unsigned char)name[i + k] : 0; };
    // E2 80 8E/8F (LRM, RLM), E2 80 AA-AE (embeddings, overrides), E2 81 A6-A9 (isolates), D8 9C (ALM).
    if (c == 0xE2 && at(1) == 0x80 && (at(2) == 0x8E || at(2) == 0x8F || (at(2) >= 0xAA && at(2) <= 0xAE))) { i += 2; continue; }
    if (c == 0xE2 && at(1) == 0x81 && at(2) >= 0xA6 && at(2) <= 0xA9) { i += 2; continue; }
    if (c == 0xD8 && at(1) == 0x9C) { i += 1; continue; }
    if (c == 0xC2 && at(1) >= 0x80 && at(1) <= 0x9F) { out += '-'; i += 1; continue; }  // C1 controls
    bool bad = c < 0x20 || c == 0x7F || std::string_view("/\\:\"*?<>|").find(char(c)) != std::string_view::npos;
    out += bad ? '-' : char(c);
  }
  return out;
}

MarkedLine marked_line(const std::string& line) {
  using K = MarkedLine::Kind;
  if (line.rfind('\\', 0) == 0) return {K::text, line.substr(1)};
  if (line.rfind("# ", 0) == 0) return {K::title, line.substr(2)};
  if (line.rfind("## ", 0) == 0) return {K::heading, line.substr(3)};
  if (line.rfind("- ", 0) == 0) return {K::item, line.substr(2)};
  if (line == "--") return {K::rule, ""};
  if (line.empty()) return {K::blank, ""};
  return {K::text, line};
}

std::string plain_text(const std::string& marked) {
  std::string out;
  size_t pos = 0;
  while (pos < marked.size()) {
    size_t nl = marked.find('\n', pos);
    MarkedLine m = marked_line(marked.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    pos = nl == std::string::npos ? marked.size() : nl + 1;
    std::string line = m.kind == MarkedLine::Kind::item ? "\u2022 " + m.text : m.kind == MarkedLine::Kind::rule ? "--" : m.text;
    out += line;
    if (nl != std::string::npos) out += '\n';
  }
  return out;
}

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string document_html(const Document& doc, Lang lang) {
  // The whole text is escaped first; the only markup is what these lines add.
  std::string body;
  bool in_list = false;
  size_t pos = 0;
  std::string text = doc.marked;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    MarkedLine m = marked_line(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    pos = nl == std::string::npos ? text.size() : nl + 1;
    using K = MarkedLine::Kind;
    bool item = m.kind == K::item;
    if (in_list && !item) {
      body += "</ul>\n";
      in_list = false;
    }
    if (m.kind == K::title) body += "<h1>" + escape_html(m.text) + "</h1>\n";
    else if (m.kind == K::heading) body += "<h2>" + escape_html(m.text) + "</h2>\n";
    else if (item) {
      if (!in_list) body += "<ul>\n";
      in_list = true;
      body += "<li>" + escape_html(m.text) + "</li>\n";
    } else if (m.kind == K::rule) body += "<hr>\n";
    else if (m.kind == K::blank) body += "<br>\n";
    else body += "<p>" + escape_html(m.text) + "</p>\n";
  }
  if (in_list) body += "</ul>\n";
  return "<!doctype html>\n<html lang=\"" + std::string(lang_code(lang)) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'\">\n"
         "<title>" + escape_html(doc.title) + "</title>\n"
         "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:12pt;line-height:1.5;color:#0b0c0c;max-width:42em;margin:2em auto;padding:0 1em}"
         "h1{font-size:20pt;margin:0 0 .5em}h2{font-size:14pt;margin:1.2em 0 .2em}p{margin:0}hr{margin-top:2em;border:0;border-top:1px solid #b1b4b6}"
         "hr+p{font-size:9pt;color:#505a5f}@media print{body{margin:0}}</style>\n</head>\n<body>\n" +
         body + "</body>\n</html>\n";
}

namespace {

std::string ics_escape(const std::string& s) {
  std::string out;
  for (char ch : s) {
    if (ch == '\\' || ch == ';' || ch == ',') out += '\\', out += ch;
    else if (ch == '\n') out += "\\n";
    else if (ch != '\r') out += ch;
  }
  return out;
}

// Lines longer than 75 octets are folded (RFC 5545 3.1), never inside a UTF-8 sequence.
std::string ics_line(const std::string& line) {
  std::string out;
  size_t width = 0;  // octets on the line so far (a folded line's leading space counts)
  for (size_t i = 0; i < line.size();) {
    unsigned char ch = line[i];
    size_t len = ch < 0x80 ? 1 : (ch >> 5) == 6 ? 2 : (ch >> 4) == 14 ? 3 : (ch >> 3) == 30 ? 4 : 1;
    len = std::min(len, line.size() - i);
    if (width + len > 73) {  // at most 73 octets a line (RFC 5545 allows 75), whatever the character's length
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, len);
    width += len;
    i += len;
  }
  return out + "\r\n";
}

std::string compact(Date dt) {
  std::string s = format_iso(dt);
  s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
  return s;
}

std::string uid_for(const std::string& seed) {
  unsigned long long h = 1469598103934665603ull;  // FNV-1a: stable across runs and builds
  for (unsigned char ch : seed) h = (h ^ ch) * 1099511628211ull;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", h);
  return std::string(buf) + "@fasthold.invalid";
}

}  // namespace

std::string calendar_ics(const KnowledgeBase& kb, const Case& c, const Assessment& a, Lang lang) {
  return calendar_ics(kb, {{&c, &a}}, a.on, lang);
}

std::string calendar_ics(const KnowledgeBase& any_kb, const std::vector<CaseOnCalendar>& cases, Date on, Lang lang) {
  const KnowledgeBase& kb = rules_on(any_kb, on);
  std::string out;
  out += ics_line("BEGIN:VCALENDAR");
  out += ics_line("VERSION:2.0");
  out += ics_line("PRODID:-//Fasthold//Fasthold " + kb.version + "//" + std::string(lang == Lang::en ? "EN" : "DA"));
  out += ics_line("CALSCALE:GREGORIAN");
  out += ics_line("METHOD:PUBLISH");
  for (const auto& [c, a] : cases) {
    std::string name = c->nickname.empty() ? "Fasthold" : "Fasthold \u2013 " + c->nickname;
    for (const auto& line : deadline_lines(kb, *c, *a)) {
      if (line.info->id == "pension_date") continue;  // a birth date in disguise: keep it off calendars
      std::string summary = name + ": " + line.info->label.in(lang);
      out += ics_line("BEGIN:VEVENT");
      out += ics_line("UID:" + uid_for(c->nickname + "|" + line.info->id + "|" + line.detail + "|" + format_iso(line.date)));
      out += ics_line("DTSTAMP:" + compact(on) + "T000000Z");
      out += ics_line("DTSTART;VALUE=DATE:" + compact(line.date));
      out += ics_line("DTEND;VALUE=DATE:" + compact(add_days(line.date, 1)));
      out += ics_line("SUMMARY:" + ics_escape(summary));
      std::string description = line.info->why.in(lang);
      // A date after a planned change of law carries its notice.
      for (const Notice* n : notices_beside(kb, line.date)) description += "\n" + n->text.in(lang);
      out += ics_line("DESCRIPTION:" + ics_escape(description));
      out += ics_line("TRANSP:TRANSPARENT");
      out += ics_line("END:VEVENT");
    }
  }
  out += ics_line("END:VCALENDAR");
  return out;
}

std::string deadline_nearness(const KnowledgeBase& kb, Date date, Date on, Lang lang) {
  int days = days_between(on, date);
  if (days < 0) return kb.text("deadline_past", lang);
  if (days == 0) return kb.text("deadline_today", lang);
  if (days == 1) return kb.text("deadline_tomorrow", lang);
  if (days <= 14) return fill(kb.text("deadline_soon", lang), {std::to_string(days)});
  return "";
}

std::string why_words(const KnowledgeBase& kb, Lang lang, const ConditionResult& r) {
  const Condition& c = *r.condition;
  std::string said = c.text.in(lang);
  if (r.met_on) return fill(kb.text("why_not_yet", lang), {format_danish(*r.met_on), said});
  if (r.value == Tri::yes) return fill(kb.text("why_met", lang), {said});
  if (r.value == Tri::no)
    return c.text_not.da.empty() ? fill(kb.text("why_not_met", lang), {said}) : fill(kb.text("why_against", lang), {c.text_not.in(lang)});
  return fill(kb.text("why_unknown", lang), {said});
}

namespace {

// One line of a why tree in words (why_words), indented by its depth.
void why_lines(const KnowledgeBase& kb, Lang lang, const ConditionResult& r, int depth, std::string& out) {
  const Condition& c = *r.condition;
  out += "- " + std::string(size_t(2 * depth), ' ') + why_words(kb, lang, r);
  if (r.ask_jobcenter) out += " \u2013 " + kb.text("ask_jobcenter", lang);
  out += "\n";
  if (c.kind != Condition::Kind::scheme && c.kind != Condition::Kind::judgement)
    for (const auto& child : r.children) why_lines(kb, lang, child, depth + 1, out);
}

}  // namespace

Document results_document(const KnowledgeBase& kb, const Case& c, const Assessment& a, Lang lang) {
  auto T = [&](const char* key) -> const std::string& { return kb.text(key, lang); };
  Document doc;
  doc.kind = "results";
  doc.title = T("results_title") + (c.nickname.empty() ? "" : " \u2013 " + c.nickname);
  doc.filename = safe_filename(T("results_filename") + (c.nickname.empty() ? "" : "-" + c.nickname));
  std::string o = "# " + doc.title + "\n";
  o += fill(T("results_print_on"), {format_danish(a.on)}) + "\n\n";
  o += "## " + T("next_step") + "\n" + flow_next_text(kb, c, a, lang) + "\n\n";
  o += "## " + T("results_can_ask") + "\n";
  bool any = false;
  for (const auto& r : a.schemes)
    if (r.status == Status::applies) {
      any = true;
      o += "- " + r.scheme->name.in(lang) + ": " + r.scheme->summary.in(lang) + " " + T("report_decided_by") + ": " +
           r.scheme->decided_by.in(lang) + "\n";
    }
  if (!any) o += T("results_none_yet_print") + "\n";
  o += "\n";
  for (const auto& r : a.schemes) {
    o += "## " + r.scheme->name.in(lang) + ": " + status_words(kb, r.status, r.met_on, r.ask_jobcenter, lang) + "\n";
    o += r.scheme->summary.in(lang) + "\n";
    o += T("results_print_why") + "\n";
    why_lines(kb, lang, r.why, 0, o);
    if (!r.missing.empty()) {
      o += T("report_missing") + ":\n";
      for (const auto& id : r.missing)
        if (const Fact* f = kb.fact(id)) o += "- " + f->question.in(lang) + "\n";
    }
    o += "\n";
  }
  auto lines = deadline_lines(kb, c, a);
  o += "## " + T("report_dates") + "\n";
  if (lines.empty()) o += T("report_no_dates") + "\n";
  for (const auto& l : lines) {
    std::string near = deadline_nearness(kb, l.date, a.on, lang);
    o += "- " + format_danish(l.date) + " " + l.info->label.in(lang) + (near.empty() ? "" : " (" + near + ")") + ": " +
         l.info->why.in(lang) + "\n";
  }
  doc.marked = o;
  doc.text = plain_text(o);
  return doc;
}

}  // namespace fasthold
