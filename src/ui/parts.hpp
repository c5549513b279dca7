// Small pieces several views share (parts.cpp).
#pragma once
#include <string>

#include "ui/views.hpp"

namespace fasthold::ui {

// "← Tilbage" above the step label, as on GOV.UK; nothing when label is empty.
void back_link(const Theme& t, const std::string& label, Action& action);
// A pale blue box with a blue bar on its left: advice the user asked for.
void advice_panel(const Theme& t, const std::string& heading, const std::string& body);

}  // namespace fasthold::ui
