#include <charconv>
#include <stdexcept>
#include <string>

#include "shared/pg/connection.h"
#include "shared/pg/result_set_impl.h"

namespace chatfleet::pg {
namespace {

// PQgetvalue returns nullptr out of range; make that a loud programming error, not a crash.
const PGresult* CheckedField(const PGresult* result, int row, int column) {
  if (result == nullptr || row < 0 || row >= PQntuples(result) || column < 0 ||
      column >= PQnfields(result)) {
    throw std::out_of_range("ResultSet: no field at row " + std::to_string(row) + ", column " +
                            std::to_string(column));
  }
  return result;
}

}  // namespace

ResultSet::ResultSet() = default;
ResultSet::~ResultSet() = default;
ResultSet::ResultSet(ResultSet&&) noexcept = default;
ResultSet& ResultSet::operator=(ResultSet&&) noexcept = default;

int ResultSet::rows() const { return impl_ ? PQntuples(impl_->result.get()) : 0; }

int ResultSet::columns() const { return impl_ ? PQnfields(impl_->result.get()) : 0; }

bool ResultSet::IsNull(int row, int column) const {
  return PQgetisnull(CheckedField(impl_ ? impl_->result.get() : nullptr, row, column), row,
                     column) == 1;
}

std::string_view ResultSet::Value(int row, int column) const {
  const PGresult* result = CheckedField(impl_ ? impl_->result.get() : nullptr, row, column);
  return {PQgetvalue(result, row, column),
          static_cast<std::size_t>(PQgetlength(result, row, column))};
}

std::optional<std::string> ResultSet::Optional(int row, int column) const {
  if (IsNull(row, column)) return std::nullopt;
  return std::string(Value(row, column));
}

std::int64_t ResultSet::Int(int row, int column) const {
  const std::string_view text = Value(row, column);
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (IsNull(row, column) || error != std::errc() || end != text.data() + text.size()) {
    throw std::invalid_argument("ResultSet: field at row " + std::to_string(row) + ", column " +
                                std::to_string(column) + " is not an integer: '" +
                                std::string(text) + "'");
  }
  return value;
}

std::int64_t ResultSet::affected_rows() const {
  if (!impl_) return 0;
  const std::string_view text = PQcmdTuples(impl_->result.get());
  std::int64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;  // "" for statements without a count: 0
}

std::string_view ResultSet::command_tag() const {
  return impl_ ? PQcmdStatus(impl_->result.get()) : "";
}

}  // namespace chatfleet::pg
