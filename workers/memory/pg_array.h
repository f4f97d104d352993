#pragma once

#include <optional>
#include <string>
#include <vector>

namespace chatfleet::workers {

/// A PostgreSQL array literal ('{"a","b",NULL}') for one text[] parameter: the set-based
/// queries pass a whole batch as parallel arrays to unnest() instead of one query per event.
/// Every element is double-quoted with `"` and `\` escaped, so any text is safe.
class PgArray {
 public:
  void Add(const std::string& value) {
    text_ += text_.size() > 1 ? ",\"" : "\"";
    for (char c : value) {
      if (c == '"' || c == '\\') text_ += '\\';
      text_ += c;
    }
    text_ += '"';
  }
  void Add(const std::optional<std::string>& value) {
    if (value) return Add(*value);
    text_ += text_.size() > 1 ? ",NULL" : "NULL";
  }
  /// The literal, to pass as a text parameter cast in SQL ($1::text[], $2::bigint[]).
  std::string str() const { return text_ + "}"; }

 private:
  std::string text_ = "{";
};

}  // namespace chatfleet::workers
