#pragma once

// RAII aliases over the libpq handles. Only shared/pg includes <libpq-fe.h>.

#include <libpq-fe.h>

#include <memory>

namespace chatfleet::pg {

struct PgConnDeleter {
  void operator()(PGconn* connection) const { PQfinish(connection); }
};
struct PgResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
/// Memory libpq allocated for the caller (PQconninfoParse error messages, escaped strings).
struct PgFreememDeleter {
  void operator()(void* memory) const { PQfreemem(memory); }
};
struct PgConninfoDeleter {
  void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

using PgConnPtr = std::unique_ptr<PGconn, PgConnDeleter>;
using PgResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;
using PgCharPtr = std::unique_ptr<char, PgFreememDeleter>;
using PgConninfoPtr = std::unique_ptr<PQconninfoOption, PgConninfoDeleter>;

}  // namespace chatfleet::pg
