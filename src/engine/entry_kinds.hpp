// The kinds of record entry, listed once. The case file accepts only these; the record offers
// them in this order; each has its words in data/ui.json as "kind_<id>" (the loader refuses a
// knowledge base without them); docs/case-file.md and docs/case-file.schema.json list the same
// (tests/unit/record_test.cpp checks both).
#pragma once
#include <array>
#include <string_view>

namespace fasthold {

struct EntryKind {
  std::string_view id;
  bool tried;  // something tried to keep the employee: listed in the summary for the municipality
};

inline constexpr std::array<EntryKind, 8> kEntryKinds = {{
    {"agreement", true},
    {"follow_up", true},
    {"absence_interview", true},
    {"retention_plan", true},
    {"s56_agreement", true},
    {"partial_sick_leave", true},
    {"jobcenter_contact", true},
    {"note", false},
}};

inline const EntryKind* entry_kind(std::string_view id) {
  for (const auto& k : kEntryKinds)
    if (k.id == id) return &k;
  return nullptr;
}

}  // namespace fasthold
