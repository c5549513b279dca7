// fasthold: the command-line face of the engine.
//   fasthold assess CASE.json [--on YYYY-MM-DD] [--lang da|en] [--format json|text]
//   fasthold overview CASE.json... [--on YYYY-MM-DD] [--lang da|en] [--format text|json|ics]
//   fasthold flowchart [--lang da|en]
//   fasthold check-data DATA_DIR
// Exit 0 on success, 2 on bad input (one message on stderr naming the field and the value).
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "engine/assess.hpp"
#include "engine/documents.hpp"
#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "engine/knowledge.hpp"
#include "engine/overview.hpp"
#include "engine/report.hpp"
#include "engine/rules_list.hpp"

using namespace fasthold;

namespace {

constexpr const char* kUsage =
    "usage: fasthold assess CASE.json [--on YYYY-MM-DD] [--lang da|en] [--format json|text]\n"
    "       fasthold document KIND CASE.json [--entry N] [--on YYYY-MM-DD] [--lang da|en] [--format txt|html|ics]\n"
    "       fasthold document --list\n"
    "       fasthold overview CASE.json... [--on YYYY-MM-DD] [--lang da|en] [--format text|json|ics]\n"
    "       fasthold flowchart [--on YYYY-MM-DD] [--lang da|en]\n"
    "       fasthold rules [--on YYYY-MM-DD | --changes] [--lang da|en]\n"
    "       fasthold check-data DATA_DIR\n";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;
};

Args parse_args(int argc, char** argv, std::initializer_list<const char*> allowed) {
  Args a;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--", 0) == 0) {
      bool known = false;
      for (const char* k : allowed) known = known || arg == k;
      if (!known) throw UsageError("unknown option " + arg);
      if (i + 1 >= argc) throw UsageError(arg + " needs a value");
      a.options[arg] = argv[++i];
    } else {
      a.positional.push_back(arg);
    }
  }
  return a;
}

Lang parse_lang(const Args& a) {
  auto it = a.options.find("--lang");
  if (it == a.options.end() || it->second == "da") return Lang::da;
  if (it->second == "en") return Lang::en;
  throw InputError("--lang", "\"" + it->second + "\"", "must be da or en");
}

Date today() {
  std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  using namespace std::chrono;
  return Date{year{local.tm_year + 1900}, month{unsigned(local.tm_mon + 1)}, day{unsigned(local.tm_mday)}};
}

// Control characters in what the CLI echoes (its own arguments: a file name, --on, the kind)
// shown as \u001b and so on, never sent to the terminal.
std::string terminal_safe(const std::string& s) { return short_text(s, s.size()); }

// At most kMaxCaseFileBytes, as the page: /dev/zero or a 20 MB file is refused, not read whole.
std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "", "cannot be read (no such file, or no permission)");
  std::string limit = std::to_string(kMaxCaseFileBytes >> 20);
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec)) {
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxCaseFileBytes) {
      char mb[32];
      std::snprintf(mb, sizeof mb, "%.1f", double(size) / double(1 << 20));
      throw InputError(path, "", "file_too_large", {mb, limit});
    }
  }
  std::string out;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {  // a pipe or a device: read up to the limit only
    out.append(buf, size_t(in.gcount()));
    if (out.size() > kMaxCaseFileBytes) throw InputError(path, "", "is larger than the " + limit + " MB Fasthold reads");
  }
  return out;
}

Date parse_on(const Args& a) {
  auto it = a.options.find("--on");
  if (it == a.options.end()) return today();
  auto d = parse_iso_date(it->second);
  if (!d) throw InputError("--on", "\"" + it->second + "\"", "is not a real date (YYYY-MM-DD)");
  return *d;
}

std::string parse_format(const Args& a, const char* fallback, std::initializer_list<const char*> allowed) {
  std::string format = a.options.count("--format") ? a.options.at("--format") : fallback;
  std::string list;
  for (const char* f : allowed) {
    if (format == f) return format;
    list += (list.empty() ? "" : ", ") + std::string(f);
  }
  throw InputError("--format", "\"" + format + "\"", "must be one of " + list);
}

Case read_case(const std::string& path, Date on) {
  std::string text = read_file(path);
  try {
    Case c = parse_case(text, embedded_knowledge_base());
    validate_case_on(c, on);
    return c;
  } catch (const InputError& e) {
    throw InputError(path + "#" + e.pointer, e.value, e.what());
  }
}

int cmd_assess(int argc, char** argv) {
  Args a = parse_args(argc, argv, {"--on", "--lang", "--format"});
  if (a.positional.size() != 1) throw UsageError("assess needs exactly one case file");
  Lang lang = parse_lang(a);
  Date on = parse_on(a);
  std::string format = parse_format(a, "text", {"json", "text"});
  const KnowledgeBase& kb = embedded_knowledge_base();
  Case c = read_case(a.positional[0], on);
  Assessment result = assess(kb, c, on);
  // Everything is computed before anything is printed: no partial result on bad input.
  if (format == "json") std::cout << assessment_to_json(kb, c, result, lang).dump(2) << "\n";
  else std::cout << clean_lines(assessment_to_text(kb, c, result, lang));  // a lone CR would hide words
  return 0;
}

int cmd_document(int argc, char** argv) {
  const KnowledgeBase& kb = embedded_knowledge_base();
  if (argc == 3 && std::string(argv[2]) == "--list") {
    const KnowledgeBase& today_kb = rules_on(kb, today());
    for (const auto& kind : document_kinds(kb)) {
      const DocumentTemplate* t = today_kb.document(kind);
      std::cout << kind << "\t" << (t ? t->title.da : today_kb.text("calendar_title", Lang::da)) << "\n";
    }
    return 0;
  }
  Args a = parse_args(argc, argv, {"--entry", "--on", "--lang", "--format"});
  if (a.positional.size() != 2) throw UsageError("document needs a KIND and a case file");
  const std::string& kind = a.positional[0];
  DocumentOptions options;
  options.lang = parse_lang(a);
  Date on = parse_on(a);
  if (auto it = a.options.find("--entry"); it != a.options.end()) {
    const std::string& v = it->second;
    if (v.empty() || v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos)
      throw InputError("--entry", "\"" + v + "\"", "must be an entry's number in the log, counting from 0");
    options.entry = std::stoul(v);
  }
  std::string format = parse_format(a, kind == "calendar" ? "ics" : "txt", {"txt", "html", "ics"});
  if ((kind == "calendar") != (format == "ics"))
    throw InputError("--format", "\"" + format + "\"", kind == "calendar" ? "must be ics for the calendar" : "ics is only for the calendar");
  Case c = read_case(a.positional[1], on);
  Assessment result = assess(kb, c, on);
  if (kind == "calendar") {
    std::cout << calendar_ics(kb, c, result, options.lang);
    return 0;
  }
  Document doc = render_document(kb, c, result, kind, options);
  std::cout << (format == "html" ? document_html(doc, options.lang) : clean_lines(doc.text));
  return 0;
}

int cmd_flowchart(int argc, char** argv) {
  Args a = parse_args(argc, argv, {"--lang", "--on"});
  Lang lang = parse_lang(a);
  const KnowledgeBase& kb = rules_on(embedded_knowledge_base(), parse_on(a));
  for (const auto& n : kb.flow_nodes) {
    std::cout << n.step << "  " << n.id << " (" << n.kind << "): " << n.text.in(lang) << "\n";
    std::cout << "   " << kb.text("source_label", lang) << ": " << kb.source(n.cite.source)->title.in(lang);
    if (!n.cite.where.empty()) std::cout << ", " << n.cite.where;
    std::cout << "\n";
    if (n.kind == "decision" || n.kind == "check") {
      std::cout << "   " << kb.text("answer_yes", lang) << " -> " << n.yes << ", " << kb.text("answer_no", lang) << " -> " << n.no;
      if (n.kind == "check") std::cout << ", " << kb.text("unknown", lang) << " -> " << n.unknown;
      std::cout << "\n";
    }
    if (!n.answered_by.empty()) std::cout << "   " << kb.fact(n.answered_by)->question.in(lang) << "\n";
    if (!n.recommends.empty())
      std::cout << "   " << kb.scheme(n.recommends)->name.in(lang) << " -> " << (n.if_not_applicable.empty() ? "" : n.if_not_applicable) << "\n";
  }
  return 0;
}

std::string validity_text(const Validity& v) {
  std::string out = v.from ? "fra " + format_danish(*v.from) : "altid";
  if (v.until) out += " til og med " + format_danish(*v.until);
  if (v.last_checked) out += " · senest gennemgået " + format_danish(*v.last_checked);
  return out;
}

void print_source(const KnowledgeBase& kb, const Citation& c, Lang lang) {
  const Source* s = kb.source(c.source);
  std::cout << "   " << kb.text("source_label", lang) << ": " << (s ? s->title.in(lang) : c.source);
  if (!c.where.empty()) std::cout << ", " << c.where;
  std::cout << "\n";
}

// fasthold rules --on DATE: every dated rule in force that day with its source;
// fasthold rules --changes: every dated change in the knowledge base, in date order.
int cmd_rules(int argc, char** argv) {
  bool changes = false;
  std::vector<char*> rest(argv, argv + argc);
  for (auto it = rest.begin() + 2; it != rest.end(); ++it)
    if (std::string(*it) == "--changes") {
      changes = true;
      rest.erase(it);
      break;
    }
  Args a = parse_args(int(rest.size()), rest.data(), {"--on", "--lang"});
  if (!a.positional.empty()) throw UsageError("rules takes no file");
  if (changes && a.options.count("--on")) throw UsageError("rules takes --on or --changes, not both");
  Lang lang = parse_lang(a);
  const KnowledgeBase& full = embedded_knowledge_base();
  std::optional<Date> on;
  if (!changes) on = parse_on(a);
  auto rows = rule_rows(full, lang, on);
  if (changes) {
    std::erase_if(rows, [](const RuleRow& r) { return !r.valid.from; });
    std::stable_sort(rows.begin(), rows.end(),
                     [](const RuleRow& x, const RuleRow& y) { return days_between(*x.valid.from, *y.valid.from) > 0; });
    std::cout << "Reglerne er senest gennemgået " << format_danish(*parse_iso_date(full.last_checked)) << "\n";
    for (const auto& r : rows) {
      std::cout << "\n" << format_danish(*r.valid.from) << "  " << r.kind << " " << r.rule << ": " << r.what << "\n";
      if (!r.replaces.empty()) std::cout << "   før: " << r.replaces << "\n";
      std::cout << "   " << validity_text(r.valid) << "\n";
      print_source(full, r.cite, lang);
    }
    return 0;
  }
  std::cout << "Regler i kraft " << format_danish(*on) << " (senest gennemgået " << format_danish(*parse_iso_date(full.last_checked)) << ")\n";
  for (const auto& r : rows) {
    if (!r.valid.holds_on(*on)) continue;
    std::cout << "\n" << r.kind << " " << r.rule << ": " << r.what << "\n   " << validity_text(r.valid) << "\n";
    print_source(full, r.cite, lang);
  }
  return 0;
}

int cmd_check_data(int argc, char** argv) {
  Args a = parse_args(argc, argv, {});
  if (a.positional.size() != 1) throw UsageError("check-data needs the data folder");
  KnowledgeBase kb = load_knowledge_base(read_data_dir(a.positional[0]));
  std::cout << "data ok: " << kb.sources.size() << " sources, " << kb.facts.size() << " facts, " << kb.schemes.size()
            << " schemes, " << kb.flow_nodes.size() << " flowchart nodes, " << kb.thresholds.size() << " thresholds\n";
  return 0;
}

}  // namespace

// Every case at a glance (engine/overview.hpp): the rows, or one calendar for the open cases.
int cmd_overview(int argc, char** argv) {
  Args a = parse_args(argc, argv, {"--on", "--lang", "--format"});
  if (a.positional.empty()) throw UsageError("overview needs at least one case file");
  Lang lang = parse_lang(a);
  Date on = parse_on(a);
  std::string format = parse_format(a, "text", {"text", "json", "ics"});
  const KnowledgeBase& kb = embedded_knowledge_base();
  std::vector<Case> cases;
  for (const auto& path : a.positional) cases.push_back(read_case(path, on));
  if (format == "ics") {
    std::cout << overview_calendar_ics(kb, cases, on, lang);
    return 0;
  }
  auto rows = overview_rows(kb, cases, on, lang);
  if (format == "json") {
    nlohmann::json j = overview_to_json(kb, cases, rows, on, lang);
    for (auto& row : j["rows"]) row["file"] = a.positional[row["case"].get<size_t>()];
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout << overview_to_text(kb, rows, lang);
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  std::string cmd = argv[1];
  try {
    if (cmd == "assess") return cmd_assess(argc, argv);
    if (cmd == "flowchart") return cmd_flowchart(argc, argv);
    if (cmd == "document") return cmd_document(argc, argv);
    if (cmd == "check-data") return cmd_check_data(argc, argv);
    if (cmd == "rules") return cmd_rules(argc, argv);
    if (cmd == "overview") return cmd_overview(argc, argv);
    if (cmd == "--help" || cmd == "-h") {
      std::cout << kUsage;
      return 0;
    }
    throw UsageError("unknown command " + cmd);
  } catch (const UsageError& e) {
    std::cerr << "fasthold: " << terminal_safe(e.what()) << "\n" << kUsage;
    return 2;
  } catch (const InputError& e) {
    std::cerr << "fasthold: " << terminal_safe(e.describe()) << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "fasthold: internal error: " << terminal_safe(e.what()) << "\n";
    return 1;
  }
}
