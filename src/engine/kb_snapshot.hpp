// The knowledge base as compact bytes: written at build time from data/ once the JSON loader
// has validated it, read by the page at start-up. Reading is a straight copy of strings and
// numbers, no JSON parsing and no re-validation: in the browser that is the difference
// between about 110 ms and a few (bench/run, startup_knowledge_base_ms).
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

#include "engine/knowledge.hpp"

namespace fasthold {

// A snapshot that does not read back whole (cut short, another format version, bytes left
// over). Only a broken build can cause it: the page shows it as a start-up failure.
struct SnapshotError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string write_kb_snapshot(const KnowledgeBase& kb);
KnowledgeBase read_kb_snapshot(std::string_view bytes);

// The snapshot compiled into this program (generated/kb_snapshot.cpp, made at build time by
// src/tools/kb_snapshot_gen.cpp); only targets that link that file have it.
std::string_view embedded_kb_snapshot();

}  // namespace fasthold
