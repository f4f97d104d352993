// Secrets by name: the environment first, then a file of the secrets directory, never a file
// outside it.
#include "shared/tenants/secret_source.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace chatfleet::testing {
namespace {

TEST(Secrets, EnvironmentFirstThenFileNeverOutsideTheDirectory) {
  const std::string dir = "/tmp/chatfleet_secrets_test_" + std::to_string(::getpid());
  std::system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/wa-demo") << "from-file\n";
  std::ofstream(dir + "/../chatfleet_secrets_escape") << "outside\n";
  const config::EnvLookup env = [](const std::string& name) -> std::optional<std::string> {
    if (name == "CHATFLEET_SECRET_WA_ENV") return "from-env";
    return std::nullopt;
  };
  const auto resolve = tenants::EnvironmentAndFileSecrets(env, dir);
  EXPECT_EQ(resolve("wa-env"), "from-env");
  EXPECT_EQ(resolve("wa-demo"), "from-file");
  EXPECT_EQ(resolve("../chatfleet_secrets_escape"), std::nullopt);
  EXPECT_EQ(resolve(".hidden"), std::nullopt);
  EXPECT_EQ(resolve("absent"), std::nullopt);
  EXPECT_EQ(tenants::SecretEnvName("whatsapp-demo.1"), "CHATFLEET_SECRET_WHATSAPP_DEMO_1");
  std::system(("rm -rf " + dir + " /tmp/chatfleet_secrets_escape").c_str());
}

}  // namespace
}  // namespace chatfleet::testing
