#include "engine/privacy_guard.hpp"

namespace fasthold {

namespace {

// Lower-cases ASCII and the Danish capitals Æ Ø Å (UTF-8), which is what the word list needs.
std::string lower(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= 'A' && c <= 'Z') out += char(c + 32);
    else if (c == 0xC3 && i + 1 < s.size() && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9E) {
      out += char(c);
      out += char((unsigned char)s[i + 1] + 0x20);  // À..Þ -> à..þ
      ++i;
    } else out += char(c);
  }
  return out;
}

bool is_letter_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

bool digits(const std::string& s, size_t at, size_t n) {
  if (at + n > s.size()) return false;
  for (size_t i = at; i < at + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int two(const std::string& s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

bool has_cpr(const std::string& s) {
  for (size_t i = 0; i + 10 <= s.size(); ++i) {
    if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') continue;
    if (!digits(s, i, 6)) continue;
    int day = two(s, i), month = two(s, i + 2);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    size_t rest = i + 6;
    if (rest < s.size() && (s[rest] == '-' || s[rest] == ' ')) ++rest;
    if (!digits(s, rest, 4)) continue;
    if (rest + 4 < s.size() && s[rest + 4] >= '0' && s[rest + 4] <= '9') continue;
    return true;
  }
  return false;
}

}  // namespace

PrivacyWarnings check_privacy(const KnowledgeBase& kb, const std::string& text) {
  PrivacyWarnings w;
  w.cpr_number = has_cpr(text);
  std::string t = lower(text);
  for (const auto& word : kb.diagnosis_words) {
    std::string needle = lower(word);
    for (size_t at = t.find(needle); at != std::string::npos; at = t.find(needle, at + 1)) {
      bool starts_word = at == 0 || !is_letter_byte(t[at - 1]);
      size_t end = at + needle.size();
      bool ends_word = end >= t.size() || !is_letter_byte(t[end]);
      // Short words only as whole words ("kol" is not in "kollega"); longer ones also as the
      // start of a word ("kræftsygdom") or a compound's end ("brystkræft").
      bool match = needle.size() <= 4 ? starts_word && ends_word : starts_word || ends_word;
      if (match) {
        w.diagnosis_words.push_back(word);
        break;
      }
    }
  }
  return w;
}

}  // namespace fasthold
