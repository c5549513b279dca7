// The page's store (every case in one localStorage value) and the key that keeps what could
// not be read: no UI, so the native tests read the same hostile stores the page does.
// The rule: nothing the store held is dropped unless it was read. Each case is read on its
// own; one bad case, or one bad field beside the cases, sets aside only itself; a store
// written by a newer version is kept untouched (read_store says so and the page saves nothing).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/case_file.hpp"
#include "engine/knowledge.hpp"

namespace fasthold {

// The store's own format version ("version" beside "cases"). A copy of Fasthold that meets a
// higher one, or a case file of a higher version inside, opens the store read-only.
inline constexpr int kStoreFormatVersion = 1;

// One thing the store held that this copy could not read: where it was, why (English, the
// reader's own message) and its text exactly as stored.
struct AsideItem {
  std::string where;  // a JSON pointer into the store ("/cases/2", "/current"), "" for the whole value
  std::string why;
  std::string text;
  bool operator==(const AsideItem&) const = default;
};

struct StoreRead {
  std::vector<Case> cases;  // every case that was read, in the stored order
  int current = -1;         // the open case's index in `cases`, -1: none
  int newer_version = 0;    // > 0: written by a newer Fasthold (that store or case format version)
  std::vector<AsideItem> aside;  // to be kept under the unreadable key before anything is saved
};

StoreRead read_store(const std::string& raw, const KnowledgeBase& kb);
std::string write_store(const std::vector<Case>& cases, int current, const KnowledgeBase& kb);

// The unreadable key's value: {"format":"fasthold-unreadable","version":1,"items":[…],
// "downloaded":N}. Appending never drops what the key held: a value of an older shape (a raw
// store, a list of cases) becomes the first item, as it was; an item already there is not added twice.
std::string append_aside(const std::optional<std::string>& existing, const std::vector<AsideItem>& items);
struct AsideState {
  size_t items = 0;       // things kept aside
  size_t downloaded = 0;  // of those, how many were in the last download
};
AsideState aside_state(const std::string& value);
// The value after a download of it: every item counted as downloaded (nothing removed).
std::string aside_downloaded(const std::string& value);

}  // namespace fasthold
