#pragma once

#include <string_view>
#include <vector>

#include "shared/core/error.h"
#include "shared/kafka/admin.h"

namespace chatfleet::kafka {

/// The fleet's topics and their partition counts: chat.events and chat.context are keyed by
/// conversation and sized for 12 workers; the dead letters and the outbound messages need less.
inline constexpr std::string_view kFleetTopics =
    "chat.events:12,chat.events.dlq:3,chat.context:12,chat.outbound:6,chat.outbound.dlq:3";

/// `name:partitions,...` → specs with the cluster's default replication factor; a name without
/// `:partitions` gets one partition. An empty name or a partition count that is not a positive
/// number is a permanent error naming the item.
Result<std::vector<TopicSpec>> ParseTopicList(std::string_view list);

}  // namespace chatfleet::kafka
