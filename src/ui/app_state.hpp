// The whole page's state and everything a user can do to it, without ImGui: the views draw
// from AppState and call these functions. Every change is saved at once (autosave) and the
// engine re-assesses the case. Testable natively with platform_native.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/assess.hpp"
#include "engine/case_file.hpp"
#include "engine/consultant_link.hpp"
#include "engine/documents.hpp"
#include "engine/interview.hpp"
#include "ui/screen_state.hpp"
#include "ui/screens.hpp"
#include "platform/platform.hpp"
#include "engine/since_last.hpp"

namespace fasthold::ui {

// localStorage keys: everything Fasthold keeps in this browser.
inline constexpr const char* cases_key = "fasthold.cases";
inline constexpr const char* unreadable_key = "fasthold.cases.unreadable";
inline constexpr const char* settings_key = "fasthold.settings";
inline constexpr const char* legacy_language_key = "fasthold.lang";

struct AppState {
  Lang lang = Lang::da;
  bool high_contrast = false;
  bool contrast_chosen = false;  // false: high_contrast follows the system (prefers-contrast: more)
  Date today;
  std::vector<Case> cases;
  int current = -1;  // index in cases, -1: none open
  Screen screen = Screen::start;
  std::string item;  // the interview item on screen: "flow:<node>" or "fact:<id>"
  std::vector<std::string> history;  // earlier items, for Back
  std::optional<Screen> return_to;   // a question opened from this screen ("Ændr"): saving or Back returns there
  std::optional<Assessment> assessment;
  std::vector<std::string> changed;  // scheme ids whose status the last change moved
  std::vector<StatusChange> since_last_opened;  // statuses a newer knowledge base or date moved
  ConsultantLink link;               // from the URL fragment
  std::string storage_problem;       // "", "unavailable", "full"
  std::string unreadable;            // the unreadable key's value: what could not be read, kept aside
  std::string store_lock;            // "": saved as usual; "newer": a newer Fasthold's store, shown only;
                                     // "aside_failed": what could not be read could not be kept aside either
  std::string message;               // a short notice for the next screen ("Sagen er slettet")
  std::string import_error;          // the last import's error, naming field and value
  std::optional<Case> import_pending;  // an import that would replace a case of the same name
  std::vector<std::string> announcements;  // for screen readers: read out together at the frame's end
  std::string focus;  // where an action puts the focus (a node id): kept until a frame shows that node
  bool wide = false;  // this frame: the schemes and deadlines sit beside the screen
  ScreenState forms;  // what the screens keep while the user works on them
  std::string failure;  // an error no screen caught: the page shows the failure screen
};

AppState start_app(const KnowledgeBase& kb);

// Cases
// `keep_link_contact`: the manager chose to keep the consultant link's contact with it.
void new_case(const KnowledgeBase& kb, AppState& s, const std::string& nickname, bool keep_link_contact = false);
void open_case(const KnowledgeBase& kb, AppState& s, int index);
void rename_case(const KnowledgeBase& kb, AppState& s, const std::string& nickname);
void delete_case(const KnowledgeBase& kb, AppState& s, int index);
void delete_everything(const KnowledgeBase& kb, AppState& s);
Case* current_case(AppState& s);
const Case* current_case(const AppState& s);

// The interview
void go_to(const KnowledgeBase& kb, AppState& s, Screen screen);
void start_interview(const KnowledgeBase& kb, AppState& s);  // at the first unanswered item
void answer_fact(const KnowledgeBase& kb, AppState& s, const std::string& fact, const FactValue& value);
void answer_not_yet(const KnowledgeBase& kb, AppState& s, const std::string& fact);
void continue_from(const KnowledgeBase& kb, AppState& s);  // past an action or outcome
void mark_step_done(const KnowledgeBase& kb, AppState& s, const std::string& node);  // a flowchart action, acknowledged
void go_back(const KnowledgeBase& kb, AppState& s);
void jump_to_fact(const KnowledgeBase& kb, AppState& s, const std::string& fact);
void set_checklist(const KnowledgeBase& kb, AppState& s, const std::string& item, bool ticked);
// The fact an item asks ("" for flowchart actions and outcomes), and the node of a flow item.
// Where the interview stands, recomputed from the answers: the questions left on this case's
// path (the one on screen included), how many are answered, and the part of the flowchart
// the question on screen belongs to (a step, or the interview section of a scheme's fact).
struct Progress {
  int left = 0, answered = 0;
  int step = 0;
  std::string section;  // "" for a flowchart step
};
Progress interview_progress(const KnowledgeBase& kb, const AppState& s);

std::string item_fact(const KnowledgeBase& kb, const std::string& item);
const FlowNode* item_node(const KnowledgeBase& kb, const std::string& item);

// Forms: the typed text in s.forms, parsed and checked here (errors in the page's language).
void start_new_case(const KnowledgeBase& kb, AppState& s);  // named s.forms.nickname
void submit_answer(const KnowledgeBase& kb, AppState& s, const Fact& f);  // s.forms.answer
void open_draft(const KnowledgeBase& kb, AppState& s, const std::string& kind);
void edit_draft(const KnowledgeBase& kb, AppState& s, const std::string& entry_id);
void submit_draft(const KnowledgeBase& kb, AppState& s);
void submit_period(const KnowledgeBase& kb, AppState& s);
void toggle_scheme(AppState& s, const std::string& scheme);
// The documents screen's choice; the entry is looked up by id, so a deleted entry is no entry.
void choose_document(const KnowledgeBase& kb, AppState& s, const std::string& kind);
// A message about what the control `at` just did, shown beside it (s.forms.note) and read out.
void say_beside(AppState& s, const std::string& at, const std::string& text, bool error = false);
std::optional<size_t> document_entry(const AppState& s);
// A number as a manager types it: "7,5" or "7.5". nullopt when it is not one.
std::optional<double> parse_number(const std::string& text);
// The failure screen's "try again": back to the start page, every case kept.
void recover(const KnowledgeBase& kb, AppState& s);

// The record
void add_entry(const KnowledgeBase& kb, AppState& s, LogEntry entry);  // assigns an id
void update_entry(const KnowledgeBase& kb, AppState& s, size_t index, LogEntry entry);
void delete_entry(const KnowledgeBase& kb, AppState& s, size_t index);
// A log entry checked as the case-file reader would: an error names the field, in `lang`.
std::optional<std::string> entry_error(const KnowledgeBase& kb, const Case& c, const LogEntry& e, std::optional<size_t> index,
                                       Lang lang, std::string* pointer = nullptr);

// Absence periods (first and last day; the last may be open). Returns an error text, or "".
std::string add_absence_period(const KnowledgeBase& kb, AppState& s, Date first, std::optional<Date> last);
void delete_absence_period(const KnowledgeBase& kb, AppState& s, size_t index);

// Export and import
std::string export_case(const KnowledgeBase& kb, const AppState& s);  // the current case's file
std::string export_all_cases(const KnowledgeBase& kb, const AppState& s);  // every case, as stored
// The largest case file the page reads: every case is kept in localStorage, which holds
// about 5 MB in all (a real case file is a few KB; 1,000 record entries with their texts about 0.4 MB).
inline constexpr size_t max_import_bytes = kMaxCaseFileBytes;
void import_case(const KnowledgeBase& kb, AppState& s, const std::string& text);
// A file the user opened: imported, or refused unread when it is larger than max_import_bytes.
void import_file(const KnowledgeBase& kb, AppState& s, const platform::OpenedFile& file);
void confirm_import(const KnowledgeBase& kb, AppState& s, bool replace);

// Settings
void set_language(const KnowledgeBase& kb, AppState& s, Lang lang);
void set_high_contrast(const KnowledgeBase& kb, AppState& s, bool on);

// Saves every case now. Sets storage_problem when the browser refuses; saves nothing while
// the store is locked (store_lock).
void save(const KnowledgeBase& kb, AppState& s);
// What could not be read: waiting to be downloaded (the notice on every start until then),
// downloaded (counted in the key, nothing removed), or deleted by the manager.
bool unreadable_waiting(const AppState& s);
void download_unreadable(const KnowledgeBase& kb, AppState& s);
void delete_unreadable(const KnowledgeBase& kb, AppState& s);
// One line of "since you last opened this case": the scheme, from what to what, and why.
std::string since_line(const KnowledgeBase& kb, Lang lang, const StatusChange& change);
// Recomputes the assessment and notes (and announces) what changed.
void reassess(const KnowledgeBase& kb, AppState& s);

// The municipality to name in "who to call" and the documents: the one kept with the open
// case, else none. A consultant's link only offers its contact (use_link_contact).
std::optional<JobcenterContact> jobcenter(const AppState& s);
// The consultant's link's contact, kept with the open case (replacing the one it had).
void use_link_contact(const KnowledgeBase& kb, AppState& s);
// The contact typed on "who to call" (s.forms.contact), checked as the case file checks it.
void submit_contact(const KnowledgeBase& kb, AppState& s);

// The reminder to download the case file (engine/backup.hpp), for the open case today.
bool backup_reminder_shown(const KnowledgeBase& kb, const AppState& s);
// Downloads the open case's file and notes the day in the case (last_backup).
void download_case_file(const KnowledgeBase& kb, AppState& s);
// "Senere": the reminder waits for the next agreement or follow-up, or the next period.
void dismiss_backup_reminder(const KnowledgeBase& kb, AppState& s);

}  // namespace fasthold::ui
