#include "engine/backup.hpp"

#include <algorithm>

namespace fasthold {

bool entry_brings_backup_reminder(const std::string& kind) { return kind == "agreement" || kind == "follow_up"; }

bool backup_reminder_due(const Case& c, Date today, bool entry_saved, int every_days) {
  if (entry_saved) return true;
  // The period's reminder is for the record, the trail a flexjob may need: a case with only
  // answers is not interrupted (its first agreement brings the reminder anyway).
  if (c.log.empty()) return false;
  std::optional<Date> last = c.last_backup;
  if (c.backup_reminded && (!last || days_between(*last, *c.backup_reminded) > 0)) last = c.backup_reminded;
  if (!last) return true;
  return days_between(*last, today) >= every_days;
}

}  // namespace fasthold
