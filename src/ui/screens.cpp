#include "ui/screens.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "platform/platform.hpp"

namespace fasthold::ui {

namespace {

const FlowNode& node_of(const KnowledgeBase& kb, const FlowState& s) {
  const FlowNode* node = kb.flow_node(s.node);
  if (!node) node = kb.flow_node(first_screen);
  if (!node) throw std::runtime_error("flowchart has no node " + std::string(first_screen));
  return *node;
}


std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "da") return Lang::da;
  if (code == "en") return Lang::en;
  return std::nullopt;
}

// "lang=en" among '&'-separated fragment parts.
std::optional<Lang> fragment_lang(std::string_view fragment) {
  while (!fragment.empty()) {
    size_t amp = fragment.find('&');
    std::string_view part = fragment.substr(0, amp);
    if (part.substr(0, 5) == "lang=") return parse_lang(part.substr(5));
    if (amp == std::string_view::npos) break;
    fragment.remove_prefix(amp + 1);
  }
  return std::nullopt;
}

// Sentences joined for a screen reader: a full stop added where a part has none.
void add_sentence(std::string& out, const std::string& part) {
  if (part.empty()) return;
  if (!out.empty()) out += ' ';
  out += part;
  char last = part.back();
  if (last != '.' && last != '?' && last != '!' && last != ':') out += '.';
}

}  // namespace

std::string step_label(const KnowledgeBase& kb, const FlowNode& node, Lang lang) {
  // data/ui.json: "Trin %d af 7" (or "%s").
  std::string label = kb.text("step_of", lang);
  size_t at = label.find("%d");
  if (at == std::string::npos) at = label.find("%s");
  if (at != std::string::npos) label.replace(at, 2, std::to_string(node.step));
  return label;
}

std::string citation_line(const KnowledgeBase& kb, const Citation& cite, Lang lang) {
  const Source* src = kb.source(cite.source);
  std::string line = kb.text("source_label", lang) + ": " + (src ? src->title.in(lang) : cite.source);
  if (!cite.where.empty()) line += " \u2014 " + cite.where;
  return line;
}

FlowState start(const KnowledgeBase& kb) {
  FlowState s;
  s.node = first_screen;
  if (auto lang = fragment_lang(platform::url_fragment())) {
    s.lang = *lang;
  } else if (auto stored = platform::storage_get(language_key)) {
    s.lang = parse_lang(*stored).value_or(Lang::da);
  }
  platform::set_document_language(lang_code(s.lang));
  platform::announce(announcement(kb, s));
  return s;
}

FlowState act(const KnowledgeBase& kb, FlowState s, Action action) {
  const FlowNode& node = node_of(kb, s);
  auto go = [&](const std::string& to) {
    if (to.empty() || !kb.flow_node(to)) return;
    s.history.push_back(node.id);
    s.node = to;
    s.advice = false;
  };
  switch (action) {
    case Action::none:
      return s;
    case Action::yes:
      go(node.yes);
      break;
    case Action::no:
      go(node.no);
      break;
    case Action::next:
      go(node.next_node);
      break;
    case Action::not_yet:
      s.advice = true;
      platform::announce(node.next.in(s.lang));
      return s;
    case Action::back:
      if (!s.history.empty()) {
        s.node = s.history.back();
        s.history.pop_back();
        s.advice = false;
      }
      break;
    case Action::switch_language:
      s.lang = s.lang == Lang::da ? Lang::en : Lang::da;
      platform::storage_set(language_key, lang_code(s.lang));
      platform::set_document_language(lang_code(s.lang));
      break;
  }
  platform::announce(announcement(kb, s));
  return s;
}

PageChrome chrome(const KnowledgeBase& kb, const FlowState& s) {
  Lang other = s.lang == Lang::da ? Lang::en : Lang::da;
  return {kb.text("app_title", s.lang), kb.text("app_tagline", s.lang), kb.text("language_name", other),
          kb.text("privacy_note", s.lang)};
}

bool is_question(const KnowledgeBase& kb, const FlowState& s) { return node_of(kb, s).kind == "decision"; }

QuestionScreen question_screen(const KnowledgeBase& kb, const FlowState& s) {
  const FlowNode& node = node_of(kb, s);
  QuestionScreen q;
  q.step = step_label(kb, node, s.lang);
  q.title = node.title.in(s.lang);
  q.question = node.text.in(s.lang);
  q.yes = kb.text("answer_yes", s.lang);
  q.no = kb.text("answer_no", s.lang);
  q.not_yet = kb.text("answer_unknown", s.lang);
  if (s.advice) {
    q.advice_heading = kb.text("not_yet_heading", s.lang);
    q.advice = node.next.in(s.lang);
  }
  q.citation = citation_line(kb, node.cite, s.lang);
  if (!s.history.empty()) q.back = kb.text("back", s.lang);
  return q;
}

InfoScreen info_screen(const KnowledgeBase& kb, const FlowState& s) {
  const FlowNode& node = node_of(kb, s);
  InfoScreen i;
  i.step = step_label(kb, node, s.lang);
  i.title = node.title.in(s.lang);
  i.text = node.text.in(s.lang);
  if (!node.next_node.empty() && kb.flow_node(node.next_node)) i.next = kb.text("continue", s.lang);
  i.citation = citation_line(kb, node.cite, s.lang);
  if (!s.history.empty()) i.back = kb.text("back", s.lang);
  return i;
}

std::string announcement(const KnowledgeBase& kb, const FlowState& s) {
  const FlowNode& node = node_of(kb, s);
  std::string out;
  add_sentence(out, step_label(kb, node, s.lang));
  add_sentence(out, node.title.in(s.lang));
  add_sentence(out, node.text.in(s.lang));
  return out;
}

}  // namespace fasthold::ui
