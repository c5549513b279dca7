// A gentle check of free text: a manager may write functional limitations and
// accommodations, not diagnoses or CPR numbers. It warns; it never blocks.
#pragma once
#include <string>
#include <vector>

#include "engine/knowledge.hpp"

namespace fasthold {

struct PrivacyWarnings {
  std::vector<std::string> diagnosis_words;  // the words from data/privacy.json found
  bool cpr_number = false;                   // ddmmyy-nnnn or ddmmyynnnn
  bool any() const { return cpr_number || !diagnosis_words.empty(); }
};

PrivacyWarnings check_privacy(const KnowledgeBase& kb, const std::string& text);

}  // namespace fasthold
