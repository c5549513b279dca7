#include "engine/since_last.hpp"

namespace fasthold {

namespace {

std::optional<Status> parse_status(const std::string& s) {
  if (s == "applies") return Status::applies;
  if (s == "does_not_apply") return Status::does_not_apply;
  if (s == "unknown") return Status::unknown;
  return std::nullopt;
}

std::string source_words(const KnowledgeBase& kb, const Citation& c, Lang lang) {
  const Source* s = kb.source(c.source);
  return (s ? s->title.in(lang) : c.source) + (c.where.empty() ? "" : ", " + c.where);
}

}  // namespace

LastShown shown_now(const KnowledgeBase& any_kb, const Assessment& now) {
  const KnowledgeBase& kb = rules_on(any_kb, now.on);
  LastShown shown{kb.version, now.on, {}};
  for (const auto& r : now.schemes) shown.statuses[r.scheme->id] = status_name(r.status);
  return shown;
}

std::vector<StatusChange> changes_since_last_shown(const KnowledgeBase& any_kb, const Case& c, const Assessment& now, Lang lang) {
  std::vector<StatusChange> out;
  if (!c.last_shown) return out;
  const KnowledgeBase& kb = rules_on(any_kb, now.on);
  const KnowledgeBase& then = rules_on(any_kb, c.last_shown->on);
  for (const auto& r : now.schemes) {
    auto it = c.last_shown->statuses.find(r.scheme->id);
    if (it == c.last_shown->statuses.end()) continue;
    auto before = parse_status(it->second);
    if (!before || *before == r.status) continue;
    StatusChange ch{r.scheme->id, *before, r.status, {}};
    const Scheme* old_row = then.scheme(r.scheme->id);
    if (old_row && !(old_row->valid == r.scheme->valid) && r.scheme->valid.from) {
      // A dated row of the scheme took over between the two days.
      ch.why = fill(kb.text("since_rule_changed", lang),
                    {format_danish(*r.scheme->valid.from), r.scheme->condition.text.in(lang), source_words(kb, r.scheme->cite, lang)});
    } else if (c.last_shown->kb_version != kb.version) {
      ch.why = fill(kb.text("since_kb_updated", lang), {c.last_shown->kb_version, kb.version});
    } else {
      ch.why = fill(kb.text("since_date_moved", lang), {format_danish(c.last_shown->on), format_danish(now.on)});
    }
    out.push_back(ch);
  }
  return out;
}

}  // namespace fasthold
