// The jobcenter consultant's link: their jobcenter's contact details carried in the URL
// fragment only (#municipality=...&phone=...&email=...&web=...&consultant=...), which browsers
// never send to a server. Links sent before use jc=, tel=, mail=, web=, by=: still read.
// Parsed strictly: length limits, allowed characters, every ignored part reported, nothing
// ever executed. The same limits hold for a contact kept with a case (case_file.cpp) and one
// the manager types (forms.cpp).
#pragma once
#include <string>
#include <vector>

#include "engine/case_file.hpp"

namespace fasthold {

struct LinkNotice {
  std::string key;     // the fragment key, or "" for the fragment as a whole
  std::string reason;  // why it was ignored (an id: too_long, bad_characters, unknown_key, duplicate, bad_encoding)
};

struct ConsultantLink {
  JobcenterContact contact;
  std::vector<LinkNotice> ignored;
  bool present() const { return !contact.name.empty(); }
};

constexpr size_t kMaxFragmentLength = 1000;

// `fragment` is location.hash without its '#'.
ConsultantLink parse_consultant_fragment(const std::string& fragment);
// Why a contact's value (decoded text) would be refused: "" when it is fine, else too_long,
// bad_characters or bad_encoding. `field` is the member: name, phone, email, web, consultant.
std::string contact_value_problem(const std::string& field, const std::string& value);
size_t contact_value_max_length(const std::string& field);
// The fields ("phone", "email", "web") in which `c` gives other details than `known` (a
// municipality's own, data/contacts.json): a link that names a known municipality but points
// elsewhere is flagged. Compared as a person reads them: phone digits without +45, e-mail in
// any case, web without https:// or www. or a final '/'.
std::vector<std::string> differing_details(const JobcenterContact& c, const JobcenterContact& known);
// The fragment for a contact (percent-encoded), without the '#', with the new keys.
std::string build_consultant_fragment(const JobcenterContact& contact);

}  // namespace fasthold
