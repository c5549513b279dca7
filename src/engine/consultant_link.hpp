// The jobcenter consultant's link: their jobcenter's contact details carried in the URL
// fragment only (#jc=...&tel=...), which browsers never send to a server. Parsed strictly:
// length limits, allowed characters, every ignored part reported, nothing ever executed.
#pragma once
#include <string>
#include <vector>

#include "engine/documents.hpp"

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
// The fragment for a contact (percent-encoded), without the '#'.
std::string build_consultant_fragment(const JobcenterContact& contact);

}  // namespace fasthold
