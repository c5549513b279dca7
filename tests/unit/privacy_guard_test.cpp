#include "engine/privacy_guard.hpp"
#include "helpers.hpp"

using namespace fasthold;
using namespace fasthold::test;

TEST_CASE("the privacy guard warns of diagnosis words, gently", "[privacy]") {
  CHECK(check_privacy(kb(), "Kan ikke løfte over 10 kg").diagnosis_words.empty());
  CHECK(check_privacy(kb(), "Hun har kræft").diagnosis_words == std::vector<std::string>{"kræft"});
  CHECK(check_privacy(kb(), "KRÆFT i ryggen").diagnosis_words == std::vector<std::string>{"kræft"});
  CHECK(check_privacy(kb(), "brystkræft").diagnosis_words == std::vector<std::string>{"kræft"});
  CHECK(check_privacy(kb(), "har depression").any());
  CHECK(check_privacy(kb(), "sclerose").any());
  SECTION("short words only as whole words") {
    CHECK_FALSE(check_privacy(kb(), "god kollega").any());
    CHECK(check_privacy(kb(), "har KOL").any());
  }
}

TEST_CASE("the privacy guard spots a CPR number", "[privacy]") {
  CHECK(check_privacy(kb(), "CPR 010180-1234").cpr_number);
  CHECK(check_privacy(kb(), "0101801234").cpr_number);
  CHECK_FALSE(check_privacy(kb(), "telefon 79 75 54 00").cpr_number);
  CHECK_FALSE(check_privacy(kb(), "ordre 12345678901").cpr_number);
  CHECK_FALSE(check_privacy(kb(), "991380-1234").cpr_number);  // no 99th day
}
