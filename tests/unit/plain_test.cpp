// Plain Danish first (issue 17): every term of art explained where the manager meets it, a
// question only others can answer shown as the question to bring them, the record's form
// explained field by field, each message beside the control that caused it, and the why of a
// scheme without double negatives. Data checked through the loader, screens through the tree.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "engine/documents.hpp"
#include "engine/input_error.hpp"
#include "ui/app_state.hpp"
#include "ui/parts.hpp"
#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;
using R = fasthold::ui::sem::Role;
using nlohmann::json;

namespace {

std::vector<EmbeddedFile> data_files() { return read_data_dir(std::string(FASTHOLD_SOURCE_DIR) + "/data"); }

// The loader's complaint after one edit of one file: its pointer and its words.
std::string load_error(const std::string& file, const std::function<void(json&)>& edit) {
  auto files = data_files();
  for (auto& f : files)
    if (f.name == file) {
      json doc = json::parse(f.json);
      edit(doc);
      f.json = doc.dump();
    }
  try {
    load_knowledge_base(files);
  } catch (const InputError& e) {
    return e.pointer + " " + e.what();
  }
  return "(no error)";
}

json& row(json& list, const std::string& id) {
  for (auto& r : list)
    if (r["id"] == id) return r;
  FAIL("no row " << id);
  return list[0];
}

void new_case(Page& p) {
  p.type("nickname", "AB");
  p.activate("start_new_case");
}

bool has_text(const Page& p, const std::string& part) {
  for (const auto& n : p.tree().nodes)
    if (n.name.find(part) != std::string::npos) return true;
  return false;
}

const sem::Node* child_of(const Page& p, const std::string& id, R role) {
  const auto& nodes = p.tree().nodes;
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].id == id)
      for (size_t k = i + 1; k < nodes.size(); ++k)
        if (nodes[k].parent == int(i) && nodes[k].role == role) return &nodes[k];
  return nullptr;
}

}  // namespace

TEST_CASE("the terms of art the issue names are explained in both languages, with a source", "[data][plain]") {
  for (const char* id : {"s56", "social_chapter", "chapter_sufficient", "special_terms", "ordinary_terms", "unsupported_job",
                         "obviously_pointless", "flexjob_here", "partial_sick_leave", "workplace_trial"}) {
    const Term* t = kb().term(id);
    REQUIRE(t != nullptr);
    CHECK_FALSE(t->explain.da.empty());
    CHECK_FALSE(t->explain.en.empty());
    CHECK_FALSE(t->match.empty());
    CHECK(kb().source(t->cite.source) != nullptr);
  }
  // Each is shown somewhere: a question, a flowchart step, a scheme (ordinary terms: the record's form).
  for (const auto& t : kb().terms) {
    if (t.explain.da.empty() || t.id == "ordinary_terms") continue;
    bool used = false;
    for (const auto& f : kb().facts) used = used || std::count(f.terms.begin(), f.terms.end(), t.id);
    for (const auto& n : kb().flow_nodes) used = used || std::count(n.terms.begin(), n.terms.end(), t.id);
    for (const auto& s : kb().schemes) used = used || std::count(s.terms.begin(), s.terms.end(), t.id);
    INFO(t.id);
    CHECK(used);
  }
}

TEST_CASE("the loader refuses a question that uses a term of art without explaining it", "[data][plain]") {
  std::string e = load_error("facts", [](json& d) { row(d["facts"], "social_chapter_sufficient").erase("terms"); });
  CHECK(e.rfind("facts.json#/social_chapter_sufficient/terms", 0) == 0);
  CHECK(e.find("list \"") != std::string::npos);
  // A term listed that is not one.
  e = load_error("facts", [](json& d) { row(d["facts"], "has_social_chapter")["terms"].push_back("nothing"); });
  CHECK(e.rfind("facts.json#/has_social_chapter/terms", 0) == 0);
  // A term of art without its explanation, or without its English.
  e = load_error("terms", [](json& d) { row(d["terms"], "special_terms").erase("explain"); });
  CHECK(e.find("terms.json#/terms/") == 0);
  e = load_error("terms", [](json& d) { row(d["terms"], "special_terms")["explain"].erase("en"); });
  CHECK(e.find("/explain/en") != std::string::npos);
  // A flowchart step's text and a scheme's summary are checked too.
  e = load_error("flowchart", [](json& d) { row(d["nodes"], "investigate_support").erase("terms"); });
  CHECK(e.rfind("flowchart.json#/investigate_support/terms", 0) == 0);
  e = load_error("schemes", [](json& d) { d["schemes"][0].erase("terms"); });
  CHECK(e.rfind("schemes.json#/social_chapter/terms", 0) == 0);
}

TEST_CASE("the loader refuses a question only others can answer without the question to bring", "[data][plain]") {
  std::string e = load_error("facts", [](json& d) { row(d["facts"], "has_social_chapter").erase("ask"); });
  CHECK(e.rfind("facts.json#/has_social_chapter/ask", 0) == 0);
  for (const auto& f : kb().facts)
    if (std::find(f.who.begin(), f.who.end(), "manager") == f.who.end() && f.derived_from.empty()) {
      INFO(f.id);
      CHECK_FALSE(f.ask.da.empty());
      CHECK_FALSE(f.ask.en.empty());
    }
}

TEST_CASE("the loader refuses a condition that says 'ikke' without saying plainly what fails", "[data][plain]") {
  std::string e = load_error("schemes", [](json& d) {
    for (auto& s : d["schemes"])
      if (s["id"] == "flexjob")
        for (auto& c : s["condition"]["all"])
          if (c["id"] == "no_pension") c.erase("text_not");
  });
  CHECK(e.find("/text_not") != std::string::npos);
}

TEST_CASE("a question shows 'Hvad betyder det?' as a disclosure; opened, the explanation of its terms", "[ui][plain]") {
  Page p;
  new_case(p);
  jump_to_fact(kb(), p.state(), "social_chapter_sufficient");
  p.frames();
  const sem::Node* toggle = p.node("explain_terms");
  REQUIRE(toggle != nullptr);
  CHECK(toggle->role == R::button);
  CHECK(toggle->name.find(p.text("explain_toggle")) != std::string::npos);
  CHECK((toggle->flags & sem::has_expanded) != 0);
  CHECK((toggle->flags & sem::expanded) == 0);
  const std::string& explain = kb().term("chapter_sufficient")->explain.da;
  CHECK_FALSE(p.has(R::paragraph, explain));
  p.activate("explain_terms");
  CHECK((p.node("explain_terms")->flags & sem::expanded) != 0);
  CHECK(p.has(R::paragraph, explain));
  CHECK(p.has(R::paragraph, kb().term("social_chapter")->explain.da));
  CHECK(p.has(R::paragraph, "Tilstrækkeligt udfyldt"));  // the term itself, as a heading of its line
  // Another question starts closed.
  jump_to_fact(kb(), p.state(), "measures_obviously_pointless");
  p.frames();
  CHECK((p.node("explain_terms")->flags & sem::expanded) == 0);
  p.activate("explain_terms");
  CHECK(p.has(R::paragraph, kb().term("obviously_pointless")->explain.da));
}

TEST_CASE("a flowchart step shows the terms its words use", "[ui][plain]") {
  Page p;
  new_case(p);
  go_to(kb(), p.state(), Screen::interview);
  p.frames();
  p.state().item = "flow:investigate_support";
  p.frames();
  REQUIRE(p.node("explain_terms") != nullptr);
  p.activate("explain_terms");
  CHECK(p.has(R::paragraph, kb().term("s56")->explain.da));
}

TEST_CASE("a fact only others can answer reads 'Spørg …' with the question to bring, and can wait", "[ui][plain]") {
  Page p;
  new_case(p);
  jump_to_fact(kb(), p.state(), "has_social_chapter");
  p.frames();
  const Fact* f = kb().fact("has_social_chapter");
  std::string whom = ask_whom(kb(), Lang::da, *f);
  CHECK(whom.rfind("tillidsrepræsentanten", 0) == 0);
  CHECK(p.has(R::paragraph, fill(p.text("ask_whom"), {whom})));
  CHECK(p.has(R::paragraph, fill(p.text("ask_quote"), {f->ask.da})));
  CHECK(has_text(p, p.text("answer_unknown")));
  // A question the manager can answer has no "Spørg".
  CHECK(ask_whom(kb(), Lang::da, *kb().fact("weekly_hours")).empty());
  // Not known yet, then answered later from the same place.
  p.answer("answer_not_yet");
  CHECK(current_case(p.state())->not_known_yet.count("has_social_chapter") == 1);
  jump_to_fact(kb(), p.state(), "has_social_chapter");
  p.frames();
  p.answer("answer_yes");
  CHECK(current_case(p.state())->not_known_yet.count("has_social_chapter") == 0);
  CHECK(std::get<bool>(current_case(p.state())->facts.at("has_social_chapter")));
}

TEST_CASE("an empty number field is 'not known yet', as the help says", "[ui][plain]") {
  Page p;
  new_case(p);
  jump_to_fact(kb(), p.state(), "expected_absence_days_per_year");
  p.frames();
  CHECK(has_text(p, "lad feltet stå tomt"));
  p.activate("answer_save");
  CHECK(current_case(p.state())->not_known_yet.count("expected_absence_days_per_year") == 1);
}

TEST_CASE("the agreement form explains each field and each basis, and the basis may stay unknown", "[ui][plain][record]") {
  Page p;
  new_case(p);
  go_to(kb(), p.state(), Screen::record);
  open_draft(kb(), p.state(), "agreement");
  p.frames();
  for (auto [field, help] : {std::pair{"entry_date", "help_entry_date"}, {"expected_effect", "help_expected_effect"},
                             {"follow_up_date", "help_follow_up_date"}, {"consequences", "help_consequences"},
                             {"difficult_functions", "help_difficult_functions"}, {"accommodations", "help_accommodations"},
                             {"note", "help_note"}}) {
    const sem::Node* n = p.node(field);
    REQUIRE(n != nullptr);
    INFO(field);
    CHECK(n->description.find(p.text(help)) != std::string::npos);
  }
  CHECK(p.has(R::paragraph, p.text("terms_help")));
  for (const char* term : {"social_chapter", "special_terms", "ordinary_terms"}) CHECK(p.has(R::paragraph, kb().term(term)->explain.da));
  const sem::Node* unknown = p.node("terms_unknown");
  REQUIRE(unknown != nullptr);
  CHECK(unknown->role == R::radio);
  CHECK((unknown->flags & sem::checked) != 0);  // nothing chosen: not known yet
  p.activate("terms_special_terms");
  CHECK(p.state().forms.draft.entry.terms == "special_terms");
  p.activate("terms_unknown");
  CHECK(p.state().forms.draft.entry.terms.empty());
  CHECK(p.has(R::paragraph, p.text("help_unsupported")));
}

TEST_CASE("a form's failed save leads with an error summary to its field, not just above its button",
          "[ui][plain][record]") {
  Page p;
  new_case(p);
  go_to(kb(), p.state(), Screen::record);
  open_draft(kb(), p.state(), "note");
  p.frames();
  platform::native::state().focus_requests.clear();
  p.type("entry_date", "");
  p.activate("entry_save");
  const std::string& error = p.state().forms.draft.error;
  REQUIRE_FALSE(error.empty());
  const sem::Node* summary = p.node("error_summary");
  REQUIRE(summary != nullptr);
  CHECK(summary->role == R::alert);
  CHECK(platform::native::state().focus_requests == std::vector<std::string>{"error_summary"});
  const sem::Node* link = p.node("error_link_entry_date");
  REQUIRE(link != nullptr);
  CHECK(link->name == error);
  // The field keeps its message and is marked invalid; the summary's link leads to it.
  CHECK((p.node("entry_date")->flags & sem::invalid) != 0);
  CHECK(p.node("entry_date")->description.find(error) != std::string::npos);
  // Nothing new stands between the form and its button: the summary is at the form's top.
  CHECK(summary->rect.y < p.node("entry_date")->rect.y);
  CHECK(p.node("entry_save_note") == nullptr);
  p.activate("error_link_entry_date");  // a new frame: the nodes above are gone with the old tree
  CHECK(platform::native::state().focus_requests.back() == "entry_date");
}

TEST_CASE("'Kopieret' and a download's confirmation stand under the buttons, as a status read out", "[ui][plain][documents]") {
  Page p;
  import_case(kb(), p.state(), example("01-adaptation-year.json"));
  REQUIRE(p.state().import_error.empty());
  go_to(kb(), p.state(), Screen::documents);
  choose_document(kb(), p.state(), "jobcenter_summary");
  p.frames();
  CHECK(p.node("copy_text_note") == nullptr);
  p.activate("copy_text");
  const sem::Node* status = p.node("copy_text_note");
  REQUIRE(status != nullptr);
  CHECK(status->role == R::status);
  const sem::Node* said = child_of(p, "copy_text_note", R::paragraph);
  REQUIRE(said != nullptr);
  CHECK(said->name == p.text("copied"));
  const sem::Node* copy = p.node("copy_text");
  REQUIRE(copy != nullptr);
  float below = status->rect.y - (copy->rect.y + copy->rect.h);
  CHECK(below >= -1);
  CHECK(below < 80);  // right under the row of buttons, not at the top of the page
  bool read_out = false;
  for (const auto& a : platform::native::state().announcements) read_out = read_out || a.find(p.text("copied")) != std::string::npos;
  CHECK(read_out);
  CHECK(p.state().message != p.text("copied"));  // not also at the top of the page
  p.activate("download_txt");
  CHECK(p.node("copy_text_note") == nullptr);  // one message at a time: the last control's
  said = child_of(p, "download_txt_note", R::paragraph);
  REQUIRE(said != nullptr);
  CHECK(said->name.find(".txt") != std::string::npos);
  // Another screen: the message belongs to the one that showed the button.
  go_to(kb(), p.state(), Screen::record);
  p.frames();
  CHECK(p.node("download_txt_note") == nullptr);
}

TEST_CASE("the why of a scheme reads without double negatives", "[ui][plain][results]") {
  Page p;
  new_case(p);
  answer_fact(kb(), p.state(), "receives_pension", true);
  answer_fact(kb(), p.state(), "job_incompatible_with_impairment", true);
  go_to(kb(), p.state(), Screen::results);
  p.frames();
  p.activate("scheme_flexjob");
  p.activate("scheme_personal_assistance");
  const Scheme* flex = kb().scheme("flexjob");
  REQUIRE(flex != nullptr);
  // "✗ Det taler imod: Medarbejderen modtager førtidspension …", never "✗ … modtager ikke … (ikke opfyldt)".
  std::string against = "\u2717 " + fill(p.text("why_against"), {"Medarbejderen modtager førtidspension, seniorpension eller tidlig pension"});
  CHECK(p.has(R::paragraph, against));
  CHECK(p.has(R::paragraph, "\u2717 " + fill(p.text("why_against"), {"Jobbet kan ikke forenes med funktionsnedsættelsen"})));
  for (const auto& n : p.tree().nodes) {
    INFO(n.name);
    CHECK(n.name.find("(ikke opfyldt)") == std::string::npos);
    CHECK(n.name.find("ikke (ikke") == std::string::npos);
  }
  // The same words in the documents.
  Document doc = results_document(kb(), *current_case(p.state()), *p.state().assessment, Lang::da);
  CHECK(doc.text.find(fill(p.text("why_against"), {"Medarbejderen modtager førtidspension, seniorpension eller tidlig pension"})) !=
        std::string::npos);
}

TEST_CASE("a scheme's result explains its terms on request", "[ui][plain][results]") {
  Page p;
  import_case(kb(), p.state(), example("01-adaptation-year.json"));
  go_to(kb(), p.state(), Screen::results);
  p.frames();
  p.activate("scheme_fastholdelsesfleksjob");
  const sem::Node* toggle = p.node("explain_fastholdelsesfleksjob");
  REQUIRE(toggle != nullptr);
  CHECK((toggle->flags & sem::has_expanded) != 0);
  p.activate("explain_fastholdelsesfleksjob");
  CHECK(p.has(R::paragraph, kb().term("flexjob_here")->explain.da));
  CHECK(p.has(R::paragraph, kb().term("unsupported_job")->explain.da));
  CHECK(p.state().forms.open_explains.count("fastholdelsesfleksjob") == 1);
}

TEST_CASE("on a phone the buttons stack, and 'Kopieret' stands right under the copy button", "[ui][plain][documents]") {
  Page p(390, 844);
  import_case(kb(), p.state(), example("01-adaptation-year.json"));
  go_to(kb(), p.state(), Screen::documents);
  choose_document(kb(), p.state(), "jobcenter_summary");
  p.frames();
  p.activate("copy_text");
  const sem::Node* status = p.node("copy_text_note");
  const sem::Node* copy = p.node("copy_text");
  const sem::Node* next = p.node("download_txt");
  REQUIRE(status != nullptr);
  REQUIRE(copy != nullptr);
  REQUIRE(next != nullptr);
  CHECK(status->rect.y >= copy->rect.y + copy->rect.h - 1);
  CHECK(status->rect.y + status->rect.h <= next->rect.y + 1);  // between the copy button and the next one
}
