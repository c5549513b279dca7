// The reminder to download the case file: the documentation trail lives only in this browser.
// Shown after a new agreement or follow-up is saved, and otherwise at most every
// `backup_reminder_days` (data/thresholds.json) since the last download or the last "Senere".
#pragma once
#include "engine/case_file.hpp"

namespace fasthold {

// `entry_saved`: a new agreement or follow-up was saved since the last download or "Senere".
// `every_days`: the threshold backup_reminder_days.
bool backup_reminder_due(const Case& c, Date today, bool entry_saved, int every_days);

// The kinds of record entry whose saving brings the reminder at once.
bool entry_brings_backup_reminder(const std::string& kind);

}  // namespace fasthold
