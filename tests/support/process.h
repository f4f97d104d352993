#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace chatfleet::testing {

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout only; stderr goes to the test log
};

/// Runs `argv` (no shell) with `input` on stdin, waits at most `timeout` (then kills it and
/// returns exit_code -1). For the independent clients the tests check with: psql, kcat, protoc.
CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& input = {},
                         std::chrono::milliseconds timeout = std::chrono::seconds(60));

/// A child process (a service under test) killed with SIGKILL when destroyed unless it exited.
class ChildProcess {
 public:
  /// `log_path`: when not empty, the child's stdout and stderr are appended to this file
  /// (otherwise they go to the test's own).
  ChildProcess(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
               const std::string& log_path = "");
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  int pid() const { return pid_; }
  void Signal(int signal);
  /// Waits for the exit; returns the exit code, 128+signal when killed, -1 on timeout.
  int Wait(std::chrono::milliseconds timeout);
  bool running();

 private:
  int pid_ = -1;
  int exit_status_ = -1;
  bool reaped_ = false;
};

/// Path of a built binary: `<build dir>/<relative>` (the build dir is compiled in).
std::string BinaryPath(const std::string& relative);
/// Path of a file of the source tree: `<source dir>/<relative>` (compiled in).
std::string SourcePath(const std::string& relative);

}  // namespace chatfleet::testing
