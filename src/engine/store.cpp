#include "engine/store.hpp"

#include <algorithm>

#include "engine/json_reader.hpp"

namespace fasthold {

namespace {

constexpr const char* kStoreFormat = "fasthold-store";
constexpr const char* kAsideFormat = "fasthold-unreadable";

AsideItem whole(const std::string& raw, const std::string& why) { return {"", why, raw}; }

// The case at cases[i], or the reason it stays aside; a newer case file is neither.
void read_case_at(const json& c, size_t i, const KnowledgeBase& kb, StoreRead& out, std::vector<int>& index_of) {
  std::string where = "/cases/" + std::to_string(i);
  std::string text;
  try {
    text = c.dump();
    out.cases.push_back(parse_case(text, kb));
    index_of.push_back(int(out.cases.size()) - 1);
    return;
  } catch (const InputError& e) {
    if (e.code == "version_too_new" && c.is_object() && c.value("version", json()).is_number_integer())
      out.newer_version = std::max(out.newer_version, c["version"].get<int>());
    out.aside.push_back({where, e.describe(), text});
  } catch (const std::exception& e) {
    out.aside.push_back({where, e.what(), text});
  }
  index_of.push_back(-1);
}

}  // namespace

StoreRead read_store(const std::string& raw, const KnowledgeBase& kb) {
  StoreRead out;
  json store;
  try {
    store = parse_json(raw, kMaxJsonDepth + 2);  // a store holds case files, two levels down
  } catch (const InputError& e) {
    out.aside.push_back(whole(raw, e.describe()));
    return out;
  }
  if (!store.is_object() || !store.contains("format") || store["format"] != kStoreFormat) {
    out.aside.push_back(whole(raw, "not a Fasthold store"));
    return out;
  }
  // Each field on its own: a bad one sets aside only itself.
  for (auto it = store.begin(); it != store.end(); ++it) {
    const std::string& key = it.key();
    const json& v = it.value();
    std::string where = "/" + escape_pointer_token(key);
    if (key == "format") continue;
    if (key == "version") {
      if (!v.is_number_integer() || v.get<long long>() < 1) out.aside.push_back({where, "not a store version", v.dump()});
      else if (v.get<long long>() > kStoreFormatVersion) out.newer_version = std::max<long long>(out.newer_version, std::min<long long>(v.get<long long>(), 1 << 30));
    } else if (key == "cases") {
      if (!v.is_array()) out.aside.push_back({where, "not a list of cases", v.dump()});
    } else if (key == "current") {
      if (!v.is_number_integer()) out.aside.push_back({where, "not a case number", v.dump()});
    } else {
      out.aside.push_back({where, "not a known field", v.dump()});
    }
  }
  std::vector<int> index_of;  // stored position -> position in out.cases (-1: set aside)
  if (store.contains("cases") && store["cases"].is_array())
    for (size_t i = 0; i < store["cases"].size(); ++i) read_case_at(store["cases"][i], i, kb, out, index_of);
  if (store.contains("current") && store["current"].is_number_integer()) {
    long long cur = store["current"].get<long long>();
    if (cur >= 0 && cur < (long long)index_of.size()) out.current = index_of[size_t(cur)];
  }
  return out;
}

std::string write_store(const std::vector<Case>& cases, int current, const KnowledgeBase& kb) {
  json list = json::array();
  for (const auto& c : cases) list.push_back(json::parse(write_case(c, kb)));
  return json{{"format", kStoreFormat}, {"version", kStoreFormatVersion}, {"cases", list}, {"current", current}}.dump();
}

namespace {

json item_json(const AsideItem& i) { return {{"where", i.where}, {"why", i.why}, {"text", i.text}}; }

// The key's value as our object; anything else it held becomes the first item, unchanged.
json aside_object(const std::optional<std::string>& existing) {
  json doc = {{"format", kAsideFormat}, {"version", 1}, {"items", json::array()}, {"downloaded", 0}};
  if (!existing || existing->empty()) return doc;
  try {
    json old = parse_json(*existing, kMaxJsonDepth + 4);
    if (old.is_object() && old.value("format", json()) == kAsideFormat && old.contains("items") && old["items"].is_array()) {
      if (!old.contains("downloaded") || !old["downloaded"].is_number_unsigned()) old["downloaded"] = 0;
      return old;
    }
  } catch (const std::exception&) {
  }
  doc["items"].push_back(item_json(whole(*existing, "kept by an earlier version of Fasthold")));
  return doc;
}

}  // namespace

std::string append_aside(const std::optional<std::string>& existing, const std::vector<AsideItem>& items) {
  json doc = aside_object(existing);
  for (const auto& i : items) {
    bool there = std::any_of(doc["items"].begin(), doc["items"].end(),
                             [&](const json& o) { return o.is_object() && o.value("text", json()) == i.text; });
    if (!there) doc["items"].push_back(item_json(i));
  }
  return doc.dump();
}

AsideState aside_state(const std::string& value) {
  if (value.empty()) return {};
  json doc = aside_object(value);
  size_t n = doc["items"].size();
  return {n, std::min<size_t>(n, doc["downloaded"].get<size_t>())};
}

std::string aside_downloaded(const std::string& value) {
  json doc = aside_object(value);
  doc["downloaded"] = doc["items"].size();
  return doc.dump();
}

}  // namespace fasthold
