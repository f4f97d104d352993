#pragma once

#include <string>

namespace chatfleet::bench {

struct MachineInfo {
  unsigned cpus = 0;      ///< online CPUs (what nproc prints)
  std::string cpu_model;  ///< "model name" of /proc/cpuinfo
  double memory_gib = 0;  ///< MemTotal of /proc/meminfo
  std::string kernel;     ///< uname -r
  double load_1min = 0;   ///< first field of /proc/loadavg
};

/// Reads /proc and uname; unknown fields stay empty or 0.
MachineInfo ReadMachineInfo();

/// The machine's CPU time so far (first line of /proc/stat), in seconds: the difference of two
/// readings is what every process together used — the database and the broker included.
struct CpuTimes {
  double busy = 0;  ///< user, nice, system, irq, softirq, steal
  double idle = 0;  ///< idle and iowait
  double self = 0;  ///< of it, this process's (user and system, every thread)
};
CpuTimes ReadCpuTimes();

}  // namespace chatfleet::bench
