// The pieces of an assessment, one file each; assess.cpp puts them together.
#pragma once
#include "engine/assess.hpp"

namespace fasthold {

using FactMap = std::map<std::string, FactValue>;
// Facts that are false only until a date (the 12 months on special terms): fact id -> that date.
using TimeFacts = std::map<std::string, Date>;

// date_rules.cpp: the deadlines and date rules computed from the known facts and the record.
DatesResult compute_dates(const KnowledgeBase& kb, const Case& c, const FactMap& facts, Date on);
std::optional<PensionResult> compute_pension(const KnowledgeBase& kb, const FactMap& facts, Date on);

// record.cpp: facts the written record proves, and the checks on each agreement.
void add_record_facts(const Case& c, FactMap& facts);
std::vector<AgreementCheck> check_agreements(const Case& c, Date on);

// conditions.cpp: three-valued evaluation of a condition tree.
ConditionResult evaluate(const KnowledgeBase& kb, const Condition& cond, const FactMap& facts,
                         const std::vector<SchemeResult>& earlier, const TimeFacts& time = {});
SchemeResult evaluate_scheme(const KnowledgeBase& kb, const Scheme& s, const FactMap& facts,
                             const std::vector<SchemeResult>& earlier, const TimeFacts& time = {});
// `now` does not apply today (or its renewal, with `renewal`); `later` is the same scheme assessed
// on `day`, a later day on which only time has moved. If it applies then, `now` is "not yet: met
// on day"; if it is not known to fail then, "cannot tell yet" with what is missing then.
void settle_later(SchemeResult& now, const SchemeResult& later, Date day, bool renewal);

// flow.cpp: where the manager is in the flowchart, from the same facts, record and scheme
// results as everything else (call it last).
FlowResult walk_flow(const KnowledgeBase& kb, const Case& c, const Assessment& a);

}  // namespace fasthold
