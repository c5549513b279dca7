#include "engine/rules_list.hpp"

#include "engine/text_out.hpp"

namespace fasthold {

std::vector<RuleRow> rule_rows(const KnowledgeBase& full, Lang lang, std::optional<Date> fill_on) {
  std::vector<RuleRow> out;
  // A row's words are filled by the rules in force on its first day (or its last, if it has no first).
  auto words = [&](const Text& t, const Validity& v) {
    Date on = fill_on && v.holds_on(*fill_on) ? *fill_on
              : v.from                         ? *v.from
              : v.until                        ? *v.until
                                               : Date{std::chrono::year{2000}, std::chrono::month{1}, std::chrono::day{1}};
    return fill_placeholders(t.in(lang), lang, rules_on(full, on));
  };
  auto add = [&](std::string kind, std::string rule, std::string what, const Validity& v, const Citation& c) {
    RuleRow row{std::move(kind), std::move(rule), std::move(what), v, c, {}};
    for (auto it = out.rbegin(); it != out.rend(); ++it)
      if (it->kind == row.kind && it->rule == row.rule) {
        if (row.valid.from) row.replaces = it->what;
        break;
      }
    out.push_back(std::move(row));
  };
  for (const auto& t : full.thresholds) add("threshold", t.id, format_number(t.value) + " " + t.unit + ": " + words(t.text, t.valid), t.valid, t.cite);
  for (const auto& p : full.pension_ages) {
    std::string cohort = (p.born_from ? format_danish(*p.born_from) : std::string("…")) + " – " + (p.born_to ? format_danish(*p.born_to) : std::string("…"));
    add("pension", cohort, std::to_string(p.years) + (p.months ? " år og " + std::to_string(p.months) + " måneder" : " år"), p.valid, p.cite);
  }
  for (const auto& s : full.schemes) {
    add("scheme", s.id, words(s.name, s.valid) + ": " + words(s.condition.text, s.valid), s.valid, s.cite);
    for (size_t i = 0; i < s.notes.size(); ++i)
      if (s.notes[i].valid.from || s.notes[i].valid.until)
        add("note", s.id + "/" + std::to_string(i), words(s.notes[i].text, s.notes[i].valid), s.notes[i].valid, s.notes[i].cite);
  }
  for (const auto& r : full.roles) add("role", r.id, words(r.name, r.valid), r.valid, r.cite);
  for (const auto& c : full.contacts) add("contact", c.id, c.name + ": " + c.phone + ", " + c.email + ", " + c.web, c.valid, c.cite);
  for (const auto& d : full.deadlines) add("deadline", d.id, words(d.label, d.valid) + ": " + words(d.why, d.valid), d.valid, d.cite);
  for (const auto& t : full.terms) add("term", t.id, words(t.text, t.valid), t.valid, t.cite);
  for (const auto& n : full.notices) add("notice", n.id, words(n.text, n.valid), n.valid, n.cite);
  return out;
}

}  // namespace fasthold
