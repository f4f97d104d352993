#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "shared/config/config.h"

namespace chatfleet::tenants {

/// Resolves a secret by name (the tenants table references secrets, never holds them).
using SecretResolver = std::function<std::optional<std::string>(std::string_view name)>;

/// The environment variable a secret name maps to: `CHATFLEET_SECRET_` + the name uppercased
/// with every character other than a letter or digit turned into `_` (`whatsapp-demo` →
/// `CHATFLEET_SECRET_WHATSAPP_DEMO`).
std::string SecretEnvName(std::string_view name);

/// Looks a secret up in the environment first, then as the file `<directory>/<name>` (a
/// Kubernetes Secret mounted as a volume; one trailing newline is dropped). Names with
/// anything but letters, digits, `.`, `_`, `-` or starting with `.` resolve to nothing, so a
/// name can never reach outside `directory`. An empty `directory` disables files.
SecretResolver EnvironmentAndFileSecrets(config::EnvLookup env, std::string directory);

}  // namespace chatfleet::tenants
