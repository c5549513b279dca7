// The platform stand-in (src/platform/platform_native.cpp) and the page logic that uses it
// (src/ui/screens.cpp): what the page stores, announces and shows, without a browser.
#include <catch2/catch.hpp>

#include "engine/knowledge.hpp"
#include "platform/platform_native.hpp"

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
