#include "bench/process_cpu.h"

#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace chatfleet::bench {
namespace {

struct ProcStat {
  int pid = 0;
  int ppid = 0;
  double own = 0;     // utime + stime
  double reaped = 0;  // cutime + cstime: children that exited and were waited for
};

std::vector<ProcStat> AllProcesses() {
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  std::vector<ProcStat> all;
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    int pid = 0;
    if (std::from_chars(name.data(), name.data() + name.size(), pid).ec != std::errc()) continue;
    std::ifstream in(entry.path() / "stat");
    std::string line;
    if (!std::getline(in, line)) continue;
    // The command name (field 2) may hold spaces: the fields after it start past the last ')'.
    const auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream fields(line.substr(close + 2));
    std::string state;
    long long ppid = 0, skip = 0, utime = 0, stime = 0, cutime = 0, cstime = 0;
    fields >> state >> ppid;
    for (int i = 0; i < 9; ++i) fields >> skip;  // pgrp … cmajflt
    fields >> utime >> stime >> cutime >> cstime;
    all.push_back(
        {pid, static_cast<int>(ppid), (utime + stime) / ticks, (cutime + cstime) / ticks});
  }
  return all;
}

}  // namespace

std::map<std::string, std::vector<int>> ParseProcessGroups(std::string_view text) {
  std::map<std::string, std::vector<int>> groups;
  std::istringstream items{std::string(text)};
  std::string item;
  while (std::getline(items, item, ';')) {
    const auto equals = item.find('=');
    if (equals == std::string::npos || equals == 0) continue;
    std::istringstream pids(item.substr(equals + 1));
    std::string pid;
    auto& roots = groups[item.substr(0, equals)];
    while (std::getline(pids, pid, ',')) {
      int value = 0;
      if (std::from_chars(pid.data(), pid.data() + pid.size(), value).ec == std::errc() &&
          value > 0) {
        roots.push_back(value);
      }
    }
  }
  return groups;
}

CpuByGroup SampleCpu(const std::map<std::string, std::vector<int>>& groups) {
  const auto all = AllProcesses();
  std::map<int, std::vector<const ProcStat*>> children;
  std::map<int, const ProcStat*> by_pid;
  for (const auto& process : all) {
    children[process.ppid].push_back(&process);
    by_pid[process.pid] = &process;
  }
  CpuByGroup cpu;
  for (const auto& [name, roots] : groups) {
    double seconds = 0;
    std::vector<int> pending(roots.begin(), roots.end());
    std::set<int> seen;
    for (std::size_t i = 0; i < pending.size(); ++i) {
      const int pid = pending[i];
      if (!seen.insert(pid).second) continue;
      const auto found = by_pid.find(pid);
      if (found == by_pid.end()) continue;
      seconds += found->second->own;
      // A root's reaped children (exited backends) count; a descendant's are in its own root.
      if (i < roots.size()) seconds += found->second->reaped;
      for (const auto* child : children[pid]) pending.push_back(child->pid);
    }
    cpu[name] = seconds;
  }
  return cpu;
}

CpuByGroup CpuSpent(const CpuByGroup& before, const CpuByGroup& after) {
  CpuByGroup spent;
  for (const auto& [name, seconds] : after) {
    const auto found = before.find(name);
    spent[name] = seconds - (found == before.end() ? 0 : found->second);
  }
  return spent;
}

}  // namespace chatfleet::bench
