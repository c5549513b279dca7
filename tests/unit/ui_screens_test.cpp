// Every screen drawn natively with a real case, read back as a screen reader would read it:
// through the accessible tree (ui/semantics.hpp), and used through the same actions the
// page's real elements send.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/documents.hpp"
#include "engine/report.hpp"
#include "ui/app_state.hpp"
#include "ui/screens.hpp"
#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;
using R = fasthold::ui::sem::Role;

namespace {

int count(const sem::Tree& t, R role, int level = 0) {
  int n = 0;
  for (const auto& x : t.nodes) n += x.role == role && (level == 0 || x.level == level);
  return n;
}
}  // namespace

TEST_CASE("the screen table has one row per screen, in the enum's order", "[ui][screens]") {
  auto table = screens();
  REQUIRE(table.size() == size_t(Screen::count));
  for (size_t i = 0; i < table.size(); ++i) {
    CHECK(table[i].screen == Screen(i));
    CHECK(table[i].draw != nullptr);
    if (*table[i].title_key) CHECK(kb().ui.count(table[i].title_key) == 1);
    if (*table[i].nav_key) CHECK(kb().ui.count(table[i].nav_key) == 1);
  }
}

TEST_CASE("every screen draws with a real case: one h1, the page's regions, named controls", "[ui][screens]") {
  for (float width : {1366.0f, 390.0f}) {
    Page p(width, 844);
    open_example(p, "01-adaptation-year.json");
    for (const ScreenInfo& info : screens()) {
      INFO("screen " << int(info.screen) << " at " << width << " px");
      if (info.screen == Screen::interview) start_interview(kb(), p.state());
      else go_to(kb(), p.state(), info.screen);
      p.frames();
      CHECK(p.state().failure.empty());
      const sem::Tree& t = p.tree();
      CHECK(count(t, R::heading, 1) == 1);
      if (*info.title_key && info.screen != Screen::start) CHECK(p.has(R::heading, p.text(info.title_key)));
      CHECK(count(t, R::banner) == 1);
      CHECK(count(t, R::main) == 1);
      CHECK(count(t, R::navigation) == 1);
      CHECK(count(t, R::contentinfo) == 1);
      CHECK(count(t, R::complementary) == (width >= 1100 ? 1 : 0));
      for (const auto& n : t.nodes) {
        if (n.role == R::button || n.role == R::link || n.role == R::textbox || n.role == R::checkbox ||
            n.role == R::radio) {
          INFO("control " << n.id);
          CHECK(!n.name.empty());
          CHECK(n.id[0] != '_');  // a control has its own stable id
          CHECK(!n.rect.empty());
        }
      }
    }
  }
}

TEST_CASE("a button activated through the page does what a click does", "[ui][screens]") {
  Page p;
  p.type("nickname", "Lager-AB");
  REQUIRE(p.node("nickname") != nullptr);
  CHECK(p.node("nickname")->value == "Lager-AB");
  platform::native::state().actions.push_back({"activate", "start_new_case", ""});
  p.frames(1);
  REQUIRE(p.state().cases.size() == 1);
  CHECK(p.state().cases[0].nickname == "Lager-AB");
  CHECK(p.state().screen == Screen::prepare);
  p.frames(1);
  CHECK(p.tree().focus_title);  // a new screen: the focus moves to its title
  p.frames(1);
  CHECK(!p.tree().focus_title);
}

TEST_CASE("a checkbox says whether it is ticked, and ticking it through the page changes the case", "[ui][screens]") {
  Page p;
  p.type("nickname", "AB");
  p.activate("start_new_case");
  REQUIRE(p.node("prep_hr") != nullptr);
  CHECK((p.node("prep_hr")->flags & sem::checked) == 0);
  p.activate("prep_hr");
  CHECK((p.node("prep_hr")->flags & sem::checked) != 0);
  CHECK(current_case(p.state())->checklist.at("prep_hr"));
}

TEST_CASE("a disclosure says whether it is open", "[ui][screens]") {
  Page p;
  open_example(p, "01-adaptation-year.json");
  const sem::Node* n = p.node("scheme_fastholdelsesfleksjob");
  REQUIRE(n != nullptr);
  CHECK(n->role == R::button);
  CHECK((n->flags & sem::has_expanded) != 0);
  CHECK((n->flags & sem::expanded) == 0);
  p.activate("scheme_fastholdelsesfleksjob");
  CHECK((p.node("scheme_fastholdelsesfleksjob")->flags & sem::expanded) != 0);
}

TEST_CASE("an impossible date is an error tied to its field, and read out from the summary", "[ui][screens]") {
  Page p;
  p.type("nickname", "AB");
  p.activate("start_new_case");
  jump_to_fact(kb(), p.state(), "first_absence_day");
  p.frames();
  p.type("answer_value", "31-02-2026");
  p.activate("answer_save");
  const sem::Node* field = p.node("answer_value");
  REQUIRE(field != nullptr);
  CHECK((field->flags & sem::invalid) != 0);
  CHECK(field->description.find("31-02-2026") != std::string::npos);
  CHECK(field->input_mode == "numeric");
  CHECK(p.state().item == "fact:first_absence_day");  // did not move on
  // Read out once: the summary (an alert) takes the focus; nothing else repeats it.
  const sem::Node* link = p.node("error_link_answer_value");
  REQUIRE(link != nullptr);
  CHECK(link->name.find("31-02-2026") != std::string::npos);
  CHECK(platform::native::state().focus_requests.back() == "error_summary");
  for (const auto& a : platform::native::state().announcements) CHECK(a.find("31-02-2026") == std::string::npos);
}

TEST_CASE("text typed for one case never shows in another case's field", "[ui][screens]") {
  Page p;
  p.type("nickname", "A");
  p.activate("start_new_case");
  p.type("nickname", "B");
  go_to(kb(), p.state(), Screen::start);
  p.frames();
  p.type("nickname", "B");
  p.activate("start_new_case");
  jump_to_fact(kb(), p.state(), "first_absence_day");
  p.frames();
  p.type("answer_value", "01-0");
  open_case(kb(), p.state(), 0);
  jump_to_fact(kb(), p.state(), "first_absence_day");
  p.frames();
  REQUIRE(p.node("answer_value") != nullptr);
  CHECK(p.node("answer_value")->value.empty());
}

TEST_CASE("deleting the entry a document shows, or switching case, is a non-event", "[ui][screens]") {
  Page p;
  open_example(p, "01-adaptation-year.json");
  open_example(p, "02-not-the-job-s56.json");
  open_case(kb(), p.state(), 0);
  go_to(kb(), p.state(), Screen::documents);
  p.frames();
  p.activate("doc_agreement");
  p.activate("de_a1");
  REQUIRE(document_entry(p.state()).has_value());
  delete_entry(kb(), p.state(), *document_entry(p.state()));
  p.frames();
  CHECK(p.state().failure.empty());
  CHECK(!document_entry(p.state()).has_value());
  p.activate("doc_follow_up_note");
  p.activate("de_f1");
  open_case(kb(), p.state(), 1);
  go_to(kb(), p.state(), Screen::documents);
  p.frames();
  CHECK(p.state().failure.empty());
  CHECK(p.state().forms.document.empty());
}

TEST_CASE("an error no screen catches ends in a failure screen that keeps every case", "[ui][screens]") {
  Page p;
  open_example(p, "01-adaptation-year.json");
  std::string stored = platform::native::state().storage.at(cases_key);
  go_to(kb(), p.state(), Screen::documents);
  p.state().forms.document = "no_such_kind";  // the renderer throws on it
  p.frames();
  CHECK(!p.state().failure.empty());
  CHECK(p.has(R::heading, p.text("failure_title")));
  CHECK(p.node("failure_export") != nullptr);
  CHECK(platform::native::state().storage.at(cases_key) == stored);
  bool said = false;
  for (const auto& a : platform::native::state().announcements) said = said || a.find(p.text("failure_title")) != std::string::npos;
  CHECK(said);
  p.activate("failure_export");
  REQUIRE(!platform::native::state().downloads.empty());
  CHECK(platform::native::state().downloads.back().bytes.find("Lager") != std::string::npos);
  p.activate("failure_retry");
  CHECK(p.state().failure.empty());
  CHECK(p.state().screen == Screen::start);
  CHECK(p.state().cases.size() == 1);
}

TEST_CASE("the page gets the tree only when it changed, and the scroll on its own", "[ui][screens]") {
  Page p;
  int before = platform::native::state().trees;
  p.frames(3);
  CHECK(platform::native::state().trees == before);  // an idle page sends nothing
  p.type("nickname", "X");
  CHECK(platform::native::state().trees > before);
  auto tree = nlohmann::json::parse(platform::native::state().tree);
  CHECK(tree["lang"] == "da");
  CHECK(tree["skip"] == p.text("skip_to_content"));
  // Only what changed is sent: the field's new text, not the page.
  REQUIRE(tree["nodes"].size() >= 1);
  CHECK(tree["nodes"].size() < p.tree().nodes.size() / 4);
  bool field = false;
  for (const auto& n : tree["nodes"]) field = field || (n["i"] == "nickname" && n["v"] == "X");
  CHECK(field);
}

TEST_CASE("the tree's changes, applied in order, give the whole tree; every id is unique", "[ui][screens][a11y]") {
  // A mirror as web/a11y.js keeps it: node JSON by id, children by the containers' lists.
  Page p;
  sem::Mirror m;
  std::map<std::string, nlohmann::json> page;
  std::vector<std::string> root;
  auto apply = [&] {
    std::string u = sem::update_json(p.tree(), m);
    if (u.empty()) return;
    auto j = nlohmann::json::parse(u);
    for (const auto& n : j["nodes"]) page[n["i"]] = n;
    for (const auto& g : j["gone"]) page.erase(g.get<std::string>());
    root = j["root"].get<std::vector<std::string>>();
  };
  auto count = [&](auto&& self, const std::string& id) -> size_t {
    REQUIRE(page.count(id));
    size_t n = 1;
    if (page[id].contains("c"))
      for (const auto& c : page[id]["c"]) n += self(self, c.get<std::string>());
    return n;
  };
  auto check_whole = [&] {
    apply();
    size_t n = 0;
    for (const auto& id : root) n += count(count, id);
    CHECK(n == p.tree().nodes.size());
    CHECK(page.size() == p.tree().nodes.size());  // nothing gone is kept
  };
  check_whole();
  p.type("nickname", "AB");
  check_whole();
  p.activate("start_new_case");
  check_whole();
  open_example(p, "01-adaptation-year.json");
  go_to(kb(), p.state(), Screen::results);
  p.frames();
  check_whole();
  CHECK(sem::update_json(p.tree(), m).empty());  // nothing changed: nothing to send
  go_to(kb(), p.state(), Screen::record);
  p.frames();
  check_whole();
}

TEST_CASE("the results page leads somewhere: each scheme you can ask for has its action", "[ui][screens][results]") {
  for (const char* name : {"01-adaptation-year.json", "02-not-the-job-s56.json", "06-assistance-mentor-aids.json"}) {
    INFO(name);
    Page p(390, 844);
    open_example(p, name);
    go_to(kb(), p.state(), Screen::results);
    p.frames();
    int applying = 0;
    for (const auto& r : p.state().assessment->schemes) {
      if (r.status != Status::applies) {
        CHECK(p.node("act_" + r.scheme->id) == nullptr);
        continue;
      }
      ++applying;
      REQUIRE(p.node("act_" + r.scheme->id) != nullptr);
      CHECK(p.node("act_" + r.scheme->id)->role == R::link);
      p.activate("act_" + r.scheme->id);
      if (r.scheme->id == "social_chapter") {
        CHECK(p.state().screen == Screen::record);
        CHECK(p.state().forms.draft.open);
        CHECK(p.state().forms.draft.entry.kind == "agreement");
      } else {
        CHECK(p.state().screen == Screen::documents);
        CHECK(kb().document(p.state().forms.document) != nullptr);
        if (r.scheme->id == "s56") CHECK(p.state().forms.document == "s56_preparation");
      }
      go_to(kb(), p.state(), Screen::results);
      p.frames();
    }
    CHECK(applying > 0);
    // Who to call is one press away.
    p.activate("results_who");
    CHECK(p.state().screen == Screen::who_to_call);
  }
}

TEST_CASE("the results print with the why of each scheme; a blocked window is said beside the button", "[ui][screens][results]") {
  Page p;
  open_example(p, "02-not-the-job-s56.json");
  go_to(kb(), p.state(), Screen::results);
  p.frames();
  p.activate("results_print");
  REQUIRE(platform::native::state().printed.size() == 1);
  const std::string& html = platform::native::state().printed[0];
  CHECK(html.find("<h1>") != std::string::npos);
  CHECK(html.find(kb().text("results_print_why", Lang::da)) != std::string::npos);
  for (const auto& r : p.state().assessment->schemes) CHECK(html.find(escape_html(r.scheme->name.in(Lang::da))) != std::string::npos);
  CHECK(html.find("# ") == std::string::npos);
  platform::native::state().popups_blocked = true;
  p.activate("results_print");
  p.frames();
  const std::string& said = kb().text("results_popup_blocked", Lang::da);
  CHECK(p.has(R::paragraph, said));
  bool read_out = false;
  for (const auto& a : platform::native::state().announcements) read_out = read_out || a.find(said) != std::string::npos;
  CHECK(read_out);
}

TEST_CASE("a deadline today or soon says so in words on the page", "[ui][screens][results]") {
  Page p;
  open_example(p, "01-adaptation-year.json");
  auto lines = deadline_lines(kb(), *current_case(p.state()), *p.state().assessment);
  REQUIRE(!lines.empty());
  // Make today the day of a deadline that is not done.
  const DeadlineLine* l = nullptr;
  for (const auto& x : lines)
    if (!x.done && !x.overdue) l = &x;
  REQUIRE(l != nullptr);
  p.state().today = l->date;
  std::string label = format_danish(l->date) + "  " + l->info->label.in(Lang::da);
  reassess(kb(), p.state());
  go_to(kb(), p.state(), Screen::results);
  p.frames();
  CHECK(p.has(R::paragraph, label + " \u2013 " + kb().text("deadline_today", Lang::da)));
}

TEST_CASE("a yes/no question shows its current answer; Ændr returns to Tjek dine svar after saving", "[ui][screens][answers]") {
  Page p;
  open_example(p, "01-adaptation-year.json");
  go_to(kb(), p.state(), Screen::check_answers);
  p.frames();
  // A yes/no fact with an answer.
  const Case& c = *current_case(p.state());
  std::string fact;
  bool was = false;
  for (const auto& f : kb().facts)
    if (auto it = c.facts.find(f.id); it != c.facts.end() && std::holds_alternative<bool>(it->second) && p.node("change_" + f.id)) {
      fact = f.id;
      was = std::get<bool>(it->second);
      break;
    }
  REQUIRE(!fact.empty());
  p.activate("change_" + fact);
  REQUIRE(p.state().screen == Screen::interview);
  CHECK(p.checked(was ? "answer_yes" : "answer_no"));  // the answer given is the chosen radio
  CHECK_FALSE(p.checked(was ? "answer_no" : "answer_yes"));
  p.answer(was ? "answer_no" : "answer_yes");
  CHECK(p.state().screen == Screen::check_answers);
  CHECK(std::get<bool>(current_case(p.state())->facts.at(fact)) == !was);
  CHECK(p.state().message == kb().text("answer_saved", Lang::da));
  // Back from a question opened by Ændr returns to Tjek dine svar too, not to an older question.
  p.activate("change_" + fact);
  REQUIRE(p.state().screen == Screen::interview);
  p.activate("back");
  CHECK(p.state().screen == Screen::check_answers);
}

TEST_CASE("Tilbage in the interview returns to the question shown before", "[ui][screens][answers]") {
  Page p;
  p.type("nickname", "AB");
  p.activate("start_new_case");
  start_interview(kb(), p.state());
  p.frames();
  for (int i = 0; i < 5 && !p.node("answer_yes"); ++i) p.activate("continue");  // past the first actions
  std::string first = p.state().item;
  REQUIRE(p.node("answer_yes") != nullptr);
  p.answer("answer_yes");
  REQUIRE(p.state().item != first);
  p.activate("back");
  CHECK(p.state().item == first);
  CHECK(p.checked("answer_yes"));
}

TEST_CASE("the progress counts the questions left on this path and names the part they belong to", "[ui][screens][progress]") {
  Page p;
  open_example(p, "01-adaptation-year.json");
  start_interview(kb(), p.state());
  p.frames();
  if (p.state().screen != Screen::interview) {  // everything answered: open a fact question
    jump_to_fact(kb(), p.state(), kb().facts.back().id);
    p.frames();
  }
  Progress before = interview_progress(kb(), p.state());
  CHECK(before.left >= 1);
  std::string said = before.left <= 1 ? kb().text("progress_last", Lang::da)
                                      : fill(kb().text("progress_left", Lang::da), {std::to_string(before.left)});
  CHECK(p.has(R::paragraph, said));
  // A fresh case: answering a question leaves one fewer or a different path, never a stalled count.
  Page q;
  q.type("nickname", "AB");
  q.activate("start_new_case");
  start_interview(kb(), q.state());
  q.frames();
  for (int i = 0; i < 5 && !q.node("answer_yes"); ++i) q.activate("continue");
  REQUIRE(q.node("answer_yes") != nullptr);
  Progress first = interview_progress(kb(), q.state());
  CHECK(q.has(R::paragraph, fill(kb().text("step_of", Lang::da), {std::to_string(first.step)})));
  q.answer("answer_yes");
  Progress second = interview_progress(kb(), q.state());
  CHECK(second.answered == first.answered + 1);
  CHECK(q.has(R::paragraph, second.left <= 1 ? kb().text("progress_last", Lang::da)
                                            : fill(kb().text("progress_left", Lang::da), {std::to_string(second.left)})));
}

TEST_CASE("a record entry can be read in full: every field it holds, under its label", "[ui][screens][record]") {
  Page p;
  open_example(p, "01-adaptation-year.json");
  go_to(kb(), p.state(), Screen::record);
  p.frames();
  const LogEntry* agreement = nullptr;
  for (const auto& e : current_case(p.state())->log)
    if (e.kind == "agreement" && !e.expected_effect.empty() && !e.consequences.empty()) agreement = &e;
  REQUIRE(agreement != nullptr);
  std::string id = agreement->id;
  REQUIRE(p.node("full_" + id) != nullptr);
  CHECK((p.node("full_" + id)->flags & sem::expanded) == 0);
  CHECK_FALSE(p.has(R::paragraph, agreement->consequences));
  p.activate("full_" + id);
  CHECK((p.node("full_" + id)->flags & sem::expanded) != 0);
  const LogEntry& e = *std::find_if(current_case(p.state())->log.begin(), current_case(p.state())->log.end(),
                                    [&](const LogEntry& x) { return x.id == id; });
  CHECK(p.has(R::paragraph, e.expected_effect));
  CHECK(p.has(R::paragraph, e.consequences));
  CHECK(p.has(R::paragraph, kb().text("field_consequences", Lang::da)));
  if (e.follow_up_date) CHECK(p.has(R::paragraph, format_danish(*e.follow_up_date)));
  if (!e.terms.empty()) CHECK(p.has(R::paragraph, kb().text("terms_" + e.terms, Lang::da)));
}

TEST_CASE("a yes/no question is a radio group named by its question; saving without a choice leads to an error summary",
          "[ui][screens][a11y]") {
  Page p;
  p.type("nickname", "AB");
  p.activate("start_new_case");
  start_interview(kb(), p.state());
  p.frames();
  for (int i = 0; i < 5 && !p.node("answer_yes"); ++i) p.activate("continue");
  REQUIRE(p.node("answer_yes") != nullptr);
  std::string first = p.state().item;
  const FlowNode* n = item_node(kb(), first);
  REQUIRE(n != nullptr);
  // The group's name is the question (the page's h1); its radios are its children.
  const ui::sem::Node* group = p.node("answer_choice");
  REQUIRE(group != nullptr);
  CHECK(group->role == R::radiogroup);
  CHECK(group->name == n->title.in(Lang::da));
  CHECK(p.tree().nodes[size_t(p.node("answer_yes") - p.tree().nodes.data())].parent == int(group - p.tree().nodes.data()));
  CHECK(p.node("answer_no")->role == R::radio);
  CHECK_FALSE(p.checked("answer_yes"));
  // Nothing chosen: no answer is stored, the summary names the problem and takes the focus.
  platform::native::state().focus_requests.clear();
  p.activate("answer_save");
  CHECK(p.state().item == first);
  const ui::sem::Node* summary = p.node("error_summary");
  REQUIRE(summary != nullptr);
  CHECK(summary->role == R::alert);
  CHECK(summary->name == p.text("error_summary_title"));
  REQUIRE(p.node("error_link_answer_yes") != nullptr);
  CHECK(p.node("error_link_answer_yes")->name == p.text("choose_answer"));
  CHECK(platform::native::state().focus_requests == std::vector<std::string>{"error_summary"});
  // Its link moves the focus to the first radio; choosing one clears the error.
  p.activate("error_link_answer_yes");
  CHECK(platform::native::state().focus_requests.back() == "answer_yes");
  p.activate("answer_no");
  CHECK(p.checked("answer_no"));
  CHECK(p.node("error_summary") == nullptr);
  CHECK(p.state().item == first);  // choosing alone saves nothing: the arrows can move freely
  p.activate("answer_save");
  CHECK(p.state().item != first);
}

TEST_CASE("a question's field is named by the question, and a wrong date leads from the summary to the field",
          "[ui][screens][a11y]") {
  Page p;
  open_example(p, "01-adaptation-year.json");
  jump_to_fact(kb(), p.state(), "employment_start");
  p.frames();
  const Fact* f = kb().fact("employment_start");
  REQUIRE(p.node("answer_value") != nullptr);
  CHECK(p.node("answer_value")->name == f->question.in(Lang::da));
  platform::native::state().focus_requests.clear();
  p.type("answer_value", "31-02-2026");
  p.activate("answer_save");
  REQUIRE(p.node("error_summary") != nullptr);
  CHECK(p.node("answer_value")->flags & ui::sem::invalid);
  CHECK(platform::native::state().focus_requests.back() == "error_summary");
  CHECK(platform::native::state().title.rfind("Fejl: ", 0) == 0);
  p.activate("error_link_answer_value");
  CHECK(platform::native::state().focus_requests.back() == "answer_value");
  CHECK(p.node("answer_value")->flags & ui::sem::invalid);  // still marked until it is fixed
}
