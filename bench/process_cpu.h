#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace chatfleet::bench {

/// CPU seconds (user + system) used so far by named groups of processes: each group is a set
/// of root pids, counted with all their descendants and the children they already reaped
/// (PostgreSQL's backends come and go under the postmaster). From /proc/<pid>/stat.
using CpuByGroup = std::map<std::string, double>;

/// `workers=12,34;ingest=56;postgres=78;broker=90` (what bench/run passes in
/// CHATFLEET_BENCH_PROCESSES) → group → root pids. Malformed items are skipped.
std::map<std::string, std::vector<int>> ParseProcessGroups(std::string_view text);

CpuByGroup SampleCpu(const std::map<std::string, std::vector<int>>& groups);

/// `after - before` per group.
CpuByGroup CpuSpent(const CpuByGroup& before, const CpuByGroup& after);

}  // namespace chatfleet::bench
