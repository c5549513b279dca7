#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/documents.hpp"
#include "engine/template.hpp"
#include "helpers.hpp"

#ifdef FASTHOLD_HAVE_LIBICAL
#include <libical/ical.h>
#endif

using namespace fasthold;
using namespace fasthold::test;
using nlohmann::json;

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
std::string src(const std::string& rel) { return std::string(FASTHOLD_SOURCE_DIR) + "/" + rel; }

Case example(const char* name) { return parse_case(slurp(src(std::string("examples/") + name)), kb()); }

std::string render(const Case& c, const char* kind, Lang lang = Lang::da, const char* on = "2026-11-23") {
  Assessment a = assess(kb(), c, day(on));
  DocumentOptions o;
  o.lang = lang;
  return render_document(kb(), c, a, kind, o).text;
}
}  // namespace

TEST_CASE("the template language fills values, repeats lists and shows gaps", "[documents][template]") {
  auto gap = [](const std::string& n) { return "[" + n + " mangler]"; };
  CHECK(render_template("Hej {name}!", {{"name", "AB"}}, gap) == "Hej AB!");
  CHECK(render_template("Hej {name}!", json::object(), gap) == "Hej [name mangler]!");
  CHECK(render_template("{#xs}<{v}>{/xs}", {{"xs", {{{"v", 1}}, {{"v", 2}}}}}, gap) == "<1><2>");
  CHECK(render_template("{^xs}none{/xs}", {{"xs", json::array()}}, gap) == "none");
  CHECK(render_template("{#xs}{outer}{/xs}", {{"outer", "o"}, {"xs", {json::object()}}}, gap) == "o");
  CHECK_THROWS_AS(render_template("{#xs}open", json::object(), gap), std::invalid_argument);
}

TEST_CASE("every document and every placeholder renders from the examples", "[documents]") {
  std::vector<Case> cases;
  for (const auto& entry : std::filesystem::directory_iterator(src("examples"))) cases.push_back(parse_case(slurp(entry.path().string()), kb()));
  for (const auto& t : kb().documents) {
    for (Lang lang : {Lang::da, Lang::en}) {
      INFO(t.id << " " << lang_code(lang));
      // Some example fills every placeholder: no gap marker anywhere.
      bool complete = false;
      for (const auto& c : cases) {
        std::string text = render(c, t.id.c_str(), lang);
        CHECK(text.find("{{") == std::string::npos);
        // Printable documents keep their footer; the e-mail to the employee ends with its text.
        bool footer = text.find(lang == Lang::da ? "Lavet med Fasthold" : "Made with Fasthold") != std::string::npos;
        CHECK(footer == t.footer);
        // Plain text, as pasted or saved: no Markdown marks at the start of a line.
        CHECK(text.rfind("# ", 0) == std::string::npos);
        CHECK(text.find("\n#") == std::string::npos);
        CHECK(text.find("\n- ") == std::string::npos);
        if (text.find(lang == Lang::da ? " mangler]" : " missing]") == std::string::npos) complete = true;
      }
      CHECK(complete);
    }
  }
}

TEST_CASE("the documents for example 01 match their golden files", "[documents][golden]") {
  Case c = example("01-adaptation-year.json");
  CHECK(render(c, "agreement", Lang::da) == slurp(src("tests/golden/agreement-01.da.txt")));
  CHECK(render(c, "agreement", Lang::en) == slurp(src("tests/golden/agreement-01.en.txt")));
  CHECK(render(c, "flexjob_pack", Lang::da) == slurp(src("tests/golden/flexjob_pack-01.da.txt")));
  CHECK(render(c, "flexjob_pack", Lang::en) == slurp(src("tests/golden/flexjob_pack-01.en.txt")));
  Assessment a = assess(kb(), c, day("2026-11-23"));
  CHECK(calendar_ics(kb(), c, a, Lang::da) == slurp(src("tests/golden/calendar-01.da.ics")));
}

TEST_CASE("a missing field shows as a visible gap, never a blank", "[documents]") {
  json log = json::array({{{"id", "a1"}, {"date", "2026-03-01"}, {"kind", "agreement"}, {"adapted_text", "Færre aftenvagter"}}});
  Case c = parse_case(case_json(json::object(), log), kb());
  std::string text = render(c, "agreement");
  CHECK_THAT(text, Catch::Contains("[opfølgningsdato mangler]"));
  CHECK_THAT(text, Catch::Contains("[forventet effekt mangler]"));
  CHECK_THAT(text, Catch::Contains("Færre aftenvagter"));
  CHECK_THAT(render(c, "agreement", Lang::en), Catch::Contains("[follow-up date missing]"));
}

TEST_CASE("the flexjob pack flags every gap plainly", "[documents]") {
  std::string text = render(example("08-success-gaps.json"), "flexjob_pack");
  CHECK_THAT(text, Catch::Contains("De 12 måneder er ikke nået endnu"));
  CHECK_THAT(text, Catch::Contains("Aftalen af 01-09-2026 mangler: hvilken effekt I forventer"));
  CHECK_THAT(text, Catch::Contains("Opfølgningen på aftalen af 01-09-2026 var planlagt til 15-10-2026"));
}

TEST_CASE("user text typed as markup comes out escaped in the HTML", "[documents][privacy]") {
  json log = json::array({{{"id", "a1"}, {"date", "2026-03-01"}, {"kind", "agreement"}, {"adapted_text", "<script>alert('x')</script> & <b>"}}});
  Case c = parse_case(case_json(json::object(), log), kb());
  c.nickname = "<img src=x onerror=alert(1)>";
  Assessment a = assess(kb(), c, day("2026-11-23"));
  std::string html = document_html(render_document(kb(), c, a, "agreement", {}), Lang::da);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;"));
  CHECK_THAT(html, Catch::Contains("default-src 'none'"));
}

TEST_CASE("an entry of the wrong kind is refused, naming --entry", "[documents][input]") {
  Case c = example("01-adaptation-year.json");
  Assessment a = assess(kb(), c, day("2026-11-23"));
  DocumentOptions o;
  o.entry = 1;  // a follow-up
  try {
    render_document(kb(), c, a, "agreement", o);
    FAIL("expected an error");
  } catch (const InputError& e) {
    CHECK(e.pointer == "--entry");
  }
}

TEST_CASE("a consultant's jobcenter appears in the jobcenter documents", "[documents]") {
  Case c = example("01-adaptation-year.json");
  Assessment a = assess(kb(), c, day("2026-11-23"));
  DocumentOptions o;
  o.jobcenter = JobcenterContact{"Jobcenter Eksempelby", "12 34 56 78", "job@eksempelby.dk", "", "Anna"};
  std::string text = render_document(kb(), c, a, "jobcenter_summary", o).text;
  CHECK_THAT(text, Catch::Contains("Til: Jobcenter Eksempelby (12 34 56 78, job@eksempelby.dk, Anna)"));
}

TEST_CASE("without a consultant's link the summary is addressed by the law of its date: the jobcenter until 31 January 2026, the municipality from 1 February 2026", "[documents][dated]") {
  Case c = example("01-adaptation-year.json");
  CHECK_THAT(render(c, "jobcenter_summary", Lang::da, "2026-01-31"), Catch::Contains("Til: Jobcentret i medarbejderens bopælskommune"));
  CHECK_THAT(render(c, "jobcenter_summary", Lang::da, "2026-02-01"),
             Catch::Contains("Til: Medarbejderens bopælskommune (dens indgang for virksomheder, ofte\nstadig kaldet jobcentret)") ||
                 Catch::Contains("Til: Medarbejderens bopælskommune (dens indgang for virksomheder, ofte stadig kaldet jobcentret)"));
  CHECK_THAT(render(c, "jobcenter_summary", Lang::en, "2026-02-01"), Catch::Contains("the employee's home municipality") || Catch::Contains("The employee's home municipality"));
}

TEST_CASE("the calendar holds the deadlines and follow-ups, and nothing about health", "[documents][ics]") {
  Case c = example("01-adaptation-year.json");
  Assessment a = assess(kb(), c, day("2026-11-23"));
  std::string ics = calendar_ics(kb(), c, a, Lang::da);
  CHECK(ics.find("BEGIN:VCALENDAR\r\n") == 0);
  CHECK(ics.find("20450314") == std::string::npos);  // no pension date: it reveals the birth date
  for (const auto& word : kb().diagnosis_words) CHECK(ics.find(word) == std::string::npos);
  // Every line is at most 75 octets.
  size_t pos = 0;
  while (pos < ics.size()) {
    size_t end = ics.find("\r\n", pos);
    CHECK(end - pos <= 75);
    pos = end + 2;
  }
#ifdef FASTHOLD_HAVE_LIBICAL
  icalcomponent* cal = icalparser_parse_string(ics.c_str());
  REQUIRE(cal != nullptr);
  std::vector<std::string> starts, summaries;
  for (icalcomponent* ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
       ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    starts.push_back(icaltime_as_ical_string(icalcomponent_get_dtstart(ev)));
    summaries.push_back(icalcomponent_get_summary(ev));
  }
  icalcomponent_free(cal);
  CHECK(std::find(starts.begin(), starts.end(), "20261102") != starts.end());  // absence interview deadline
  CHECK(std::find(starts.begin(), starts.end(), "20261201") != starts.end());  // next follow-up
  CHECK(std::find(starts.begin(), starts.end(), "20261006") != starts.end());  // 12 months reached
  for (const auto& s : summaries) CHECK_THAT(s, Catch::StartsWith("Fasthold – Lager-AB: "));
#endif
}

TEST_CASE("a deadline says in words whether it has passed, is today or is soon", "[documents][dates]") {
  Date on = *parse_iso_date("2026-11-23");
  auto near = [&](const char* d) { return deadline_nearness(kb(), *parse_iso_date(d), on, Lang::da); };
  CHECK(near("2026-11-22") == "datoen er passeret");
  CHECK(near("2026-11-23") == "i dag");
  CHECK(near("2026-11-24") == "i morgen");
  CHECK(near("2026-11-30") == "om 7 dage");
  CHECK(near("2026-12-07") == "om 14 dage");
  CHECK(near("2026-12-08").empty());
  CHECK(deadline_nearness(kb(), on, on, Lang::en) == "today");
}

TEST_CASE("the e-mail to the employee has no product footer; the agreement for the file keeps it", "[documents]") {
  REQUIRE(kb().document("agreement_email") != nullptr);
  CHECK_FALSE(kb().document("agreement_email")->footer);
  CHECK(kb().document("agreement")->footer);
  Case c = example("01-adaptation-year.json");
  std::string mail = render(c, "agreement_email");
  CHECK(mail.find("Lavet med Fasthold") == std::string::npos);
  CHECK(mail.find("\n--\n") == std::string::npos);
  CHECK(mail.find("\u2022 ") != std::string::npos);  // its list, as plain text
  std::string agreement = render(c, "agreement");
  CHECK(agreement.find("Lavet med Fasthold") != std::string::npos);
  CHECK(agreement.rfind("Aftale om tilpasning af jobbet\n", 0) == 0);  // the title without "# "
}

TEST_CASE("a marked text becomes plain text: headings without #, items with a bullet", "[documents]") {
  CHECK(plain_text("# Titel\n\n## Del\n- et punkt\nTekst\n--\nFod\n") == "Titel\n\nDel\n\u2022 et punkt\nTekst\n--\nFod\n");
  CHECK(plain_text("#ikke en overskrift") == "#ikke en overskrift");
}

TEST_CASE("user text is text inside its paragraph, whatever it starts with", "[documents][structure]") {
  const std::string typed = "Første linje\n# Ikke en overskrift\n- ikke et punkt\n--\nikke sidefoden\n\\skråstreg";
  json log = json::array({{{"id", "a1"}, {"date", "2026-03-01"}, {"kind", "agreement"}, {"adapted_text", typed}}});
  Case c = parse_case(case_json(json::object(), log), kb());
  c.nickname = "# Anna";
  Assessment a = assess(kb(), c, day("2026-11-23"));
  Document doc = render_document(kb(), c, a, "agreement", {});
  Case bare = c;
  bare.nickname = "Anna";
  bare.log[0].adapted_text = "Første linje";
  Document plain_doc = render_document(kb(), bare, assess(kb(), bare, day("2026-11-23")), "agreement", {});
  // As many headings, items and rules as the template alone makes.
  auto count = [](const std::string& marked, MarkedLine::Kind kind) {
    int n = 0;
    size_t pos = 0;
    while (pos < marked.size()) {
      size_t nl = marked.find('\n', pos);
      if (marked_line(marked.substr(pos, nl - pos)).kind == kind) ++n;
      pos = nl == std::string::npos ? marked.size() : nl + 1;
    }
    return n;
  };
  for (auto kind : {MarkedLine::Kind::title, MarkedLine::Kind::heading, MarkedLine::Kind::item, MarkedLine::Kind::rule})
    CHECK(count(doc.marked, kind) == count(plain_doc.marked, kind));
  // The .txt and the clipboard hold the lines as typed.
  for (const char* line : {"# Ikke en overskrift", "- ikke et punkt", "--\nikke sidefoden", "\\skråstreg"})
    CHECK_THAT(doc.text, Catch::Contains(line));
  std::string html = document_html(doc, Lang::da);
  CHECK_THAT(html, Catch::Contains("<p># Ikke en overskrift</p>"));
  CHECK_THAT(html, Catch::Contains("<p>- ikke et punkt</p>"));
  CHECK_THAT(html, Catch::Contains("<p>--</p>\n<p>ikke sidefoden</p>"));
  auto hrs = [](const std::string& h) {
    int n = 0;
    for (size_t p = h.find("<hr>"); p != std::string::npos; p = h.find("<hr>", p + 1)) ++n;
    return n;
  };
  CHECK(hrs(html) == hrs(document_html(plain_doc, Lang::da)));
  // A lone CR in free text is a line break, escaped the same way.
  c.log[0].adapted_text = "a\r# b";
  doc = render_document(kb(), c, a, "agreement", {});
  CHECK(count(doc.marked, MarkedLine::Kind::title) == count(plain_doc.marked, MarkedLine::Kind::title));
}

TEST_CASE("calendar lines are folded by octets, 4-byte characters included", "[documents][ics]") {
  Case c = example("01-adaptation-year.json");
  std::string name;
  for (int i = 0; i < 3; ++i) name += "ab";
  for (int i = 0; i < 40; ++i) name += "\xF0\x9D\x84\x9E";  // U+1D11E, four octets
  c.nickname = name;
  Assessment a = assess(kb(), c, day("2026-11-23"));
  std::string ics = calendar_ics(kb(), c, a, Lang::da);
  size_t pos = 0, longest = 0;
  while (pos < ics.size()) {
    size_t end = ics.find("\r\n", pos);
    longest = std::max(longest, end - pos);
    CHECK(end - pos <= 75);
    pos = end + 2;
  }
  CHECK(longest >= 70);
}
