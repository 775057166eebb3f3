// A hash map from text keys to values that is looked up by string_view
// without building a std::string per look-up (C++17's unordered_map cannot
// do heterogeneous look-up). Extraction asks the lexicon hundreds of
// thousands of times per megabyte, so the copy mattered (docs/performance.md).
#ifndef CLAIMGRAPH_EXTRACT_KEY_MAP_H_
#define CLAIMGRAPH_EXTRACT_KEY_MAP_H_

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace claimgraph::extract {

// Keys are either copied into the map's own storage (Emplace, operator[]) or,
// for text that outlives the map such as the embedded lexicon data, viewed in
// place (EmplaceStatic). Not copyable: the keys would dangle; moving is safe
// because a deque's move hands over its blocks without relocating them.
template <typename Value>
class KeyMap {
 public:
  KeyMap() = default;
  KeyMap(const KeyMap&) = delete;
  KeyMap& operator=(const KeyMap&) = delete;
  KeyMap(KeyMap&&) = default;
  KeyMap& operator=(KeyMap&&) = default;

  // Inserts key -> value unless the key is present; returns the stored value
  // and whether it was inserted (like unordered_map::emplace).
  std::pair<Value*, bool> Emplace(std::string_view key, Value value = Value()) {
    auto it = map_.find(key);
    if (it != map_.end()) return {&it->second, false};
    return {&map_.emplace(Own(key), std::move(value)).first->second, true};
  }
  // The same for a key whose text lives at least as long as the map.
  std::pair<Value*, bool> EmplaceStatic(std::string_view key, Value value = Value()) {
    auto [it, inserted] = map_.emplace(key, std::move(value));
    return {&it->second, inserted};
  }
  Value& operator[](std::string_view key) { return *Emplace(key).first; }

  // The value for `key`, or null.
  const Value* Find(std::string_view key) const {
    auto it = map_.find(key);
    return it == map_.end() ? nullptr : &it->second;
  }
  bool Contains(std::string_view key) const { return map_.count(key) > 0; }

 private:
  std::string_view Own(std::string_view key) { return keys_.emplace_back(key); }

  std::deque<std::string> keys_;  // stable addresses for owned keys
  std::unordered_map<std::string_view, Value> map_;
};

// A set of text keys with the same look-up.
class KeySet {
 public:
  void Insert(std::string_view key) { map_.Emplace(key); }
  void InsertStatic(std::string_view key) { map_.EmplaceStatic(key); }
  bool Contains(std::string_view key) const { return map_.Contains(key); }

 private:
  KeyMap<bool> map_;
};

// A short key lower-cased (ASCII) into a stack buffer, optionally with curly
// quotes mapped to straight ones; long keys fall back to the heap. A key
// already in that form is viewed as it is, without a copy.
class LoweredKey {
 public:
  LoweredKey(std::string_view text, bool straighten_quotes);
  LoweredKey(const LoweredKey&) = delete;
  LoweredKey& operator=(const LoweredKey&) = delete;
  std::string_view view() const { return view_; }

 private:
  static constexpr size_t kInline = 64;
  char inline_[kInline];
  std::string heap_;
  std::string_view view_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_KEY_MAP_H_
