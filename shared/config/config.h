#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chatfleet::config {

/// Whether a deployment must set a setting: kDeployment when the default only serves one
/// machine (an endpoint on 127.0.0.1) or there is none. `--help` prints the mark, and the
/// Kubernetes manifests are checked against it (tests/deploy/check_deploy.py).
enum class Need { kOptional, kDeployment };

/// One documented setting. `env` is its environment name (`CHATFLEET_HTTP_PORT`,
/// `KAFKA_BROKERS`); its flag is derived from it: lowercase, `_` → `-`, without the
/// `CHATFLEET_` prefix (`--http-port`, `--kafka-brokers`).
struct Setting {
  std::string_view env;
  std::string_view default_value;
  std::string_view help;
  Need need = Need::kOptional;
};

using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;
EnvLookup ProcessEnvironment();
/// This process's environment variables whose names start with `prefix` (name → value): for
/// settings that follow a naming convention instead of a fixed list.
std::map<std::string, std::string> EnvironmentWithPrefix(std::string_view prefix);

std::string FlagName(std::string_view env);

/// Twelve-factor configuration: defaults, then the environment, then command-line flags.
/// Immutable after Load; safe to share between threads.
class Config {
 public:
  /// Throws std::invalid_argument naming the flag on an unknown or malformed flag, so a service
  /// started with a typo exits at once with a message instead of running on a default.
  static Config Load(std::span<const Setting> settings, int argc, const char* const* argv,
                     const EnvLookup& env = ProcessEnvironment());

  /// The value of a declared setting; throws std::logic_error for an undeclared one.
  const std::string& Get(std::string_view env) const;
  /// Parsed values; throw std::invalid_argument naming the setting when malformed.
  std::int64_t GetInt(std::string_view env) const;
  double GetDouble(std::string_view env) const;
  bool GetBool(std::string_view env) const;
  std::chrono::milliseconds GetMillis(std::string_view env) const;

  /// Arguments that are not flags (subcommands such as `migrate up`).
  const std::vector<std::string>& positional() const { return positional_; }
  bool help_requested() const { return help_requested_; }

  /// The table printed by `--help`: flag, environment name, default (and `required in a
  /// deployment` for Need::kDeployment), description.
  static std::string Usage(std::string_view program, std::span<const Setting> settings);

 private:
  std::map<std::string, std::string, std::less<>> values_;
  std::vector<std::string> positional_;
  bool help_requested_ = false;
};

}  // namespace chatfleet::config
