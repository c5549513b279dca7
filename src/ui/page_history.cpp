#include "ui/page_history.hpp"

#include <nlohmann/json.hpp>

namespace fasthold::ui {

std::string history_entry(const AppState& s) {
  nlohmann::json j = {{"fasthold", 1}, {"screen", int(s.screen)}};
  if (s.screen == Screen::interview && !s.item.empty()) j["item"] = s.item;
  return j.dump();
}

bool go_to_history_entry(const KnowledgeBase& kb, AppState& s, const std::string& entry) {
  nlohmann::json j = nlohmann::json::parse(entry, nullptr, false);
  if (!j.is_object() || j.value("fasthold", 0) != 1 || !j.contains("screen") || !j["screen"].is_number_integer()) return false;
  int n = j["screen"].get<int>();
  if (n < 0 || n >= int(Screen::count)) return false;
  Screen screen = Screen(n);
  if (screen_info(screen).needs_case && !current_case(s)) return false;
  std::string item = j.contains("item") && j["item"].is_string() ? j["item"].get<std::string>() : "";
  if (screen == Screen::interview) {
    bool known = item_node(kb, item) || (item.rfind("fact:", 0) == 0 && kb.fact(item.substr(5)));
    if (!known) return false;
    go_to(kb, s, Screen::interview);
    s.item = item;
    return true;
  }
  go_to(kb, s, screen);
  return true;
}

}  // namespace fasthold::ui
