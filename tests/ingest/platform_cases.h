#pragma once

#include <string>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"

namespace chatfleet::testing {

/// One payload of tests/data/platforms/<platform>/ with the events it must become, as written in
/// that folder's expected.jsonl (canonical ChatEvent JSON without tenant, bot and ids).
struct PlatformCase {
  std::string file;
  std::string body;
  std::vector<v1::ChatEvent> events;
  std::vector<bool> edited;
};

std::string PlatformDataDir(const std::string& platform);
std::string ReadFile(const std::string& path);
/// Every case of a platform; throws when expected.jsonl or a payload cannot be read.
std::vector<PlatformCase> LoadPlatformCases(const std::string& platform);

}  // namespace chatfleet::testing
