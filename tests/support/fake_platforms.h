#pragma once

#include <boost/json/value.hpp>
#include <memory>
#include <string>

#include "tests/support/process.h"

namespace chatfleet::testing {

/// tests/support/fake_platforms.py as a child process: local Telegram, WhatsApp and Discord
/// send APIs that answer in the documented shapes, enforce the platforms' limits (429 and a
/// recorded violation when exceeded) and record every request. Killed when destroyed.
class FakePlatforms {
 public:
  /// The send tokens each API accepts.
  FakePlatforms(const std::string& telegram_token, const std::string& whatsapp_token,
                const std::string& discord_token);

  std::string telegram_url() const { return base_ + "/telegram"; }
  std::string whatsapp_url() const { return base_ + "/whatsapp/v21.0"; }
  std::string discord_url() const { return base_ + "/discord/api/v10"; }

  /// Answers for the next requests to chats: `{"telegram/42": ["429:2", "ok"]}`.
  void Script(const std::string& json);
  /// Every request so far (path, headers, body, time, status, platform, violation).
  boost::json::array Requests() const;

 private:
  std::string base_;
  std::unique_ptr<ChildProcess> process_;
};

}  // namespace chatfleet::testing
