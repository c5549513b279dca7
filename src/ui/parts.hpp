// Small pieces several views share (parts.cpp).
#pragma once
#include <string>

#include "ui/views.hpp"

namespace fasthold::ui {

// A pale blue box with a blue bar on its left: advice the user asked for.
void advice_panel(const Theme& t, const std::string& heading, const std::string& body);

}  // namespace fasthold::ui
