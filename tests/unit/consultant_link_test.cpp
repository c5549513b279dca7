#include "engine/consultant_link.hpp"
#include "helpers.hpp"

using namespace fasthold;

TEST_CASE("a consultant's link carries the jobcenter's contact in the fragment", "[link]") {
  JobcenterContact c{"Jobcenter Århus Syd", "+45 12 34 56 78", "virk@aarhus.dk", "https://www.aarhus.dk/job", "Søren Ø. Ågård"};
  std::string fragment = build_consultant_fragment(c);
  CHECK(fragment.find(' ') == std::string::npos);
  CHECK(fragment.find("\xC3") == std::string::npos);  // æøå are percent-encoded
  ConsultantLink link = parse_consultant_fragment(fragment);
  CHECK(link.ignored.empty());
  CHECK(link.contact.name == c.name);
  CHECK(link.contact.phone == c.phone);
  CHECK(link.contact.email == c.email);
  CHECK(link.contact.web == c.web);
  CHECK(link.contact.consultant == c.consultant);
}

TEST_CASE("the fragment is parsed strictly and every ignored part is reported", "[link][input]") {
  auto reasons = [](const std::string& f) {
    std::vector<std::string> out;
    for (const auto& n : parse_consultant_fragment(f).ignored) out.push_back(n.key + ":" + n.reason);
    return out;
  };
  CHECK(parse_consultant_fragment("").ignored.empty());
  CHECK(reasons("jc=Jobcenter%20X&evil=1") == std::vector<std::string>{"evil:unknown_key"});
  CHECK(reasons("jc=Jobcenter%20X&jc=Other") == std::vector<std::string>{"jc:duplicate"});
  CHECK(reasons("jc=%3Cscript%3E") == std::vector<std::string>{"jc:bad_characters"});
  CHECK(reasons("jc=X&web=javascript:alert(1)") == std::vector<std::string>{"web:bad_characters"});
  CHECK(reasons("jc=X&web=data:text/html,hi") == std::vector<std::string>{"web:bad_characters"});
  CHECK(reasons("jc=X&mail=not-an-address") == std::vector<std::string>{"mail:bad_characters"});
  CHECK(reasons("jc=X&tel=12%2034;drop") == std::vector<std::string>{"tel:bad_characters"});
  CHECK(reasons("jc=%E6") == std::vector<std::string>{"jc:bad_encoding"});  // a lone Latin-1 byte is not UTF-8
  CHECK(reasons("jc=%ZZ") == std::vector<std::string>{"jc:bad_encoding"});
  CHECK(reasons("jc=" + std::string(81, 'a')) == std::vector<std::string>{"jc:too_long"});
  CHECK(reasons(std::string(kMaxFragmentLength + 1, 'a')) == std::vector<std::string>{":too_long"});
  CHECK(reasons("tel=12345678") == std::vector<std::string>{"municipality:missing"});
  CHECK_FALSE(parse_consultant_fragment("tel=12345678").present());
}

TEST_CASE("the source's example jobcenter parses from a link", "[link]") {
  ConsultantLink link = parse_consultant_fragment("jc=Jobcenter+Hedensted&tel=79+75+54+00&mail=jobcenter@hedensted.dk&web=www.hedensted.dk/jobcenter");
  CHECK(link.ignored.empty());
  CHECK(link.contact.name == "Jobcenter Hedensted");
  CHECK(link.contact.phone == "79 75 54 00");
  CHECK(link.contact.web == "www.hedensted.dk/jobcenter");
}

TEST_CASE("a phone number typed with +45 keeps its plus; +++ and a@.x are refused", "[link][input]") {
  CHECK(parse_consultant_fragment("municipality=X&phone=+45%2076%2081%2000%2000").contact.phone == "+45 76 81 00 00");
  CHECK(parse_consultant_fragment("municipality=X&phone=%2B4576810000").contact.phone == "+4576810000");
  CHECK(parse_consultant_fragment("municipality=X&phone=76+81+00+00").contact.phone == "76 81 00 00");  // '+' between: spaces
  for (const char* bad : {"+++", "%2B%2B%2B", "1234", "76+81+00+00+00+00+00+00", "12%2B34567890"}) {
    INFO(bad);
    CHECK(parse_consultant_fragment(std::string("municipality=X&phone=") + bad).contact.phone.empty());
  }
  for (const char* bad : {"a@.x", "a@x.", "a@x", ".a@x.dk", "a.@x.dk", "a..b@x.dk", "a@x..dk", "a@-x.dk", "a@x-.dk", "@x.dk"}) {
    INFO(bad);
    CHECK(contact_value_problem("email", bad) == "bad_characters");
  }
  CHECK(contact_value_problem("email", "job.center@vejle-kommune.dk").empty());
}
