#include "ui/app.hpp"

#include "ui/views.hpp"

namespace fasthold::ui {

App::App(const KnowledgeBase& kb) : kb_(kb), state_(start(kb)) {}

bool App::frame(const Theme& theme) {
  Action action = page_view(theme, chrome(kb_, state_), [&] {
    if (is_question(kb_, state_)) return question_view(theme, question_screen(kb_, state_));
    return info_view(theme, info_screen(kb_, state_));
  });
  if (action == Action::none) return false;
  state_ = act(kb_, std::move(state_), action);
  return true;
}

}  // namespace fasthold::ui
