#include "workers/context/answered_positions.h"

#include <string>

#include "shared/pg/pg_array.h"

namespace chatfleet::workers {
namespace {

constexpr std::string_view kLoad = R"sql(
SELECT a.topic, a.partition, a.next_offset
FROM unnest($1::text[], $2::int[]) AS k(topic, partition)
JOIN answered_positions a USING (topic, partition))sql";

constexpr std::string_view kRecord = R"sql(
INSERT INTO answered_positions AS a (topic, partition, next_offset)
SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[])
ON CONFLICT (topic, partition) DO UPDATE
  SET next_offset = EXCLUDED.next_offset, updated_at = now()
  WHERE a.next_offset < EXCLUDED.next_offset)sql";

}  // namespace

Result<std::map<kafka::TopicPartition, std::int64_t>> AnsweredPositions::Load(
    const std::set<kafka::TopicPartition>& partitions) {
  std::map<kafka::TopicPartition, std::int64_t> answered;
  if (partitions.empty()) return answered;
  auto connection = connection_.Get();
  if (!connection) return Fail(connection.error());
  pg::ArrayColumns<2> keys;
  for (const auto& partition : partitions) {
    keys[0].Add(partition.topic);
    keys[1].Add(std::to_string(partition.partition));
    keys.EndRow();
  }
  auto rows = keys.Exec(**connection, kLoad);
  if (!rows) return Fail(rows.error());
  for (int r = 0; r < rows->rows(); ++r) {
    answered[{std::string(rows->Value(r, 0)), static_cast<std::int32_t>(rows->Int(r, 1))}] =
        rows->Int(r, 2);
  }
  return answered;
}

Status AnsweredPositions::Record(const std::vector<kafka::PartitionOffset>& answered) {
  if (answered.empty()) return {};
  auto connection = connection_.Get();
  if (!connection) return Fail(connection.error());
  pg::ArrayColumns<3> rows;
  for (const auto& position : answered) {
    rows[0].Add(position.topic);
    rows[1].Add(std::to_string(position.partition));
    rows[2].Add(std::to_string(position.next_offset));
    rows.EndRow();
  }
  if (auto done = rows.Exec(**connection, kRecord); !done) return Fail(done.error());
  return {};
}

}  // namespace chatfleet::workers
