#include "shared/kafka/topic_list.h"

#include <charconv>
#include <string>

namespace chatfleet::kafka {
namespace {

Result<TopicSpec> ParseItem(std::string_view item) {
  const std::size_t colon = item.find(':');
  TopicSpec spec;
  spec.name = std::string(item.substr(0, colon));
  if (spec.name.empty()) {
    return Fail(Error::Permanent("topic list: empty topic name in '" + std::string(item) + "'"));
  }
  if (colon == std::string_view::npos) return spec;
  const std::string_view count = item.substr(colon + 1);
  const auto [end, err] =
      std::from_chars(count.data(), count.data() + count.size(), spec.partitions);
  if (err != std::errc() || end != count.data() + count.size() || spec.partitions <= 0) {
    return Fail(Error::Permanent("topic list: partitions of " + spec.name +
                                 " are not a positive number: '" + std::string(count) + "'"));
  }
  return spec;
}

}  // namespace

Result<std::vector<TopicSpec>> ParseTopicList(std::string_view list) {
  std::vector<TopicSpec> specs;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view item = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (item.empty()) continue;
    auto spec = ParseItem(item);
    if (!spec) return Fail(spec.error());
    specs.push_back(std::move(*spec));
  }
  return specs;
}

}  // namespace chatfleet::kafka
