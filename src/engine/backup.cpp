#include "engine/backup.hpp"

#include <algorithm>

namespace fasthold {

bool entry_brings_backup_reminder(const std::string& kind) { return kind == "agreement" || kind == "follow_up"; }

bool backup_reminder_due(const Case& c, Date today, bool entry_saved, int every_days) {
  if (entry_saved) return true;
  // Nothing typed yet: nothing to lose.
  if (c.log.empty() && c.facts.empty() && c.not_known_yet.empty() && c.absence_periods.empty()) return false;
  std::optional<Date> last = c.last_backup;
  if (c.backup_reminded && (!last || days_between(*last, *c.backup_reminded) > 0)) last = c.backup_reminded;
  if (!last) return true;
  return days_between(*last, today) >= every_days;
}

}  // namespace fasthold
