// fasthold: the command-line face of the engine.
//   fasthold assess CASE.json [--on YYYY-MM-DD] [--lang da|en] [--format json|text]
//   fasthold flowchart [--lang da|en]
//   fasthold check-data DATA_DIR
// Exit 0 on success, 2 on bad input (one message on stderr naming the field and the value).
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "engine/assess.hpp"
#include "engine/input_error.hpp"
#include "engine/knowledge.hpp"
#include "engine/report.hpp"

using namespace fasthold;

namespace {

constexpr const char* kUsage =
    "usage: fasthold assess CASE.json [--on YYYY-MM-DD] [--lang da|en] [--format json|text]\n"
    "       fasthold flowchart [--lang da|en]\n"
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

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "", "cannot be read (no such file, or no permission)");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int cmd_assess(int argc, char** argv) {
  Args a = parse_args(argc, argv, {"--on", "--lang", "--format"});
  if (a.positional.size() != 1) throw UsageError("assess needs exactly one case file");
  Lang lang = parse_lang(a);
  Date on = today();
  if (auto it = a.options.find("--on"); it != a.options.end()) {
    auto d = parse_iso_date(it->second);
    if (!d) throw InputError("--on", "\"" + it->second + "\"", "is not a real date (YYYY-MM-DD)");
    on = *d;
  }
  std::string format = a.options.count("--format") ? a.options["--format"] : "text";
  if (format != "json" && format != "text") throw InputError("--format", "\"" + format + "\"", "must be json or text");
  const KnowledgeBase& kb = embedded_knowledge_base();
  std::string text = read_file(a.positional[0]);
  Case c;
  try {
    c = parse_case(text, kb);
    validate_case_on(c, on);
  } catch (const InputError& e) {
    throw InputError(a.positional[0] + "#" + e.pointer, e.value, e.what());
  }
  Assessment result = assess(kb, c, on);
  // Everything is computed before anything is printed: no partial result on bad input.
  if (format == "json") std::cout << assessment_to_json(kb, c, result, lang).dump(2) << "\n";
  else std::cout << assessment_to_text(kb, c, result, lang);
  return 0;
}

int cmd_flowchart(int argc, char** argv) {
  Args a = parse_args(argc, argv, {"--lang"});
  Lang lang = parse_lang(a);
  const KnowledgeBase& kb = embedded_knowledge_base();
  for (const auto& n : kb.flow_nodes) {
    std::cout << n.step << "  " << n.id << " (" << n.kind << "): " << n.text.in(lang) << "\n";
    std::cout << "   " << kb.text("source_label", lang) << ": " << kb.source(n.cite.source)->title.in(lang);
    if (!n.cite.where.empty()) std::cout << ", " << n.cite.where;
    std::cout << "\n";
    if (n.kind == "decision")
      std::cout << "   " << kb.text("answer_yes", lang) << " -> " << n.yes << ", " << kb.text("answer_no", lang) << " -> " << n.no << "\n";
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

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  std::string cmd = argv[1];
  try {
    if (cmd == "assess") return cmd_assess(argc, argv);
    if (cmd == "flowchart") return cmd_flowchart(argc, argv);
    if (cmd == "check-data") return cmd_check_data(argc, argv);
    if (cmd == "--help" || cmd == "-h") {
      std::cout << kUsage;
      return 0;
    }
    throw UsageError("unknown command " + cmd);
  } catch (const UsageError& e) {
    std::cerr << "fasthold: " << e.what() << "\n" << kUsage;
    return 2;
  } catch (const InputError& e) {
    std::cerr << "fasthold: " << e.describe() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "fasthold: internal error: " << e.what() << "\n";
    return 1;
  }
}
