// The platform stand-in (src/platform/platform_native.cpp) and the page logic that uses it
// (src/ui/screens.cpp): what the page stores, announces and shows, without a browser.
#include <catch2/catch.hpp>

#include "engine/knowledge.hpp"
#include "platform/platform_native.hpp"
#include "ui/screens.hpp"

using namespace fasthold;
namespace native = fasthold::platform::native;

TEST_CASE("platform stand-in: storage is a map, and can be unavailable", "[platform]") {
  native::reset();
  CHECK_FALSE(platform::storage_get("k").has_value());
  CHECK(platform::storage_set("k", "værdi æøå"));
  REQUIRE(platform::storage_get("k").has_value());
  CHECK(*platform::storage_get("k") == "værdi æøå");
  platform::storage_remove("k");
  CHECK_FALSE(platform::storage_get("k").has_value());

  native::state().storage_available = false;  // private mode, disabled storage
  CHECK_FALSE(platform::storage_set("k", "v"));
  CHECK_FALSE(platform::storage_get("k").has_value());
}

TEST_CASE("platform stand-in: records downloads, clipboard, printing, announcements", "[platform]") {
  native::reset();
  platform::download("fasthold.json", "application/json", std::string("{\"a\":1}\0x", 9));
  REQUIRE(native::state().downloads.size() == 1);
  CHECK(native::state().downloads[0].filename == "fasthold.json");
  CHECK(native::state().downloads[0].mime == "application/json");
  CHECK(native::state().downloads[0].bytes.size() == 9);  // bytes, not a C string

  platform::copy_text("Trin 3 af 7");
  CHECK(native::state().clipboard == std::vector<std::string>{"Trin 3 af 7"});

  CHECK(platform::open_printable_html("<!doctype html><p>Aftale</p>"));
  CHECK(native::state().printed.size() == 1);
  native::state().popups_blocked = true;
  CHECK_FALSE(platform::open_printable_html("<p>x</p>"));
  CHECK(native::state().printed.size() == 1);

  platform::announce("a");
  platform::announce("a");
  CHECK(native::state().announcements == std::vector<std::string>{"a", "a"});

  CHECK(platform::url_fragment().empty());
  native::state().fragment = "lang=en";
  CHECK(platform::url_fragment() == "lang=en");

  platform::set_document_language("en");
  CHECK(native::state().document_language == "en");
  platform::publish_targets("{}");
  CHECK(native::state().targets == "{}");
  platform::fail("no WebGL 2");
  CHECK(native::state().failures == std::vector<std::string>{"no WebGL 2"});
  platform::frame_drawn();
  platform::frame_drawn();
  CHECK(native::state().frames == 2);

  native::reset();
  CHECK(native::state().downloads.empty());
  CHECK(native::state().frames == 0);
}

TEST_CASE("page: the first screen is the flowchart's first decision, in Danish", "[ui]") {
  native::reset();
  const KnowledgeBase& kb = embedded_knowledge_base();
  ui::FlowState s = ui::start(kb);
  CHECK(s.lang == Lang::da);
  CHECK(s.node == "job_cause");
  CHECK(ui::is_question(kb, s));
  ui::QuestionScreen q = ui::question_screen(kb, s);
  CHECK(q.step == "Trin 3 af 7");
  CHECK(q.question == "Skyldes fravær forhold i jobbet?");
  CHECK(q.yes == "Ja");
  CHECK(q.no == "Nej");
  CHECK(q.not_yet == "Ved ikke endnu");
  CHECK(q.advice.empty());
  CHECK(q.back.empty());
  const FlowNode* node = kb.flow_node("job_cause");
  REQUIRE(node);
  CHECK(q.title == node->title.da);
  CHECK(q.citation.find(kb.source(node->cite.source)->title.da) != std::string::npos);
  CHECK(q.citation.find(node->cite.where) != std::string::npos);
  // A screen reader hears the step and the question when the page opens.
  REQUIRE(native::state().announcements.size() == 1);
  CHECK(native::state().announcements[0].find("Trin 3 af 7") != std::string::npos);
  CHECK(native::state().announcements[0].find("Skyldes fravær forhold i jobbet?") != std::string::npos);
  CHECK(native::state().document_language == "da");
  // Nothing is stored until the user chooses something.
  CHECK(native::state().storage.empty());
}

TEST_CASE("page: answers move through the flowchart and back", "[ui]") {
  native::reset();
  const KnowledgeBase& kb = embedded_knowledge_base();
  const FlowNode* job_cause = kb.flow_node("job_cause");
  REQUIRE(job_cause);
  ui::FlowState s = ui::start(kb);

  s = ui::act(kb, s, ui::Action::not_yet);
  CHECK(s.node == "job_cause");
  CHECK(ui::question_screen(kb, s).advice == job_cause->next.da);
  CHECK(native::state().announcements.back() == job_cause->next.da);

  s = ui::act(kb, s, ui::Action::yes);
  CHECK(s.node == job_cause->yes);
  CHECK_FALSE(s.advice);
  CHECK(ui::question_screen(kb, s).back == kb.text("back", Lang::da));
  CHECK(native::state().announcements.back().find("Trin 4 af 7") != std::string::npos);

  s = ui::act(kb, s, ui::Action::back);
  CHECK(s.node == "job_cause");
  CHECK(s.history.empty());

  s = ui::act(kb, s, ui::Action::no);
  CHECK(s.node == job_cause->no);
  s = ui::act(kb, s, ui::Action::back);
  s = ui::act(kb, s, ui::Action::back);  // nothing before the first screen
  CHECK(s.node == "job_cause");
}

TEST_CASE("page: the language switch is stored; the fragment wins over storage", "[ui]") {
  native::reset();
  const KnowledgeBase& kb = embedded_knowledge_base();
  ui::FlowState s = ui::start(kb);
  CHECK(ui::chrome(kb, s).switch_language == "English");

  s = ui::act(kb, s, ui::Action::switch_language);
  CHECK(s.lang == Lang::en);
  CHECK(native::state().storage.at(ui::language_key) == "en");
  CHECK(native::state().document_language == "en");
  CHECK(ui::question_screen(kb, s).question == "Is the absence caused by conditions in the job?");
  CHECK(ui::chrome(kb, s).switch_language == "Dansk");

  // The next visit starts in English...
  native::state().announcements.clear();
  CHECK(ui::start(kb).lang == Lang::en);
  // ...unless the address says otherwise.
  native::state().fragment = "x=1&lang=da";
  CHECK(ui::start(kb).lang == Lang::da);
  // Rubbish in storage or fragment falls back to Danish.
  native::state().fragment = "lang=fr";
  native::state().storage[ui::language_key] = "fr";
  CHECK(ui::start(kb).lang == Lang::da);
  // Storage may be unavailable: the page still works, in Danish.
  native::reset();
  native::state().storage_available = false;
  ui::FlowState t = ui::act(kb, ui::start(kb), ui::Action::switch_language);
  CHECK(t.lang == Lang::en);
}
