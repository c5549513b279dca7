// The documents Fasthold writes for the manager, rendered from the templates in data/.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/assess.hpp"

namespace fasthold {

struct DocumentOptions {
  Lang lang = Lang::da;
  std::optional<size_t> entry;  // index in Case::log for documents about one entry
  std::optional<JobcenterContact> jobcenter;  // none: the case's own contact, if it has one
};

struct Document {
  std::string kind;
  std::string title;
  std::string filename;  // without extension
  std::string text;      // plain text, as pasted or saved as .txt: no marks, footer included
  std::string marked;    // the same with its structure marked: "# " title, "## " heading, "- " item, "--" footer rule
};

// One line of a marked text: what the template made of it. A line escaped by text_only
// (template.hpp) is text, whatever it starts with.
struct MarkedLine {
  enum class Kind { title, heading, item, rule, blank, text } kind;
  std::string text;  // without its mark
};
MarkedLine marked_line(const std::string& line);

// A text fit for a download's file name: / \ : " * ? < > | and control characters become '-',
// the invisible direction marks (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) that
// could make "gpj.exe" read as "exe.jpg" are removed.
std::string safe_filename(const std::string& name);

// A marked text as plain text: headings without their "#", items as "• ".
std::string plain_text(const std::string& marked);

// The kinds, in order: the seven documents, then "calendar".
// An entry as the manager knows it, by kind and date: "Aftale om tilpasning af 01-12-2026" (never its id).
std::string entry_name(const KnowledgeBase& kb, Lang lang, const LogEntry& e);

std::vector<std::string> document_kinds(const KnowledgeBase& kb);

// Throws InputError for an unknown kind or an --entry that is not of the document's kind.
Document render_document(const KnowledgeBase& kb, const Case& c, const Assessment& a, const std::string& kind,
                         const DocumentOptions& options);

// A printable, self-contained HTML page from the marked text; every text is escaped.
std::string document_html(const Document& doc, Lang lang);
std::string escape_html(const std::string& text);

// One condition of a why tree in plain words, the verdict first and never a double negative:
// "Opfyldt: …", "Ikke opfyldt: …", "Det taler imod: <what is the case>" (a failed condition
// that says "ikke" is told by its text_not), "Ved ikke endnu: …", "Endnu ikke, opfyldt den …: …".
std::string why_words(const KnowledgeBase& kb, Lang lang, const ConditionResult& r);

// How near a deadline is, in words beside its date: "dato passeret", "i dag", "om 3 dage"
// (within 14 days), or "" when it is further off. Never colour alone.
std::string deadline_nearness(const KnowledgeBase& kb, Date date, Date on, Lang lang);

// The results page as a document to print or save as PDF: the next step, what the manager
// can ask for now, every scheme with its status and its why, and the deadlines. Its text
// uses the same marks as the documents ("# ", "## ", "- "), so document_html prints it.
Document results_document(const KnowledgeBase& kb, const Case& c, const Assessment& a, Lang lang);

// The deadlines and follow-up dates as an iCalendar file (RFC 5545). Events name the case's
// nickname and the kind of date, nothing about health.
std::string calendar_ics(const KnowledgeBase& kb, const Case& c, const Assessment& a, Lang lang);
// Several cases in one calendar (the overview's), each assessed on `on`; a closed case adds nothing.
struct CaseOnCalendar {
  const Case* c;
  const Assessment* a;
};
std::string calendar_ics(const KnowledgeBase& kb, const std::vector<CaseOnCalendar>& cases, Date on, Lang lang);

}  // namespace fasthold
