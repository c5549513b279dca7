// The store never drops what it did not read (issue 23): engine/store.* directly, the page's
// start and save over platform_native, and the hostile store corpus
// (tests/hostile/make_store_corpus.py; hidden [.store_corpus], run by ctest hostile_store).
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "engine/json_reader.hpp"
#include "engine/store.hpp"
#include "helpers.hpp"
#include "platform/platform_native.hpp"
#include "ui/app_state.hpp"
#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;
namespace native = fasthold::platform::native;
using nlohmann::json;

namespace {

json a_case(const std::string& nickname) { return {{"format", "fasthold-case"}, {"version", 1}, {"nickname", nickname}}; }

// The cases as a list (a braced list of one object would make nlohmann copy the object).
std::string a_store(const std::vector<json>& cases, const json& current = 0) {
  return json{{"format", "fasthold-store"}, {"version", 1}, {"cases", json(cases)}, {"current", current}}.dump();
}

std::vector<std::string> names(const std::vector<Case>& cases) {
  std::vector<std::string> out;
  for (const auto& c : cases) out.push_back(c.nickname);
  return out;
}

}  // namespace

TEST_CASE("store: each case is read on its own, the current one follows its case", "[store]") {
  StoreRead r = read_store(a_store({a_case("A"), a_case("x\ty"), a_case("B")}, 2), kb());
  CHECK(names(r.cases) == std::vector<std::string>{"A", "B"});
  CHECK(r.current == 1);
  REQUIRE(r.aside.size() == 1);
  CHECK(r.aside[0].where == "/cases/1");
  CHECK(r.aside[0].text == a_case("x\ty").dump());  // exactly as stored
  CHECK_THAT(r.aside[0].why, Catch::Contains("control character"));
  // The open case was the unreadable one: none is open, nothing else lost.
  CHECK(read_store(a_store({a_case("A"), a_case("x\ty")}, 1), kb()).current == -1);
}

TEST_CASE("store: a bad field beside the cases sets aside only itself", "[store]") {
  StoreRead r = read_store(a_store({a_case("A"), a_case("B")}, "0"), kb());
  CHECK(names(r.cases) == std::vector<std::string>{"A", "B"});
  CHECK(r.current == -1);
  REQUIRE(r.aside.size() == 1);
  CHECK(r.aside[0].where == "/current");
  CHECK(r.aside[0].text == "\"0\"");
  CHECK(r.newer_version == 0);
}

TEST_CASE("store: a newer store or case is noticed, never set aside", "[store]") {
  json newer = json::parse(a_store({a_case("A")}));
  newer["version"] = 7;
  StoreRead r = read_store(newer.dump(), kb());
  CHECK(r.newer_version == 7);
  CHECK(r.cases.size() == 1);
  json future = a_case("F");
  future["version"] = 3;
  r = read_store(a_store({a_case("A"), future}), kb());
  CHECK(r.newer_version == 3);
  CHECK(names(r.cases) == std::vector<std::string>{"A"});
}

TEST_CASE("store: the aside key is appended to, never overwritten, and counts what was downloaded", "[store]") {
  std::string v = append_aside(std::nullopt, {{"/cases/0", "why", "one"}});
  CHECK(aside_state(v).items == 1);
  v = append_aside(v, {{"/cases/0", "why", "two"}, {"/cases/1", "again", "one"}});  // "one" is there already
  CHECK(aside_state(v).items == 2);
  // An older shape (a raw store) becomes the first item, exactly as it was.
  std::string legacy = append_aside(std::string("{broken"), {{"", "x", "new"}});
  json doc = json::parse(legacy);
  CHECK(doc["items"][0]["text"] == "{broken");
  CHECK(doc["items"][1]["text"] == "new");
  std::string d = aside_downloaded(v);
  CHECK(aside_state(d).downloaded == 2);
  CHECK(aside_state(append_aside(d, {{"", "", "three"}})).downloaded == 2);  // a new item waits again
}

TEST_CASE("app: an unreadable case is kept aside, still offered after saves and reloads, until downloaded", "[ui][app][storage]") {
  native::reset();
  native::state().storage[cases_key] = a_store({a_case("A"), a_case("x\ty"), a_case("B")});
  for (int round = 0; round < 3; ++round) {
    AppState s = start_app(kb());
    REQUIRE(s.cases.size() == size_t(2 + round));
    CHECK(s.cases[0].nickname == "A");
    CHECK(s.cases[1].nickname == "B");
    CHECK(unreadable_waiting(s));
    CHECK(aside_state(native::state().storage[unreadable_key]).items == 1);
    new_case(kb(), s, "C" + std::to_string(round));  // saves
  }
  AppState s = start_app(kb());
  CHECK(s.cases.size() == 5);
  download_unreadable(kb(), s);
  REQUIRE_FALSE(native::state().downloads.empty());
  CHECK(native::state().downloads.back().bytes.find("x\\\\ty") != std::string::npos);  // the case's JSON, escaped once more
  CHECK_FALSE(start_app(kb()).unreadable.empty());  // downloaded, still kept
  CHECK_FALSE(unreadable_waiting(start_app(kb())));  // but no longer asked about
  delete_unreadable(kb(), s);
  CHECK(native::state().storage.count(unreadable_key) == 0);
}

TEST_CASE("app: when the aside write fails, nothing is saved over the store", "[ui][app][storage]") {
  native::reset();
  std::string original = a_store({a_case("A"), a_case(std::string("x\x01") + std::string(3000, 'y'))});
  native::state().storage[cases_key] = original;
  native::state().storage_quota = original.size() + 1000;  // no room for the aside copy
  AppState s = start_app(kb());
  CHECK(s.store_lock == "aside_failed");
  new_case(kb(), s, "B");
  CHECK(native::state().storage[cases_key] == original);
  CHECK(native::state().storage.count(unreadable_key) == 0);
  download_unreadable(kb(), s);  // still downloadable, from memory
  CHECK(native::state().downloads.back().bytes.find("yyyy") != std::string::npos);
  CHECK(native::state().storage[cases_key] == original);
}

TEST_CASE("app: a newer store is shown and left untouched", "[ui][app][storage]") {
  native::reset();
  json newer = json::parse(a_store({a_case("A")}));
  newer["version"] = 2;
  native::state().storage[cases_key] = newer.dump();
  Page page(1366, 768, true);
  CHECK(page.state().store_lock == "newer");
  CHECK(page.has(sem::Role::paragraph, page.text("store_newer")));
  open_case(kb(), page.state(), 0);
  new_case(kb(), page.state(), "B");
  CHECK(native::state().storage[cases_key] == newer.dump());
}

TEST_CASE("app: a full quota is reported as full, not as unavailable", "[ui][app][storage]") {
  native::reset();
  AppState s = start_app(kb());
  new_case(kb(), s, "A");
  native::state().storage_quota = 10;
  new_case(kb(), s, "B");
  CHECK(s.storage_problem == "full");
  CHECK(start_app(kb()).storage_problem == "full");
}

TEST_CASE("app: a name pasted with a tab is kept as one line and read back", "[ui][app][storage]") {
  native::reset();
  AppState s = start_app(kb());
  new_case(kb(), s, "Anna\tHansen");
  CHECK(current_case(s)->nickname == "Anna Hansen");
  rename_case(kb(), s, "Anna\r\nH\x1b[31m");
  AppState again = start_app(kb());
  REQUIRE(again.cases.size() == 1);
  CHECK(again.cases[0].nickname == "Anna H[31m");
  CHECK(again.unreadable.empty());
}

TEST_CASE("text rule: one-line and free text, as the reader reads them", "[store][text]") {
  CHECK(clean_line("a\tb\nc\r\nd\re\x01" "f\x7f" "g\xc2\x85h") == "a b c d efgh");
  CHECK(clean_lines("a\tb\nc\r\nd\re\x01" "f") == "a\tb\nc\nd\nef");
  CHECK(clean_line("æøå \xe2\x80\xae") == "æøå \xe2\x80\xae");  // not a control character: kept
}

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE("hostile stores: loaded, saved and reloaded three times, nothing lost", "[.store_corpus]") {
  const char* dir = std::getenv("FASTHOLD_STORE_DIR");
  REQUIRE(dir != nullptr);
  std::ifstream manifest(std::string(dir) + "/manifest.txt");
  int seen = 0;
  for (std::string name; std::getline(manifest, name);) {
    ++seen;
    json e = json::parse(slurp(std::string(dir) + "/" + name + ".json"));
    INFO(name);
    native::reset();
    native::state().storage_quota = size_t(5) << 20;
    std::string original = e["cases"];
    native::state().storage[cases_key] = original;
    if (e["unreadable"].is_string()) native::state().storage[unreadable_key] = e["unreadable"];
    std::vector<std::string> readable = e["readable"];
    size_t aside = e["aside"];
    std::string locked = e["locked"];
    for (int round = 0; round < 3; ++round) {
      Page page(1366, 768, true);
      AppState& s = page.state();
      CHECK(names(s.cases) == readable);
      CHECK(aside_state(s.unreadable).items == aside);
      CHECK(s.store_lock == locked);
      // The page says what happened.
      if (aside > 0)
        CHECK(page.has(sem::Role::paragraph, fill(page.text("unreadable_notice"), {std::to_string(aside)})));
      if (!locked.empty()) CHECK(page.has(sem::Role::paragraph, page.text(locked == "newer" ? "store_newer" : "store_aside_failed")));
      if (!s.cases.empty()) open_case(kb(), s, 0);
      save(kb(), s);
      if (!locked.empty()) CHECK(native::state().storage[cases_key] == original);
      else CHECK(read_store(native::state().storage[cases_key], kb()).aside.empty());
    }
    // Every unreadable part is in the download.
    AppState s = start_app(kb());
    if (aside > 0) {
      download_unreadable(kb(), s);
      json got = json::parse(native::state().downloads.back().bytes);
      CHECK(got["items"].size() == aside);
    }
  }
  CHECK(seen >= 15);
}
