#include "shared/tenants/secret_source.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace chatfleet::tenants {
namespace {

bool IsSafeName(std::string_view name) {
  if (name.empty() || name.size() > 128 || name.front() == '.') return false;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (!std::isalnum(u) && c != '.' && c != '_' && c != '-') return false;
  }
  return true;
}

std::optional<std::string> ReadSecretFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream content;
  content << file.rdbuf();
  std::string value = content.str();
  if (value.ends_with("\r\n")) {
    value.resize(value.size() - 2);
  } else if (value.ends_with('\n')) {
    value.pop_back();
  }
  return value;
}

}  // namespace

std::string SecretEnvName(std::string_view name) {
  std::string env = "CHATFLEET_SECRET_";
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    env += std::isalnum(u) ? static_cast<char>(std::toupper(u)) : '_';
  }
  return env;
}

SecretResolver EnvironmentAndFileSecrets(config::EnvLookup env, std::string directory) {
  return [env = std::move(env),
          directory = std::move(directory)](std::string_view name) -> std::optional<std::string> {
    if (!IsSafeName(name)) return std::nullopt;
    if (auto value = env(SecretEnvName(name)); value && !value->empty()) return value;
    if (directory.empty()) return std::nullopt;
    return ReadSecretFile(directory + "/" + std::string(name));
  };
}

}  // namespace chatfleet::tenants
