// A small logic-less template language (a subset of Mustache) for the documents in data/.
// It uses the data's one placeholder syntax, braces:
//   {name}            a value from the context; missing or empty -> the gap text for `name`
//   {#name}...{/name} repeated for each item of a list, or shown once if `name` is true / non-empty
//   {^name}...{/name} shown if `name` is missing, false, empty
// Lookups inside a section try the current item first, then the enclosing contexts.
#pragma once
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace fasthold {

using GapText = std::function<std::string(const std::string& name)>;

// Throws std::invalid_argument on an unbalanced section (a bug in data/, caught by the tests).
std::string render_template(const std::string& tmpl, const nlohmann::json& context, const GapText& gap);

// A value as text only: each of its lines that would begin a line of the output with a mark's
// character ('#', '-') or the escape itself ('\\') gets a '\\' first, which the readers of the
// marked text (documents.hpp, marked_line) take off again. Only the templates' own lines make
// headings, items and the footer's rule. render_template inserts every value so.
std::string text_only(const std::string& value, bool at_line_start);

// The names a template uses, for the data tests.
std::vector<std::string> template_names(const std::string& tmpl);

}  // namespace fasthold
