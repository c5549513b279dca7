#include "ui/screens.hpp"

#include <iterator>

#include "ui/app_views.hpp"

namespace fasthold::ui {

namespace {
constexpr ScreenInfo table[] = {
    {Screen::start, "start_title", "nav_cases", false, false, start_view},
    {Screen::prepare, "prepare_title", "nav_prepare", true, false, prepare_view},
    {Screen::interview, "", "nav_interview", true, false, interview_view},
    {Screen::check_answers, "check_title", "nav_check", true, false, check_answers_view},
    {Screen::results, "results_title", "nav_results", true, true, results_view},
    {Screen::record, "record_title", "nav_record", true, false, record_view},
    {Screen::documents, "documents_title", "nav_documents", true, false, documents_view},
    {Screen::who_to_call, "who_title", "nav_who", true, false, who_view},
    {Screen::settings, "settings_title", "nav_settings", false, false, settings_view},
    {Screen::link_builder, "link_title", "", false, false, link_view},
};
static_assert(std::size(table) == size_t(Screen::count), "every Screen needs its row in the screen table");

constexpr bool in_enum_order() {
  for (size_t i = 0; i < std::size(table); ++i)
    if (table[i].screen != Screen(i)) return false;
  return true;
}
static_assert(in_enum_order(), "the screen table's rows follow the Screen enum");
}  // namespace

std::span<const ScreenInfo> screens() { return table; }
const ScreenInfo& screen_info(Screen s) { return table[size_t(s)]; }

}  // namespace fasthold::ui
