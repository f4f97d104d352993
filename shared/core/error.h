#pragma once

#include <expected>
#include <string>
#include <utility>

namespace chatfleet {

/// How the caller should react to a failure. Only runners decide what to do with it.
enum class ErrorKind {
  kRetryable,  ///< Transient (connection lost, serialization failure): retry with backoff.
  kPermanent,  ///< This input can never succeed (bad data): dead-letter or reject it.
  kFatal,      ///< The process cannot continue (misconfiguration, invariant broken).
};

struct Error {
  ErrorKind kind = ErrorKind::kPermanent;
  std::string message;
  /// A write that failed this way may have happened all the same (a delivery or a commit that
  /// timed out after it was sent): whoever answers for it must not say "not written".
  bool maybe_written = false;

  static Error Retryable(std::string message) {
    return {ErrorKind::kRetryable, std::move(message)};
  }
  static Error Permanent(std::string message) {
    return {ErrorKind::kPermanent, std::move(message)};
  }
  static Error Fatal(std::string message) { return {ErrorKind::kFatal, std::move(message)}; }

  bool retryable() const { return kind == ErrorKind::kRetryable; }
  Error& MaybeWritten() {
    maybe_written = true;
    return *this;
  }
};

inline const char* ToString(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kRetryable:
      return "retryable";
    case ErrorKind::kPermanent:
      return "permanent";
    case ErrorKind::kFatal:
      return "fatal";
  }
  return "unknown";
}

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> Fail(Error error) { return std::unexpected(std::move(error)); }

}  // namespace chatfleet
