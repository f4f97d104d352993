#include "shared/config/config.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <stdexcept>

extern char** environ;

namespace chatfleet::config {
namespace {

constexpr std::string_view kPrefix = "CHATFLEET_";

template <typename T>
T ParseNumber(std::string_view env, const std::string& value) {
  T parsed{};
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (error != std::errc() || end != value.data() + value.size()) {
    throw std::invalid_argument(std::string(env) + ": not a number: '" + value + "'");
  }
  return parsed;
}

}  // namespace

EnvLookup ProcessEnvironment() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

std::map<std::string, std::string> EnvironmentWithPrefix(std::string_view prefix) {
  std::map<std::string, std::string> found;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view text = *entry;
    const auto equals = text.find('=');
    if (equals == std::string_view::npos || !text.starts_with(prefix)) continue;
    found.emplace(text.substr(0, equals), text.substr(equals + 1));
  }
  return found;
}

std::string FlagName(std::string_view env) {
  if (env.starts_with(kPrefix)) env.remove_prefix(kPrefix.size());
  std::string flag = "--";
  for (char c : env) {
    flag += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return flag;
}

Config Config::Load(std::span<const Setting> settings, int argc, const char* const* argv,
                    const EnvLookup& env) {
  Config config;
  std::map<std::string, std::string, std::less<>> env_by_flag;
  for (const Setting& setting : settings) {
    std::string name(setting.env);
    config.values_[name] = env(name).value_or(std::string(setting.default_value));
    env_by_flag[FlagName(setting.env)] = name;
  }
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      config.help_requested_ = true;
      continue;
    }
    if (!arg.starts_with("--")) {
      config.positional_.emplace_back(arg);
      continue;
    }
    std::string_view flag = arg;
    std::optional<std::string> value;
    if (const auto eq = arg.find('='); eq != std::string_view::npos) {
      flag = arg.substr(0, eq);
      value = std::string(arg.substr(eq + 1));
    }
    const auto it = env_by_flag.find(flag);
    if (it == env_by_flag.end()) {
      throw std::invalid_argument("unknown flag " + std::string(flag) + " (see --help)");
    }
    if (!value) {
      if (i + 1 >= argc)
        throw std::invalid_argument("flag " + std::string(flag) + " needs a value");
      value = argv[++i];
    }
    config.values_[it->second] = *value;
  }
  return config;
}

const std::string& Config::Get(std::string_view env) const {
  const auto it = values_.find(env);
  if (it == values_.end()) throw std::logic_error("undeclared setting " + std::string(env));
  return it->second;
}

std::int64_t Config::GetInt(std::string_view env) const {
  return ParseNumber<std::int64_t>(env, Get(env));
}

double Config::GetDouble(std::string_view env) const {
  const std::string& value = Get(env);
  char* end = nullptr;
  const double parsed = std::strtod(value.c_str(), &end);
  if (value.empty() || end != value.c_str() + value.size()) {
    throw std::invalid_argument(std::string(env) + ": not a number: '" + value + "'");
  }
  return parsed;
}

bool Config::GetBool(std::string_view env) const {
  std::string value = Get(env);
  std::transform(value.begin(), value.end(), value.begin(), ::tolower);
  if (value == "1" || value == "true" || value == "yes" || value == "on") return true;
  if (value == "0" || value == "false" || value == "no" || value == "off" || value.empty()) {
    return false;
  }
  throw std::invalid_argument(std::string(env) + ": not a boolean: '" + value + "'");
}

std::chrono::milliseconds Config::GetMillis(std::string_view env) const {
  return std::chrono::milliseconds(GetInt(env));
}

std::string Config::Usage(std::string_view program, std::span<const Setting> settings) {
  std::string out = "usage: " + std::string(program) + " [flags]\n\n";
  for (const Setting& setting : settings) {
    out += "  " + FlagName(setting.env) + " (env " + std::string(setting.env) + ", default '" +
           std::string(setting.default_value) + "'" +
           (setting.need == Need::kDeployment ? ", required in a deployment" : "") + ")\n      " +
           std::string(setting.help) + "\n";
  }
  return out;
}

}  // namespace chatfleet::config
