#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace chatfleet {

/// Turns SIGTERM and SIGINT into an orderly stop request.
///
/// Construct it first thing in main, before any thread starts: it blocks the signals for the
/// whole process so that only its own thread receives them (a library thread must never be the
/// one interrupted). Callbacks run on that thread, in registration order, once.
class ShutdownSignal {
 public:
  ShutdownSignal();
  ~ShutdownSignal();
  ShutdownSignal(const ShutdownSignal&) = delete;
  ShutdownSignal& operator=(const ShutdownSignal&) = delete;

  /// Registered callbacks run when a signal arrives or RequestStop is called.
  void OnStop(std::function<void()> callback);
  void RequestStop();
  bool stop_requested() const { return stop_requested_.load(); }
  /// Blocks until a stop is requested.
  void Wait();
  /// Waits for at most `timeout`; true when a stop was requested.
  bool WaitFor(std::chrono::milliseconds timeout);

 private:
  void RunCallbacks();

  std::atomic<bool> stop_requested_{false};
  std::mutex mutex_;
  std::condition_variable stopped_;
  std::vector<std::function<void()>> callbacks_;
  std::thread waiter_;
};

}  // namespace chatfleet
