#include "bench/machine_info.h"

#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <fstream>
#include <string_view>

namespace chatfleet::bench {
namespace {

/// The value after "key:" on the first line of `path` starting with `key`.
std::string FieldOf(const char* path, std::string_view key) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with(key)) continue;
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    const auto start = line.find_first_not_of(" \t", colon + 1);
    return start == std::string::npos ? std::string() : line.substr(start);
  }
  return {};
}

}  // namespace

MachineInfo ReadMachineInfo() {
  MachineInfo info;
  const long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  info.cpus = cpus > 0 ? static_cast<unsigned>(cpus) : 0;
  info.cpu_model = FieldOf("/proc/cpuinfo", "model name");
  const std::string mem_kib = FieldOf("/proc/meminfo", "MemTotal");
  if (!mem_kib.empty()) info.memory_gib = std::stod(mem_kib) / (1024.0 * 1024.0);
  std::ifstream loadavg("/proc/loadavg");
  loadavg >> info.load_1min;
  utsname name{};
  if (uname(&name) == 0) info.kernel = name.release;
  return info;
}

CpuTimes ReadCpuTimes() {
  std::ifstream stat("/proc/stat");
  std::string cpu;
  double user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
  stat >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
  const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
  rusage self{};
  getrusage(RUSAGE_SELF, &self);
  const auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return {(user + nice + system + irq + softirq + steal) / tick, (idle + iowait) / tick,
          seconds(self.ru_utime) + seconds(self.ru_stime)};
}

}  // namespace chatfleet::bench
