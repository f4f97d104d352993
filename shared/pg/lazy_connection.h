#pragma once

#include <optional>
#include <string>

#include "shared/core/error.h"
#include "shared/pg/connection.h"

namespace chatfleet::pg {

/// One PostgreSQL connection opened on first use and reopened after it broke. Shared by the
/// memory, recall and compaction stores of one runner. Not thread-safe (the runner's thread).
class LazyConnection {
 public:
  explicit LazyConnection(std::string url) : url_(std::move(url)) {}

  Result<Connection*> Get() {
    if (connection_ && !connection_->healthy()) connection_.reset();
    if (!connection_) {
      auto opened = Connection::Open(url_);
      if (!opened) return Fail(opened.error());
      connection_.emplace(std::move(*opened));
    }
    return &*connection_;
  }

 private:
  std::string url_;
  std::optional<Connection> connection_;
};

}  // namespace chatfleet::pg
