#include "shared/log/logger.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace chatfleet::log {
namespace {

std::string& ServiceName() {
  static std::string name = "chatfleet";
  return name;
}
std::atomic<int> g_min_level{static_cast<int>(Level::kInfo)};
thread_local const trace::TraceContext* t_current_trace = nullptr;

const char* LevelName(Level level) {
  switch (level) {
    case Level::kDebug:
      return "debug";
    case Level::kInfo:
      return "info";
    case Level::kWarn:
      return "warn";
    case Level::kError:
      return "error";
  }
  return "info";
}

void AppendTimestamp(std::string& out) {
  const auto now = std::chrono::system_clock::now();
  const auto seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[80];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(millis));
  out += buffer;
}

void AppendString(std::string& out, std::string_view key, std::string_view value) {
  out += ",\"";
  AppendJsonEscaped(out, key);
  out += "\":\"";
  AppendJsonEscaped(out, value);
  out += '"';
}

}  // namespace

void Init(std::string_view service, Level min_level) {
  ServiceName() = std::string(service);
  g_min_level = static_cast<int>(min_level);
}

Level ParseLevel(std::string_view name) {
  if (name == "debug") return Level::kDebug;
  if (name == "warn" || name == "warning") return Level::kWarn;
  if (name == "error") return Level::kError;
  return Level::kInfo;
}

void Write(Level level, std::string_view message, std::initializer_list<Field> fields) {
  if (static_cast<int>(level) < g_min_level.load(std::memory_order_relaxed)) return;
  std::string line;
  line.reserve(256);
  line += "{\"ts\":\"";
  AppendTimestamp(line);
  line += '"';
  AppendString(line, "level", LevelName(level));
  AppendString(line, "service", ServiceName());
  AppendString(line, "msg", message);
  if (t_current_trace != nullptr) {
    AppendString(line, "trace_id", t_current_trace->TraceIdHex());
    AppendString(line, "span_id", t_current_trace->SpanIdHex());
  }
  for (const Field& field : fields) {
    if (field.quoted) {
      AppendString(line, field.key, field.value);
    } else {
      line += ",\"";
      AppendJsonEscaped(line, field.key);
      line += "\":";
      line += field.value;
    }
  }
  line += "}\n";
  // One write per line keeps lines whole when several threads log at once.
  [[maybe_unused]] ssize_t written = ::write(STDERR_FILENO, line.data(), line.size());
}

ScopedTrace::ScopedTrace(const trace::TraceContext& context) : previous_(t_current_trace) {
  t_current_trace = &context;
}

ScopedTrace::~ScopedTrace() { t_current_trace = previous_; }

void AppendJsonEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += c;
        }
    }
  }
}

}  // namespace chatfleet::log
