// Closing and reopening a case, and what the overview of every case does: one calendar for
// all open cases, and the question to download a case closed long enough for the personnel
// file and delete it from the browser (engine/overview.hpp).
#pragma once
#include "ui/app_state.hpp"

namespace fasthold::ui {

// Closes the open case on the day and for the reason in s.forms.close; an error there otherwise.
void close_case(const KnowledgeBase& kb, AppState& s);
void reopen_case(const KnowledgeBase& kb, AppState& s);
// One .ics with the deadlines of every case open today.
void download_overview_calendar(const KnowledgeBase& kb, AppState& s);
// The retention question's three answers for the case at `index` in s.cases.
void retention_download(const KnowledgeBase& kb, AppState& s, int index);
void retention_delete(const KnowledgeBase& kb, AppState& s, int index);
void retention_put_off(const KnowledgeBase& kb, AppState& s, int index);

}  // namespace fasthold::ui
