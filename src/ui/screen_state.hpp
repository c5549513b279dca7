// What the screens keep while the user works on them: typed text not yet saved, which
// explanations are open, the document chosen. It belongs to the app state (app_state.hpp),
// never to a view, and starts afresh when a case is opened, imported or deleted, so nothing
// typed for one case shows up in another.
#pragma once
#include <optional>
#include <set>
#include <string>

#include "engine/case_file.hpp"
#include "engine/consultant_link.hpp"

namespace fasthold::ui {

// The interview question on show: the answer being typed and its error.
// The node id of a form's error summary (parts.hpp), where a failed submit puts the focus.
inline constexpr const char* error_summary_id = "error_summary";

struct AnswerForm {
  std::string item;  // the question this form belongs to
  std::string text;
  bool month_only = false;  // birth date given as mm-åååå
  int choice = -1;  // a yes/no question's chosen radio: 0 yes, 1 no, 2 don't know yet; -1 none
  std::string error;
  bool why_open = false;  // "Why we ask" unfolded
  bool explain_open = false;  // "Hvad betyder det?" unfolded
};

// What a control just did, shown under that control ("Kopieret." under the copy button, an
// import's result under the import button): `at` is the control's id.
struct Note {
  std::string at;
  std::string text;
  bool error = false;
};

// A record entry being written or edited.
struct EntryDraft {
  bool open = false;
  std::string editing;  // the id of the entry being edited, "" for a new one
  LogEntry entry;
  std::string date, follow_up_date, next_date, hours;  // as typed
  std::string error;
  std::string error_field;  // the field's node id the error is about ("" when it names no one field)
};

// A new absence period being typed.
struct PeriodForm {
  std::string first, last, error;
  std::string error_field;  // "period_first" or "period_last"
};

// Closing the case (settings): the day as typed, the reason chosen (kCloseReasons), its error.
struct CloseForm {
  std::string date, reason, error;
};

struct ScreenState {
  std::string nickname;                  // start: the new case's name
  AnswerForm answer;                     // interview
  std::set<std::string> open_schemes;    // schemes whose why is unfolded
  std::set<std::string> open_explains;   // schemes whose "Hvad betyder det?" is unfolded
  Note note;                             // the last control's message, shown beside it
  std::string document;                  // documents: the kind chosen
  std::string document_entry;            // and the id of the record entry it shows
  EntryDraft draft;                      // record
  std::string confirm_delete_entry;      // record: the entry whose deletion waits for a yes
  std::set<std::string> open_entries;    // record: the entries read in full
  PeriodForm period;                     // record
  int confirm_delete = 0;                // settings: 1 this case, 2 everything
  JobcenterContact link;                 // the consultant's link being built
  JobcenterContact contact;              // who: the municipality's contact being typed
  bool contact_editing = false;          // who: the stored contact is being changed
  bool keep_link_contact = false;        // start: the new case keeps the link's contact (the manager ticked it)
  std::string contact_error;             // who: what is wrong with it, naming field and value
  bool backup_after_entry = false;       // a new agreement or follow-up saved since the last download or "Senere"
  CloseForm close;                       // settings: closing the case
};

}  // namespace fasthold::ui
