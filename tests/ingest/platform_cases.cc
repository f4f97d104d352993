#include "tests/ingest/platform_cases.h"

#include <google/protobuf/util/json_util.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace chatfleet::testing {

std::string PlatformDataDir(const std::string& platform) {
  return std::string(CHATFLEET_TEST_DATA_DIR) + "/platforms/" + platform;
}

std::string ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("cannot read " + path);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

std::vector<PlatformCase> LoadPlatformCases(const std::string& platform) {
  const std::string dir = PlatformDataDir(platform);
  std::istringstream lines(ReadFile(dir + "/expected.jsonl"));
  std::vector<PlatformCase> cases;
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const boost::json::object spec = boost::json::parse(line).as_object();
    PlatformCase c;
    c.file = std::string(spec.at("file").as_string());
    c.body = ReadFile(dir + "/" + c.file);
    for (const auto& event : spec.at("events").as_array()) {
      v1::ChatEvent parsed;
      const auto status =
          google::protobuf::util::JsonStringToMessage(boost::json::serialize(event), &parsed);
      if (!status.ok()) throw std::runtime_error(c.file + ": " + status.ToString());
      c.events.push_back(std::move(parsed));
    }
    for (const auto& edited : spec.at("edited").as_array()) c.edited.push_back(edited.as_bool());
    cases.push_back(std::move(c));
  }
  return cases;
}

}  // namespace chatfleet::testing
