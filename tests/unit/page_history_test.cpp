// The page as a web page (issue 24, 25): the screens are entries in the browser's history, the
// tab's title names the screen, the tree says how tall the page is, and repeated controls are
// told apart by their names.
#include <map>
#include <nlohmann/json.hpp>

#include "ui/page_history.hpp"
#include "ui/screens.hpp"
#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;
using R = fasthold::ui::sem::Role;

namespace {
bool is_control(R r) { return r == R::button || r == R::link || r == R::textbox || r == R::checkbox || r == R::radio; }
}  // namespace

TEST_CASE("each screen the manager moves to is an entry in the browser's history; Back returns to it", "[ui][history]") {
  Page p;
  p.type("nickname", "MK");
  p.activate("start_new_case");
  auto& history = platform::native::state().history;
  REQUIRE(!history.empty());
  CHECK(history.back() == history_entry(p.state()));
  size_t entries = history.size();
  p.activate("nav_record");
  CHECK(p.state().screen == Screen::record);
  p.frames(1);
  CHECK(history.size() == entries + 1);
  // No case data in an entry: only the screen (and a question's id).
  CHECK(history.back().find("MK") == std::string::npos);

  platform::native::state().popped = history[entries - 1];  // the browser's Back
  p.frames();
  CHECK(p.state().screen == Screen::prepare);
  CHECK(history.size() == entries + 1);  // going back adds no entry

  SECTION("an entry that is not ours, or names a case screen with no case open, changes nothing") {
    platform::native::state().popped = "null";
    p.frames();
    CHECK(p.state().screen == Screen::prepare);
    CHECK_FALSE(go_to_history_entry(kb(), p.state(), R"({"fasthold":1,"screen":99})"));
    CHECK_FALSE(go_to_history_entry(kb(), p.state(), R"({"fasthold":1,"screen":2,"item":"fact:no_such_fact"})"));
    CHECK_FALSE(go_to_history_entry(kb(), p.state(), "not json"));
    CHECK(p.state().screen == Screen::prepare);
  }
}

TEST_CASE("a reload returns to the screen the history entry names", "[ui][history]") {
  {
    Page p;
    p.type("nickname", "MK");
    p.activate("start_new_case");
    p.activate("nav_record");
    p.frames(1);
  }
  Page again(1366, 768, /*keep_platform=*/true);
  CHECK(again.state().screen == Screen::record);
}

TEST_CASE("the tab's title names the screen, with Fejl first when a form has an error", "[ui][history]") {
  Page p;
  p.type("nickname", "MK");
  p.activate("start_new_case");
  CHECK(platform::native::state().title == p.text("prepare_title") + " – " + p.text("app_title"));
  p.activate("nav_record");
  p.activate("add_agreement");
  p.type("entry_date", "31-02-2026");
  p.activate("entry_save");
  CHECK(platform::native::state().title.rfind("Fejl: ", 0) == 0);
}

TEST_CASE("the page's tree says how tall the drawn page is, for the browser to scroll", "[ui][scroll]") {
  Page p(390, 664);
  auto tree = nlohmann::json::parse(platform::native::state().tree);
  REQUIRE(tree.contains("height"));
  CHECK(tree["height"].get<double>() > 664);  // the first screen is longer than a phone's
  // The page draws what the browser's scroll shows.
  platform::native::state().scroll = 200;
  p.frames();
  const sem::Node* h1 = nullptr;
  for (const auto& n : p.tree().nodes)
    if (n.role == R::heading && n.level == 1) h1 = &n;
  REQUIRE(h1);
  auto targets = nlohmann::json::parse(platform::native::state().targets);
  CHECK(targets["start_new_case"]["y"].get<double>() ==
        Approx(p.node("start_new_case")->rect.y - 200).margin(1));
}

TEST_CASE("no screen has two controls with the same name, unless their descriptions tell them apart", "[ui][names]") {
  for (Lang lang : {Lang::da, Lang::en}) {
    Page p(1366, 844);
    open_example(p, "01-adaptation-year.json");
    p.state().lang = lang;
    for (const ScreenInfo& info : screens()) {
      INFO("screen " << int(info.screen) << (lang == Lang::da ? " da" : " en"));
      if (info.screen == Screen::interview) start_interview(kb(), p.state());
      else go_to(kb(), p.state(), info.screen);
      p.frames();
      std::map<std::string, int> seen, ids;
      for (const auto& n : p.tree().nodes) {
        if (is_control(n.role)) ++seen[n.name + "\n" + n.description];
        ++ids[n.id];
      }
      for (const auto& [name, times] : seen) {
        INFO("\"" << name << "\"");
        CHECK(times == 1);
      }
      // The mirror keys its elements by id: one node each (the update only guards against a slip).
      for (const auto& [id, times] : ids) {
        INFO("id " << id);
        CHECK(times == 1);
      }
    }
  }
}
