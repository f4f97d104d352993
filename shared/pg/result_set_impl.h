#pragma once

// Internal to shared/pg: the PGresult behind a ResultSet.

#include "shared/pg/connection.h"
#include "shared/pg/handles.h"

namespace chatfleet::pg {

struct ResultSet::Impl {
  PgResultPtr result;
};

}  // namespace chatfleet::pg
