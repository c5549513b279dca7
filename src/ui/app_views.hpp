// The screens of the page. Each draws what the state holds and calls app_state.hpp's
// functions for what the user does; none holds state of its own beyond text being typed.
#pragma once
#include "engine/knowledge.hpp"
#include "ui/app_state.hpp"
#include "ui/theme.hpp"

namespace fasthold::ui {

void nav_view(const Theme& t, const KnowledgeBase& kb, AppState& s, bool wide);
void notices_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
// The reminder to download the case file, when it is due (backup_view.cpp).
void backup_reminder_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
void start_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
// "Dine sager" on the start page (overview_view.cpp); true when a case was opened or deleted.
bool cases_overview(const Theme& t, const KnowledgeBase& kb, AppState& s);
// "Luk sagen" with its day and reason, or the closing and "Åbn sagen igen" (settings).
void closing_section(const Theme& t, const KnowledgeBase& kb, AppState& s);
void prepare_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
void interview_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
void check_answers_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
void results_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
void schemes_panel(const Theme& t, const KnowledgeBase& kb, AppState& s);
void deadlines_panel(const Theme& t, const KnowledgeBase& kb, AppState& s);
void who_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
void record_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
void documents_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
void link_view(const Theme& t, const KnowledgeBase& kb, AppState& s);
void settings_view(const Theme& t, const KnowledgeBase& kb, AppState& s);

}  // namespace fasthold::ui
