#pragma once

#include <string>

namespace chatfleet::ingest {

/// A client error as the API reports it: HTTP status and `{"error":{code,message,field}}`.
struct ApiError {
  int status = 400;
  std::string code;
  std::string message;
  /// JSON path of the offending field as the client wrote it (`sender.userId`), when known.
  std::string field;
};

}  // namespace chatfleet::ingest
