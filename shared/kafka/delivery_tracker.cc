#include "shared/kafka/delivery_tracker.h"

#include <condition_variable>
#include <mutex>
#include <string>

namespace chatfleet::kafka {

struct DeliveryTracker::State {
  mutable std::mutex mutex;
  mutable std::condition_variable reported;
  int pending = 0;
  int failed = 0;
  std::string last_error;
};

DeliveryTracker::DeliveryTracker() : state_(std::make_shared<State>()) {}

DeliveryCallback DeliveryTracker::Track() {
  {
    std::lock_guard lock(state_->mutex);
    ++state_->pending;
  }
  return [state = state_](const Status& delivered) {
    {
      std::lock_guard lock(state->mutex);
      --state->pending;
      if (!delivered) {
        ++state->failed;
        state->last_error = delivered.error().message;
      }
    }
    state->reported.notify_all();
  };
}

void DeliveryTracker::Forget() {
  {
    std::lock_guard lock(state_->mutex);
    --state_->pending;
  }
  state_->reported.notify_all();
}

Status DeliveryTracker::Wait(std::chrono::milliseconds timeout) const {
  std::unique_lock lock(state_->mutex);
  if (!state_->reported.wait_for(lock, timeout, [this] { return state_->pending <= 0; })) {
    return Fail(Error::Retryable(std::to_string(state_->pending) +
                                 " messages not acknowledged within " +
                                 std::to_string(timeout.count()) + " ms"));
  }
  if (state_->failed > 0) {
    return Fail(Error::Retryable(std::to_string(state_->failed) +
                                 " messages were not acknowledged: " + state_->last_error));
  }
  return {};
}

int DeliveryTracker::pending() const {
  std::lock_guard lock(state_->mutex);
  return state_->pending;
}

}  // namespace chatfleet::kafka
