#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/connection.h"

namespace chatfleet::pg {

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

/// N parallel array parameters ($1 … $N) for one set-based statement: a row is added column
/// by column, and Exec binds the literals in order, after any leading scalar parameters.
template <std::size_t N>
class ArrayColumns {
 public:
  PgArray& operator[](std::size_t column) { return columns_[column]; }
  bool empty() const { return rows_ == 0; }
  void EndRow() { ++rows_; }

  Result<ResultSet> Exec(Connection& connection, std::string_view sql,
                         std::initializer_list<std::string> extra = {}) const {
    std::vector<std::string> texts;
    texts.reserve(N + extra.size());
    for (const auto& column : columns_) texts.push_back(column.str());
    texts.insert(texts.end(), extra.begin(), extra.end());
    std::vector<pg::Param> params(texts.begin(), texts.end());
    return connection.Exec(sql, params);
  }

 private:
  std::array<PgArray, N> columns_;
  std::size_t rows_ = 0;
};

}  // namespace chatfleet::pg
