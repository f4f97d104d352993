#include <string>

#include "shared/pg/connection.h"

namespace chatfleet::pg {

// COPY text format: https://www.postgresql.org/docs/15/sql-copy.html#id-1.9.3.55.9.2. With the
// backslash itself escaped, a field can never form the end-of-data marker "\." either.
void AppendCopyField(std::string& row, Param value, bool first) {
  if (!first) row += '\t';
  if (!value) {
    row += "\\N";
    return;
  }
  row.reserve(row.size() + value->size());
  for (char c : *value) {
    switch (c) {
      case '\\':
        row += "\\\\";
        break;
      case '\t':
        row += "\\t";
        break;
      case '\n':
        row += "\\n";
        break;
      case '\r':
        row += "\\r";
        break;
      default:
        row += c;
    }
  }
}

std::string QuoteIdentifier(std::string_view identifier) {
  std::string quoted = "\"";
  for (char c : identifier) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

}  // namespace chatfleet::pg
