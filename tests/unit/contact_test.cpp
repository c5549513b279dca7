// The municipality's contact (issue 17): the consultant's link with its new keys (and the old
// ones still read), the contact kept with the case (case file `contact`), "Hvem kan hjælpe"
// labelling each value, the manager typing it when there is no link, and the documents.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "engine/consultant_link.hpp"
#include "engine/documents.hpp"
#include "data_edits.hpp"
#include "helpers.hpp"
#include "platform/platform_native.hpp"
#include "ui/app_state.hpp"
#include "ui_harness.hpp"

using namespace fasthold;
using namespace fasthold::ui;
using namespace fasthold::test;
namespace native = fasthold::platform::native;
using R = fasthold::ui::sem::Role;

namespace {
std::vector<std::string> reasons(const std::string& f) {
  std::vector<std::string> out;
  for (const auto& n : parse_consultant_fragment(f).ignored) out.push_back(n.key + ":" + n.reason);
  return out;
}

bool tree_says(const Page& p, const std::string& part) {
  for (const auto& n : p.tree().nodes)
    if (n.name.find(part) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("contact: the link's keys are English words; the builder writes them", "[contact][link]") {
  JobcenterContact c{"Vejle Kommune", "76 81 00 00", "virk@vejle.dk", "www.vejle.dk", "Bo Ørsted"};
  std::string f = build_consultant_fragment(c);
  std::string keys = "&" + f;
  for (const char* key : {"&municipality=", "&phone=", "&email=", "&web=", "&consultant="}) CHECK(keys.find(key) != std::string::npos);
  for (const char* old : {"&jc=", "&tel=", "&mail=", "&by="}) CHECK(keys.find(old) == std::string::npos);
  CHECK(parse_consultant_fragment(f).contact == c);
}

TEST_CASE("contact: links already sent (jc=, tel=, mail=, by=) keep working", "[contact][link]") {
  ConsultantLink old = parse_consultant_fragment("jc=Jobcenter+Vejle&tel=76+81+00+00&mail=job@vejle.dk&web=www.vejle.dk&by=Bo");
  CHECK(old.ignored.empty());
  CHECK(old.contact == JobcenterContact{"Jobcenter Vejle", "76 81 00 00", "job@vejle.dk", "www.vejle.dk", "Bo"});
  ConsultantLink now = parse_consultant_fragment("municipality=Jobcenter+Vejle&phone=76+81+00+00&email=job@vejle.dk&web=www.vejle.dk&consultant=Bo");
  CHECK(now.ignored.empty());
  CHECK(now.contact == old.contact);
  // One field given under both its keys is given twice.
  CHECK(reasons("municipality=A&jc=B") == std::vector<std::string>{"jc:duplicate"});
  CHECK(reasons("municipality=A&phone=12;34") == std::vector<std::string>{"phone:bad_characters"});
  CHECK(reasons("phone=12345678") == std::vector<std::string>{"municipality:missing"});
}

TEST_CASE("contact: kept in the case file, read as strictly as a link", "[contact][case-file]") {
  nlohmann::json doc = nlohmann::json::parse(case_json({}));
  SECTION("absent in older files") { CHECK_FALSE(parse_case(doc.dump(), kb()).contact.has_value()); }
  SECTION("round trip") {
    doc["contact"] = {{"name", "Vejle Kommune"}, {"phone", "76 81 00 00"}, {"email", "virk@vejle.dk"}, {"consultant", "Bo Ørsted"}, {"from", "manager"}};
    Case c = parse_case(doc.dump(), kb());
    REQUIRE(c.contact.has_value());
    CHECK(c.contact->who == JobcenterContact{"Vejle Kommune", "76 81 00 00", "virk@vejle.dk", "", "Bo Ørsted"});
    CHECK(c.contact->from == "manager");
    CHECK(parse_case(write_case(c, kb()), kb()).contact == c.contact);
  }
  SECTION("hostile or broken values are refused, naming field and value") {
    auto refused = [&](nlohmann::json contact, const char* pointer, const char* words) {
      doc["contact"] = contact;
      try {
        parse_case(doc.dump(), kb());
        FAIL("accepted " << contact.dump());
      } catch (const InputError& e) {
        CHECK(e.pointer == pointer);
        CHECK_THAT(describe_input_error(kb(), e, Lang::da), Catch::Contains(pointer) && Catch::Contains(words));
      }
    };
    refused({{"name", "Vejle"}, {"phone", "12;drop"}, {"from", "manager"}}, "/contact/phone", "12;drop");
    refused({{"name", "<script>"}, {"from", "link"}}, "/contact/name", "<script>");
    refused({{"name", std::string(81, 'a')}, {"from", "link"}}, "/contact/name", "80");
    refused({{"name", "Vejle"}, {"web", "javascript:alert(1)"}, {"from", "link"}}, "/contact/web", "javascript");
    refused({{"name", "Vejle"}, {"email", "ikke-en-adresse"}, {"from", "link"}}, "/contact/email", "ikke-en-adresse");
    refused({{"name", "Vejle"}, {"from", "evil"}}, "/contact/from", "evil");
    refused({{"phone", "12345678"}, {"from", "manager"}}, "/contact/name", "");
    refused({{"name", "Vejle"}, {"from", "manager"}, {"diagnosis", "x"}}, "/contact/diagnosis", "");
    refused({{"name", ""}, {"from", "manager"}}, "/contact/name", "");
  }
}

TEST_CASE("contact: a case started from a link keeps it when the manager chooses; the plain address still shows it", "[contact][ui][app]") {
  native::reset();
  native::state().fragment = "municipality=Jobcenter+Vejle&phone=76+81+00+00&consultant=Bo+%C3%98rsted";
  AppState s = start_app(kb());
  new_case(kb(), s, "Not chosen");
  CHECK_FALSE(current_case(s)->contact.has_value());  // a link offers, the manager decides
  CHECK_FALSE(jobcenter(s).has_value());
  new_case(kb(), s, "AB", true);
  REQUIRE(current_case(s)->contact.has_value());
  CHECK(current_case(s)->contact->from == "link");
  CHECK(current_case(s)->contact->who.consultant == "Bo Ørsted");
  native::state().fragment.clear();  // a later visit with the plain address
  AppState later = start_app(kb());
  open_case(kb(), later, 1);
  CHECK_FALSE(later.link.present());
  REQUIRE(jobcenter(later).has_value());
  CHECK(jobcenter(later)->name == "Jobcenter Vejle");
  // The documents name it.
  Assessment a = assess(kb(), *current_case(later), later.today);
  Document d = render_document(kb(), *current_case(later), a, "jobcenter_summary", DocumentOptions{});
  CHECK_THAT(d.text, Catch::Contains("Jobcenter Vejle") && Catch::Contains("76 81 00 00"));
}

TEST_CASE("contact: a case that has a contact keeps it when opened from another link", "[contact][ui][app]") {
  native::reset();
  native::state().fragment = "municipality=Jobcenter+Vejle";
  AppState s = start_app(kb());
  new_case(kb(), s, "AB", true);
  native::state().fragment = "municipality=Jobcenter+Horsens";
  AppState other = start_app(kb());
  open_case(kb(), other, 0);
  CHECK(jobcenter(other)->name == "Jobcenter Vejle");
  use_link_contact(kb(), other);
  CHECK(jobcenter(other)->name == "Jobcenter Horsens");
}

TEST_CASE("contact: the first screen says whose link it is", "[contact][ui][screens]") {
  native::reset();
  native::state().fragment = "municipality=Jobcenter+Vejle";
  Page p(1366, 768, true);
  CHECK(p.has(R::paragraph, fill(p.text("start_link_from"), {"Jobcenter Vejle"})));
  Page plain;  // no link: no such line
  CHECK_FALSE(tree_says(plain, "Jobcenter Vejle"));
}

TEST_CASE("contact: Hvem kan hjælpe labels each value", "[contact][ui][screens]") {
  native::reset();
  native::state().fragment = "municipality=Jobcenter+Vejle&phone=76+81+00+00&email=virk@vejle.dk&web=www.vejle.dk&consultant=Bo";
  Page p(1366, 768, true);
  new_case(kb(), p.state(), "AB", true);
  go_to(kb(), p.state(), Screen::who_to_call);
  p.frames();
  CHECK(p.has(R::paragraph, "Jobcenter Vejle"));
  CHECK(p.has(R::paragraph, fill(p.text("who_label_consultant"), {"Bo"})));
  CHECK(p.has(R::paragraph, fill(p.text("who_label_phone"), {"76 81 00 00"})));
  CHECK(p.has(R::paragraph, fill(p.text("who_label_email"), {"virk@vejle.dk"})));
  CHECK(p.has(R::paragraph, fill(p.text("who_label_web"), {"www.vejle.dk"})));
  CHECK(p.text("who_label_phone").rfind("Telefon: ", 0) == 0);
}

TEST_CASE("contact: without a link the manager types the municipality's contact once; Hedensted's only as Hedensted's", "[contact][ui][screens]") {
  Page p;
  new_case(kb(), p.state(), "AB");
  go_to(kb(), p.state(), Screen::who_to_call);
  p.frames();
  // No number to call that is not this employee's municipality.
  CHECK_FALSE(tree_says(p, "79 75 54 00"));
  CHECK_FALSE(tree_says(p, "hedensted.dk"));
  REQUIRE(p.node("contact_municipality") != nullptr);
  CHECK(p.node("contact_municipality")->name == p.text("who_ask_municipality"));
  SECTION("a bad phone number is refused, naming field and value") {
    p.type("contact_municipality", "Vejle Kommune");
    p.type("contact_phone", "76 81;00");
    p.activate("contact_save");
    CHECK_FALSE(current_case(p.state())->contact.has_value());
    CHECK(tree_says(p, "Telefon: \u201E76 81;00\u201C"));
  }
  SECTION("no municipality: asked for") {
    p.type("contact_phone", "76 81 00 00");
    p.activate("contact_save");
    CHECK_FALSE(current_case(p.state())->contact.has_value());
    CHECK(tree_says(p, p.text("who_contact_need_name")));
  }
  SECTION("typed and kept with the case") {
    p.type("contact_municipality", "Vejle Kommune");
    p.type("contact_person", "Bo");
    p.type("contact_phone", "76 81 00 00");
    p.type("contact_email", "virk@vejle.dk");
    p.activate("contact_save");
    REQUIRE(current_case(p.state())->contact.has_value());
    CHECK(current_case(p.state())->contact->from == "manager");
    CHECK(p.has(R::paragraph, fill(p.text("who_label_phone"), {"76 81 00 00"})));
    CHECK(p.has(R::paragraph, p.text("who_from_manager")));
    CHECK_FALSE(tree_says(p, "79 75 54 00"));
    AppState again = start_app(kb());
    CHECK(jobcenter(again)->name == "Vejle Kommune");
  }
  SECTION("Hedensted: its jobcentre's details, labelled as Hedensted's") {
    p.type("contact_municipality", "Hedensted");
    CHECK(p.has(R::paragraph, p.text("who_hedensted")));
    CHECK(p.has(R::paragraph, fill(p.text("who_label_phone"), {"79 75 54 00"})));
    p.activate("use_hedensted");
    p.activate("contact_save");
    REQUIRE(current_case(p.state())->contact.has_value());
    CHECK(current_case(p.state())->contact->who.email == "jobcenter@hedensted.dk");
  }
}

TEST_CASE("contact: Hedensted's details are a dated row in data/contacts.json with their source", "[contact][data]") {
  const Contact* h = kb().contact_for("Hedensted Kommune");
  REQUIRE(h != nullptr);
  CHECK(h->name == "Jobcenter Hedensted");
  CHECK(h->phone == "79 75 54 00");
  CHECK(h->email == "jobcenter@hedensted.dk");
  CHECK(h->web == "www.hedensted.dk/jobcenter");
  CHECK(h->cite.source == "hedensted");
  CHECK(h->valid.last_checked.has_value());
  CHECK(kb().contact_for("Aarhus") == nullptr);
  CHECK(kb().contact_for("") == nullptr);
  // The loader names the field and the value it refuses.
  std::string upper = load_problem("contacts", [](nlohmann::json& d) { d["contacts"][0]["match"] = "Hedensted"; });
  CHECK_THAT(upper, Catch::Contains("contacts.json#/contacts/0/match") && Catch::Contains("lower case"));
  std::string source = load_problem("contacts", [](nlohmann::json& d) { d["contacts"][0]["cite"]["source"] = "nowhere"; });
  CHECK_THAT(source, Catch::Contains("contacts.json#/hedensted/cite/source") && Catch::Contains("not a source"));
  // A changed row is what the page shows: the data, not the C++, holds the number.
  auto files = edited("contacts", [](nlohmann::json& d) { d["contacts"][0]["phone"] = "11 22 33 44"; });
  CHECK(load_knowledge_base(files).contact_for("hedensted")->phone == "11 22 33 44");
}

TEST_CASE("contact: the link's contact stays unkept at start and when a case is opened, and is offered in full", "[contact][ui][app]") {
  native::reset();
  AppState first = start_app(kb());
  new_case(kb(), first, "AB");
  std::string before = native::state().storage[cases_key];
  native::state().fragment = "municipality=Jobcenter+Aarhus&phone=11+22+33+44&email=someone@elsewhere.example";
  Page p(1366, 768, true);
  CHECK(native::state().storage[cases_key].find("elsewhere") == std::string::npos);
  // The first screen shows it in full.
  CHECK(p.has(R::paragraph, fill(p.text("who_label_phone"), {"11 22 33 44"})));
  CHECK(p.has(R::paragraph, fill(p.text("who_label_email"), {"someone@elsewhere.example"})));
  open_case(kb(), p.state(), 0);
  CHECK_FALSE(current_case(p.state())->contact.has_value());
  go_to(kb(), p.state(), Screen::who_to_call);
  p.frames();
  CHECK(p.has(R::paragraph, p.text("who_link_not_kept")));
  p.activate("use_link_contact");
  REQUIRE(current_case(p.state())->contact.has_value());
  CHECK(current_case(p.state())->contact->who.email == "someone@elsewhere.example");
  (void)before;
}

TEST_CASE("contact: a link naming a municipality the knowledge base knows, with other details, is flagged", "[contact][ui][screens]") {
  native::reset();
  native::state().fragment = "municipality=Jobcenter+Hedensted&phone=11+22+33+44";
  Page p(1366, 768, true);
  CHECK(tree_says(p, fill(p.text("contact_differs"), {"Jobcenter Hedensted"})));
  CHECK(p.has(R::paragraph, fill(p.text("who_label_phone"), {"79 75 54 00"})));
  native::state().fragment = "municipality=Jobcenter+Hedensted&phone=%2B45+79+75+54+00&email=JOBCENTER@hedensted.dk";
  Page same(1366, 768, true);
  CHECK_FALSE(tree_says(same, fill(same.text("contact_differs"), {"Jobcenter Hedensted"})));
  native::state().fragment = "municipality=Jobcenter+Vejle&phone=11+22+33+44";
  Page unknown(1366, 768, true);
  CHECK_FALSE(tree_says(unknown, fill(unknown.text("contact_differs"), {"Jobcenter Vejle"})));
}
