#include "shared/core/lifecycle.h"

#include <pthread.h>
#include <signal.h>

namespace chatfleet {
namespace {

sigset_t StopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  // SIGUSR2 only wakes the waiter when the object is destroyed without a signal.
  sigaddset(&set, SIGUSR2);
  return set;
}

}  // namespace

ShutdownSignal::ShutdownSignal() {
  sigset_t set = StopSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  // A peer closing a socket must be an error code, never a process kill.
  signal(SIGPIPE, SIG_IGN);
  waiter_ = std::thread([this, set] {
    int received = 0;
    sigwait(&set, &received);
    if (received != SIGUSR2) RequestStop();
  });
}

ShutdownSignal::~ShutdownSignal() {
  if (waiter_.joinable()) {
    pthread_kill(waiter_.native_handle(), SIGUSR2);
    waiter_.join();
  }
}

void ShutdownSignal::OnStop(std::function<void()> callback) {
  std::lock_guard lock(mutex_);
  callbacks_.push_back(std::move(callback));
}

void ShutdownSignal::RequestStop() {
  if (stop_requested_.exchange(true)) return;
  RunCallbacks();
  std::lock_guard lock(mutex_);
  stopped_.notify_all();
}

void ShutdownSignal::RunCallbacks() {
  std::vector<std::function<void()>> callbacks;
  {
    std::lock_guard lock(mutex_);
    callbacks = callbacks_;
  }
  for (auto& callback : callbacks) callback();
}

void ShutdownSignal::Wait() {
  std::unique_lock lock(mutex_);
  stopped_.wait(lock, [this] { return stop_requested_.load(); });
}

bool ShutdownSignal::WaitFor(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return stopped_.wait_for(lock, timeout, [this] { return stop_requested_.load(); });
}

}  // namespace chatfleet
