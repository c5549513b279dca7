#include "engine/json_reader.hpp"

namespace fasthold {

std::string escape_pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string short_value(const json& v) {
  std::string s = v.dump(-1, ' ', false, json::error_handler_t::replace);
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

void Node::fail(const std::string& message) const { throw InputError(pointer, short_value(value), message); }

void Node::reject(const std::string& code, std::vector<std::string> args) const {
  throw InputError(pointer, short_value(value), code, std::move(args));
}

Node Node::at(const std::string& key) const {
  if (!value.is_object()) reject("must_be_object");
  auto it = value.find(key);
  if (it == value.end()) throw InputError(pointer + "/" + escape_pointer_token(key), "", "required_missing", {});
  return Node{*it, pointer + "/" + escape_pointer_token(key)};
}

std::optional<Node> Node::find(const std::string& key) const {
  if (!value.is_object()) reject("must_be_object");
  auto it = value.find(key);
  if (it == value.end() || it->is_null()) return std::nullopt;
  return Node{*it, pointer + "/" + escape_pointer_token(key)};
}

Node Node::at(size_t index) const { return Node{value.at(index), pointer + "/" + std::to_string(index)}; }

void Node::expect_object(std::initializer_list<const char*> allowed) const {
  if (!value.is_object()) reject("must_be_object");
  for (auto it = value.begin(); it != value.end(); ++it) {
    bool known = false;
    for (const char* a : allowed) known = known || it.key() == a;
    if (!known)
      throw InputError(pointer + "/" + escape_pointer_token(it.key()), short_value(it.value()), "unknown_field", {});
  }
}

void Node::expect_array() const {
  if (!value.is_array()) reject("must_be_list");
}

std::string Node::str() const {
  if (!value.is_string()) reject("must_be_text");
  return value.get<std::string>();
}

bool Node::boolean() const {
  if (!value.is_boolean()) reject("must_be_true_false");
  return value.get<bool>();
}

double Node::number() const {
  if (!value.is_number()) reject("must_be_number");
  return value.get<double>();
}

int Node::integer() const {
  if (!value.is_number_integer()) reject("must_be_whole_number");
  return value.get<int>();
}

Date Node::date() const {
  if (!value.is_string()) reject("must_be_date");
  auto d = parse_iso_date(value.get<std::string>());
  if (!d) reject("not_real_date");
  return *d;
}

Text Node::text() const {
  expect_object({"da", "en"});
  Text t{at("da").str(), at("en").str()};
  if (t.da.empty()) at("da").reject("must_not_be_empty");
  if (t.en.empty()) at("en").reject("must_not_be_empty");
  return t;
}

}  // namespace fasthold
