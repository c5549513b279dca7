// The knowledge base: everything legal, every text, every threshold, loaded from data/.
// The C++ only evaluates it; a change in the law is an edit of one data row.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/calendar.hpp"
#include "engine/input_error.hpp"
#include "engine/kb_embedded.hpp"
#include "engine/text.hpp"

namespace fasthold {

// Where a rule comes from. `interpretation` is set where the reading is ours, with the reason.
struct Citation {
  std::string source;  // an id in data/sources.json
  std::string where;   // section, page or box
  std::string quote;   // the words the rule rests on (Danish original), may be empty
  std::string interpretation;
  bool operator==(const Citation&) const = default;
};

// When a row of a rule holds (OpenFisca's dated values): from `from` (null: always has) up to
// and including `until` (null: until the next row of the same rule, or still). `last_checked`
// (openfisca-france's last_value_still_valid_on) is the day someone last checked that a row
// still in force holds; the loader requires it on every such row.
struct Validity {
  std::optional<Date> from, until;
  std::optional<Date> last_checked;
  bool holds_on(Date d) const;
  bool operator==(const Validity&) const = default;
};

struct Source {
  std::string id;
  Text title;
  std::string section;
  std::string address;
  bool operator==(const Source&) const = default;
};

struct Threshold {
  std::string id;
  double value = 0;
  std::string unit;
  Text text;
  Citation cite;
  Validity valid;
  bool operator==(const Threshold&) const = default;
};

struct PensionRow {
  std::optional<Date> born_from, born_to;  // open-ended when absent
  int years = 0, months = 0;
  Validity valid;                          // the law in force for this cohort, by date
  Citation cite;
  bool operator==(const PensionRow&) const = default;
};

enum class FactType { boolean, number, date, month, text };

// A fact the engine can use. Answered in the interview, read from the record, or derived.
struct Fact {
  std::string id;
  FactType type = FactType::boolean;
  Text question;
  Text help;                       // why we ask / what it means
  std::vector<std::string> who;    // roles that can answer: employee, doctor, jobcenter, tr, manager
  // Where the manager cannot answer (no "manager" in `who`): the question to bring to them,
  // as the manager would put it ("Har vores overenskomst et socialt kapitel?").
  Text ask;
  bool told_by_employee = false;   // health-related: only what the employee has chosen to tell
  std::string unit;
  std::optional<double> min, max;
  std::vector<std::string> derived_from;  // computed from these facts (never asked directly)
  std::string step_node;           // the flowchart node whose question settles it, if any
  std::vector<std::string> terms;  // the terms of art its question uses (terms.json rows with `explain`)
  Citation cite;
  bool operator==(const Fact&) const = default;
};

// A condition tree node (three-valued: true / false / unknown).
struct Condition {
  enum class Kind { all, any, not_, fact, judgement, always, scheme };
  Kind kind = Kind::fact;
  std::string id;
  Text text;         // the condition as a statement: "At least 4 hours of absence a week"
  // What is the case when it is not met, said without a double negative ("The employee
  // receives a pension" for "The employee receives no pension"); required where `text` says "ikke".
  Text text_not;
  Citation cite;
  // Kind::fact
  std::string fact;
  std::string op = "is";   // is, >=, >, <=, <
  std::optional<bool> expect;        // for op "is"
  // What an unknown fact counts as here. Set for a scheme closed to new cases: only a case that
  // states the employee is already in a course meets it, so nobody is asked (`unknown_is: false`).
  std::optional<bool> unknown_is;
  std::string threshold;             // a threshold id for comparisons
  std::optional<double> number;      // or a literal number
  // Kind::scheme: true / false / unknown as that (earlier) scheme's status
  std::string scheme;
  // Kind::all / any / not_ / judgement: children (not_ and judgement have exactly one)
  std::vector<Condition> children;
  bool operator==(const Condition&) const = default;
};

struct SchemeNote {
  Text text;
  Citation cite;
  Validity valid;
  bool operator==(const SchemeNote&) const = default;
};

// A scheme's track: which way it is used (social chapter or special terms).
struct Track {
  std::optional<Condition> condition;  // true: if_true, false: if_false
  Text if_true, if_false;
  bool operator==(const Track&) const = default;
};

// A condition checked only once a fact is known, e.g. renewing an existing §56 agreement.
struct Renewal {
  std::string when_fact;
  std::optional<Condition> condition;
  bool operator==(const Renewal&) const = default;
};

struct Scheme {
  std::string id;
  Text name;
  Text summary;
  Text decided_by;     // who grants it: "the jobcenter in the employee's home municipality"
  Condition condition;
  Track track;
  Renewal renewal;
  std::vector<SchemeNote> notes;
  // Conditions that do not gate the scheme but bound what can be asked for (hours beyond 20):
  // when one holds, the result names it as the municipality's judgement for that part.
  std::vector<Condition> limits;
  std::vector<std::string> terms;  // the terms of art its result uses, explained beside it
  Citation cite;
  Validity valid;
  bool operator==(const Scheme&) const = default;
};

struct FlowNode {
  std::string id;
  int step = 0;
  std::string kind;    // action, decision, check, outcome
  Text title, text, next;
  Citation cite;
  std::string fact;        // decision, check: the answer that chooses the edge
  std::string yes, no;     // decision, check edges
  std::string unknown;     // check: the edge while the fact is unknown (a check is never asked)
  std::string answered_by; // decision: a computed fact that answers it from the record when known
  std::string done_fact;   // action: the answer older case files stored for it (read as the step done)
  std::string done_record; // action: a record check that marks it done ("has_complete_agreement")
  std::string next_node;   // action: where to go when done
  std::vector<std::string> check_facts;  // outcome: facts to check before concluding
  std::vector<std::string> terms;        // the terms of art its text uses
  std::string recommends;        // outcome: the scheme its next step recommends
  std::string if_not_applicable; // outcome: where to go instead when that scheme does not apply
  bool operator==(const FlowNode&) const = default;
};

struct Role {
  std::string id;
  Text name;
  Text ask;  // what to ask them
  Citation cite;
  Validity valid;
  bool operator==(const Role&) const = default;
};

// A municipality's own contact details where a source gives them (data/contacts.json): shown
// only as that municipality's, when the municipality the manager names contains `match`.
struct Contact {
  std::string id;
  std::string name;   // a proper name, the same in both languages ("Jobcenter Hedensted")
  std::string match;  // lower case: the word in a municipality's name that means this one
  std::string phone, email, web;
  Citation cite;
  Validity valid;
  bool operator==(const Contact&) const = default;
};

struct Adaptation {
  std::string id;
  Text text;
  Citation cite;
  bool operator==(const Adaptation&) const = default;
};

// A date the engine computes, with its one line of why.
struct DeadlineInfo {
  std::string id;
  Text label, why;
  Citation cite;
  Validity valid;
  bool operator==(const DeadlineInfo&) const = default;
};

// A wording that changed with the law (data/terms.json), used in other texts as {w:id}
// ("{W:id}" at the start of a sentence): who decides, whom to call. Or a term of art the
// manager meets ("§56-aftale", "særlige vilkår"): then `text` is the term and `explain` its
// one line for a manager ("Hvad betyder det?"), and `match` the Danish words (lower case) that
// name it: the loader refuses a question that uses one of them without listing the term.
struct Term {
  std::string id;
  Text text;
  Text explain;
  std::vector<std::string> match;
  Citation cite;
  Validity valid;
  bool operator==(const Term&) const = default;
};

// A notice shown only while its row holds (data/notices.json): `where` lists "results" (the
// results screen and every document) and/or "deadlines" (beside the manager's own deadlines);
// with `dates_after` it is also shown beside any date after that day (a planned change of law).
struct Notice {
  std::string id;
  std::vector<std::string> where;
  std::optional<Date> dates_after;
  Text text;
  Citation cite;
  Validity valid;
  bool operator==(const Notice&) const = default;
};

struct KnowledgeBase;
// The notices of a resolved knowledge base to show at `place` ("results", "deadlines"), and,
// where `latest` is the latest date that place shows, those announced beside dates after a day.
std::vector<const Notice*> notices_at(const KnowledgeBase& resolved, const std::string& place, std::optional<Date> latest = {});
// Only the notices shown beside dates after a day (a screen with dates but no results).
std::vector<const Notice*> notices_beside(const KnowledgeBase& resolved, std::optional<Date> latest);

// The knowledge base resolved for each assessment date asked for, kept with the full one.
// Copying a knowledge base starts an empty cache; it never takes part in ==.
struct RulesCache {
  const KnowledgeBase* origin = nullptr;
  // Keyed by the first day of a stretch in which the same rows hold (every day from one
  // valid_from / day after a valid_until to the next): an engine asked about many days keeps
  // one resolution per stretch, not one per day.
  std::map<int, std::shared_ptr<const KnowledgeBase>> by_day;
  std::optional<std::vector<int>> boundaries;  // sorted days on which some row starts or ends
  RulesCache() = default;
  RulesCache(const RulesCache&) {}
  RulesCache& operator=(const RulesCache&) { by_day.clear(); boundaries.reset(); origin = nullptr; return *this; }
  bool operator==(const RulesCache&) const { return true; }
};

// A document the engine writes from a case (data/documents.json).
struct DocumentTemplate {
  std::string id;
  std::string entry_kind;  // the kind of log entry it is about, if any ("agreement")
  Text filename, title, body;
  std::vector<std::string> sources;
  bool footer = true;  // false: a text a person reads (an e-mail), with no product footer
  bool operator==(const DocumentTemplate&) const = default;
};

// A group of interview questions (data/interview.json), asked in this order.
struct InterviewSection {
  std::string id;
  Text title;
  bool always = false;  // asked whatever the schemes need
  std::vector<std::string> facts;
  bool operator==(const InterviewSection&) const = default;
};

struct KnowledgeBase {
  std::string version;   // knowledge-base version and date, printed in every document footer
  std::string date;
  std::vector<Source> sources;
  std::vector<Threshold> thresholds;
  std::vector<PensionRow> pension_ages;
  std::vector<Fact> facts;
  std::vector<Scheme> schemes;
  std::vector<FlowNode> flow_nodes;
  std::string flow_start;
  std::vector<Role> roles;
  std::vector<Contact> contacts;
  std::vector<Adaptation> adaptations;
  std::vector<DeadlineInfo> deadlines;
  std::vector<DocumentTemplate> documents;
  std::vector<InterviewSection> interview;
  std::map<std::string, Text> gap_labels;  // "follow_up_date" -> "opfølgningsdato"
  Text gap_format;                         // "[%s mangler]"
  Text document_footer;
  std::map<std::string, Text> ui;        // interface texts by key
  std::vector<std::string> diagnosis_words;  // privacy guard: words that suggest a diagnosis
  std::vector<Term> terms;
  std::vector<Notice> notices;
  std::string last_checked;  // ISO: the earliest last_checked of the rows still in force
  // Set on a knowledge base resolved by rules_on(): only the rows in force that day remain, and
  // every {t:..}/{w:..} placeholder in its texts is filled.
  std::optional<Date> resolved_on;
  mutable RulesCache cache;

  const Source* source(const std::string& id) const;
  const Threshold* threshold(const std::string& id) const;
  const Fact* fact(const std::string& id) const;
  const Scheme* scheme(const std::string& id) const;
  const FlowNode* flow_node(const std::string& id) const;
  const Role* role(const std::string& id) const;
  // The contact whose `match` the municipality's name contains (any case), if one holds.
  const Contact* contact_for(const std::string& municipality) const;
  const DeadlineInfo* deadline(const std::string& id) const;
  const DocumentTemplate* document(const std::string& id) const;
  const Term* term(const std::string& id) const;
  // An interface text; a missing key is a bug, shown as "[key]" and kept in text_keys_missing()
  // (tests/unit/ui_texts_test.cpp draws every screen in both languages and requires none).
  const std::string& text(const std::string& key, Lang lang) const;
  double threshold_value(const std::string& id) const;  // throws if unknown
  bool operator==(const KnowledgeBase&) const = default;
};

// The rules in force on `on`: a knowledge base holding, of every dated rule, only the row that
// holds that day, its texts filled from those rows ({t:id} a threshold's value, {t:id/7} in
// weeks, {t:id/12} in years, {w:id} / {W:id} a term). Kept with `kb` (resolved once per date);
// `kb` may itself be resolved for another date.
const KnowledgeBase& rules_on(const KnowledgeBase& kb, Date on);
// The days on which the rules a scheme is judged by change (a threshold, pension or scheme row
// starts, or ends the day before), sorted.
std::vector<Date> rule_change_days(const KnowledgeBase& kb);
// Fills the placeholders of one text with the rows of a resolved knowledge base.
std::string fill_placeholders(const std::string& text, Lang lang, const KnowledgeBase& resolved);
// Every text of the knowledge base, for resolving and for the data tests; `visit_danish` gets
// each citation's interpretation (Danish only).
void for_each_text(KnowledgeBase& kb, const std::function<void(Text&)>& visit,
                   const std::function<void(std::string&)>& visit_danish = {});

// Every interface text key asked for since the program started that data/ui.json lacks (shown
// as "[key]"): the test that draws every screen in both languages requires it empty.
std::vector<std::string> text_keys_missing();

// Parses and validates the knowledge base; throws InputError naming the file and field.
KnowledgeBase load_knowledge_base(const std::vector<EmbeddedFile>& files);
// Reads data/*.json from a folder (CLI `check-data`, tests).
std::vector<EmbeddedFile> read_data_dir(const std::string& dir);
// The knowledge base compiled into this binary, loaded once.
const KnowledgeBase& embedded_knowledge_base();

// An input problem in the user's language (data/ui.json "error_<code>"): where it is, the
// value, what is wrong. A problem without a code (the knowledge base's own) stays English.
std::string describe_input_error(const KnowledgeBase& kb, const InputError& e, Lang lang);

}  // namespace fasthold
