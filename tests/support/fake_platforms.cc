#include "tests/support/fake_platforms.h"

#include <boost/json/parse.hpp>
#include <stdexcept>

#include "tests/support/fleet.h"

namespace chatfleet::testing {

FakePlatforms::FakePlatforms(const std::string& telegram_token, const std::string& whatsapp_token,
                             const std::string& discord_token) {
  const int port = FreePort();
  base_ = "http://127.0.0.1:" + std::to_string(port);
  process_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{"/usr/bin/env", "python3",
                               SourcePath("tests/support/fake_platforms.py"), "--port",
                               std::to_string(port), "--tokens",
                               "telegram=" + telegram_token + ",whatsapp=" + whatsapp_token +
                                   ",discord=" + discord_token},
      std::map<std::string, std::string>{});
  const bool up = WaitUntil(
      [&] {
        try {
          return HttpGet(base_ + "/control/requests").status == 200;
        } catch (const std::exception&) {
          return false;
        }
      },
      std::chrono::seconds(10));
  if (!up) throw std::runtime_error("fake_platforms.py did not answer at " + base_);
}

void FakePlatforms::Script(const std::string& json) {
  const auto answer = HttpPost(base_ + "/control/script", json);
  if (answer.status != 200) throw std::runtime_error("script rejected: " + answer.body);
}

boost::json::array FakePlatforms::Requests() const {
  const auto answer = HttpGet(base_ + "/control/requests");
  if (answer.status != 200) throw std::runtime_error("requests: " + answer.body);
  return boost::json::parse(answer.body).as_array();
}

}  // namespace chatfleet::testing
