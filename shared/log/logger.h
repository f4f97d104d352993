#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>

#include "shared/trace/trace_context.h"

namespace chatfleet::log {

enum class Level { kDebug = 0, kInfo = 1, kWarn = 2, kError = 3 };

/// One key/value of a log line; numbers and booleans are written unquoted.
struct Field {
  Field(std::string_view key, std::string_view value) : key(key), value(value), quoted(true) {}
  Field(std::string_view key, const std::string& value) : key(key), value(value), quoted(true) {}
  Field(std::string_view key, const char* value) : key(key), value(value), quoted(true) {}
  template <typename T>
  requires std::is_arithmetic_v<T> Field(std::string_view key, T value) : key(key), quoted(false) {
    if constexpr (std::is_same_v<T, bool>) {
      this->value = value ? "true" : "false";
    } else {
      this->value = std::to_string(value);
    }
  }

  std::string_view key;
  std::string value;
  bool quoted;
};

/// Sets the service name and minimum level for the process. Call once from main; safe to
/// skip in tests (defaults: service "chatfleet", level info).
void Init(std::string_view service, Level min_level);
Level ParseLevel(std::string_view name);

/// Writes one JSON line to stderr: ts, level, service, msg, trace_id and span_id of the
/// thread's current trace (if any), then the fields. Thread-safe; one write(2) per line.
void Write(Level level, std::string_view message, std::initializer_list<Field> fields = {});

inline void Debug(std::string_view m, std::initializer_list<Field> f = {}) {
  Write(Level::kDebug, m, f);
}
inline void Info(std::string_view m, std::initializer_list<Field> f = {}) {
  Write(Level::kInfo, m, f);
}
inline void Warn(std::string_view m, std::initializer_list<Field> f = {}) {
  Write(Level::kWarn, m, f);
}
inline void Error(std::string_view m, std::initializer_list<Field> f = {}) {
  Write(Level::kError, m, f);
}

/// Makes `context` the current trace of this thread for the lifetime of the object, so every
/// log line written meanwhile carries its trace_id and span_id. Nests.
class ScopedTrace {
 public:
  explicit ScopedTrace(const trace::TraceContext& context);
  ~ScopedTrace();
  ScopedTrace(const ScopedTrace&) = delete;
  ScopedTrace& operator=(const ScopedTrace&) = delete;

 private:
  const trace::TraceContext* previous_;
};

/// Appends `text` to `out` as the inside of a JSON string (quotes, backslashes and control
/// characters escaped; UTF-8 passed through).
void AppendJsonEscaped(std::string& out, std::string_view text);

}  // namespace chatfleet::log
