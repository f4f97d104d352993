// The runner's own ordering against its seams, in process: scripted doubles of the event source,
// the history and dead-letter sinks, the context sink and the answered positions write what the
// runner asks of them into one journal, and the tests read the order off it. No Kafka, no
// PostgreSQL: the real edges are covered end to end (tests/e2e: spine, memory, the rebalance and
// fault tests). The context sink's double keeps MemoryStages' contract and nothing more: events
// below their partition's answered position get no context, and a failed acknowledgement sends
// the batch's contexts again and returns a retryable error.
#include "workers/runner/batch_runner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <future>
#include <initializer_list>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace chatfleet::workers {
namespace {

using namespace std::chrono_literals;

constexpr const char* kTopic = "chat.events";

/// Everything the doubles were asked, in order; written from the runner's thread and the lane.
class Journal {
 public:
  void Add(std::string entry) {
    std::lock_guard lock(mutex_);
    entries_.push_back(std::move(entry));
  }
  std::vector<std::string> Entries() const {
    std::lock_guard lock(mutex_);
    return entries_;
  }
  /// Where `entry` first appears; -1 when it does not.
  std::ptrdiff_t IndexOf(const std::string& entry) const {
    const auto entries = Entries();
    const auto found = std::find(entries.begin(), entries.end(), entry);
    return found == entries.end() ? -1 : found - entries.begin();
  }
  std::vector<std::string> StartingWith(const std::string& prefix) const {
    std::vector<std::string> matching;
    for (const auto& entry : Entries()) {
      if (entry.starts_with(prefix)) matching.push_back(entry);
    }
    return matching;
  }
  int Count(const std::string& entry) const {
    const auto entries = Entries();
    return static_cast<int>(std::count(entries.begin(), entries.end(), entry));
  }
  std::string Dump() const {
    std::string text;
    for (const auto& entry : Entries()) text += "  " + entry + "\n";
    return text;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> entries_;
};

/// "p0:2 p1:2": partitions and next offsets, as the journal writes them.
std::string Describe(const std::vector<kafka::PartitionOffset>& offsets) {
  std::string text;
  for (const auto& offset : offsets) {
    text += (text.empty() ? "p" : " p") + std::to_string(offset.partition) + ":" +
            std::to_string(offset.next_offset);
  }
  return text;
}

std::string EventIdOf(int partition, std::int64_t offset) {
  return "p" + std::to_string(partition) + "-" + std::to_string(offset);
}

/// A person's message in the partition's own conversation; its event id says where it was read.
kafka::ConsumedMessage Message(int partition, std::int64_t offset) {
  v1::ChatEvent event;
  event.set_event_id(EventIdOf(partition, offset));
  event.set_tenant("acme");
  event.set_bot("elena");
  event.set_platform(v1::PLATFORM_TELEGRAM);
  event.mutable_conversation()->set_id("c" + std::to_string(partition));
  event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_DIRECT);
  event.mutable_sender()->set_user_id("42");
  event.mutable_sender()->set_display_name("Sarah");
  event.set_role(v1::ROLE_USER);
  event.set_text("hello");
  event.set_platform_message_id(EventIdOf(partition, offset));
  event.mutable_sent_at()->set_seconds(1795341600);
  event.mutable_received_at()->set_seconds(1795341601);
  kafka::ConsumedMessage message;
  message.topic = kTopic;
  message.partition = partition;
  message.offset = offset;
  message.key = "acme/PLATFORM_TELEGRAM/c" + std::to_string(partition);
  message.value = event.SerializeAsString();
  return message;
}

/// Messages by (partition, offset).
std::vector<kafka::ConsumedMessage> Batch(std::initializer_list<std::pair<int, std::int64_t>> at) {
  std::vector<kafka::ConsumedMessage> batch;
  for (const auto& [partition, offset] : at) batch.push_back(Message(partition, offset));
  return batch;
}

/// One poll: the rebalance the group delivers inside it (if any), then the batch it returns.
struct Poll {
  Poll(std::vector<kafka::ConsumedMessage> batch,
       std::optional<kafka::RebalanceEvent> rebalance = std::nullopt)
      : batch(std::move(batch)), rebalance(std::move(rebalance)) {}
  std::vector<kafka::ConsumedMessage> batch;
  std::optional<kafka::RebalanceEvent> rebalance;
};

kafka::RebalanceEvent Revoked(int partition) {
  return {kafka::RebalanceKind::kRevoked, {{kTopic, partition}}};
}
kafka::RebalanceEvent Lost(int partition) {
  return {kafka::RebalanceKind::kLost, {{kTopic, partition}}};
}

class ScriptedSource final : public EventSource {
 public:
  ScriptedSource(Journal& journal, std::vector<Poll> polls)
      : journal_(journal), polls_(std::move(polls)) {}

  Result<std::vector<kafka::ConsumedMessage>> PollBatch(std::size_t, std::chrono::milliseconds,
                                                        std::chrono::milliseconds) override {
    if (next_ == polls_.size()) {
      // A few quiet polls first: the runner settles and commits what is in flight on them (with
      // retries), then it is asked to stop.
      constexpr int kQuietPolls = 2;
      if (++quiet_polls_ > kQuietPolls) exhausted_ = true;
      return std::vector<kafka::ConsumedMessage>{};
    }
    // Moved out first: a rewind inside the revoke handler inserts a poll into the script.
    returning_ = std::move(polls_[next_].batch);
    const auto rebalance = polls_[next_++].rebalance;
    if (rebalance && revoke_handler_) {
      const std::string what =
          (rebalance->kind == kafka::RebalanceKind::kLost ? "lost p" : "revoke p") +
          std::to_string(rebalance->partitions.front().partition);
      journal_.Add(what + " begin");
      revoke_handler_(*rebalance);
      journal_.Add(what + " end");
    }
    for (const auto& message : returning_) delivered_[message.partition].insert(message.offset);
    return std::move(returning_);
  }
  /// As a seek: the next poll delivers again what was delivered from `starts` on, with what
  /// the poll in progress had collected of those partitions.
  void Rewind(const std::vector<kafka::PartitionOffset>& starts) override {
    std::vector<kafka::ConsumedMessage> again;
    for (const auto& start : starts) {
      journal_.Add("rewind p" + std::to_string(start.partition) + ":" +
                   std::to_string(start.next_offset));
      auto& delivered = delivered_[start.partition];
      for (auto at = delivered.lower_bound(start.next_offset); at != delivered.end();) {
        again.push_back(Message(start.partition, *at));
        at = delivered.erase(at);
      }
      std::erase_if(returning_, [&](const kafka::ConsumedMessage& message) {
        if (message.partition != start.partition || message.offset < start.next_offset) {
          return false;
        }
        again.push_back(message);
        return true;
      });
    }
    std::sort(again.begin(), again.end(), [](const auto& a, const auto& b) {
      return std::pair(a.partition, a.offset) < std::pair(b.partition, b.offset);
    });
    polls_.insert(polls_.begin() + static_cast<std::ptrdiff_t>(next_), Poll(std::move(again)));
  }
  Status Commit(const std::vector<kafka::PartitionOffset>& offsets) override {
    if (failing_commits_ > 0) {
      --failing_commits_;
      journal_.Add("commit " + Describe(offsets) + " failed");
      return Fail(Error::Retryable("coordinator not available"));
    }
    journal_.Add("commit " + Describe(offsets));
    return {};
  }
  void SetRevokeHandler(RevokeHandler before_revoke) override {
    revoke_handler_ = std::move(before_revoke);
  }
  std::map<kafka::TopicPartition, std::int64_t> Lag() const override { return {}; }
  std::int64_t OffsetResets() const override { return 0; }

  /// The script is played out: the runner is asked to stop.
  bool exhausted() const { return exhausted_; }
  void FailNextCommits(int count) { failing_commits_ = count; }

 private:
  Journal& journal_;
  std::vector<Poll> polls_;
  std::size_t next_ = 0;
  int quiet_polls_ = 0;
  std::atomic<bool> exhausted_{false};
  int failing_commits_ = 0;
  RevokeHandler revoke_handler_;
  std::vector<kafka::ConsumedMessage> returning_;    // the poll in progress
  std::map<int, std::set<std::int64_t>> delivered_;  // offsets by partition
};

/// Stores by the natural key (here the platform message id): a row read again inserts nothing.
class ScriptedHistory final : public HistorySink {
 public:
  explicit ScriptedHistory(Journal& journal) : journal_(journal) {}

  Result<WriteOutcome> Write(const std::vector<HistoryRow>& rows, const InTransaction&) override {
    std::string ids;
    WriteOutcome outcome;
    for (const auto& row : rows) {
      ids += " " + row.event_id;
      const bool inserted = keys_.insert(row.platform_message_id).second;
      outcome.inserted += inserted ? 1 : 0;
      outcome.duplicates += inserted ? 0 : 1;
      outcome.ids.push_back(inserted ? ++last_id_ : 0);
    }
    journal_.Add("store" + ids);
    return outcome;
  }
  Result<WriteOutcome> WriteOne(const HistoryRow& row) override { return Write({row}, {}); }
  Status Connect() override { return {}; }

 private:
  Journal& journal_;
  std::set<std::string> keys_;
  std::int64_t last_id_ = 0;
};

class ScriptedDeadLetters final : public DeadLetterSink {
 public:
  explicit ScriptedDeadLetters(Journal& journal) : journal_(journal) {}
  Status Publish(const kafka::ConsumedMessage& message, const Rejection&) override {
    journal_.Add("dead letter p" + std::to_string(message.partition) + "-" +
                 std::to_string(message.offset));
    return {};
  }
  Status Flush(std::chrono::milliseconds) override { return {}; }

 private:
  Journal& journal_;
};

/// Moves forward only, as answered_positions does.
class ScriptedPositions final : public AnsweredPositionStore {
 public:
  explicit ScriptedPositions(Journal& journal) : journal_(journal) {}
  Result<std::map<kafka::TopicPartition, std::int64_t>> Load(
      const std::set<kafka::TopicPartition>& partitions) override {
    std::lock_guard lock(mutex_);
    std::map<kafka::TopicPartition, std::int64_t> found;
    for (const auto& partition : partitions) {
      if (auto position = positions_.find(partition); position != positions_.end()) {
        found.insert(*position);
      }
    }
    return found;
  }
  Status Record(const std::vector<kafka::PartitionOffset>& answered) override {
    journal_.Add("record " + Describe(answered));
    std::lock_guard lock(mutex_);
    for (const auto& offset : answered) {
      auto& position = positions_[{offset.topic, offset.partition}];
      position = std::max(position, offset.next_offset);
    }
    return {};
  }

 private:
  Journal& journal_;
  std::mutex mutex_;
  std::map<kafka::TopicPartition, std::int64_t> positions_;
};

/// The broker's answer to the n-th send (1-based) of an event's context.
using Delivery = std::function<Status(const std::string& event_id, int send)>;

Status Delivered(const std::string&, int) { return {}; }

class ScriptedContexts final : public ContextSink {
 public:
  ScriptedContexts(Journal& journal, AnsweredPositionStore& positions)
      : journal_(journal), positions_(positions) {}

  void SetDelivery(Delivery delivery) { delivery_ = std::move(delivery); }
  int SendsOf(const std::string& event_id) const {
    std::lock_guard lock(mutex_);
    const auto found = sends_.find(event_id);
    return found == sends_.end() ? 0 : found->second;
  }
  int revocations() const { return revocations_.load(); }

  Result<Prepared> Prepare(const std::vector<const IntakeEvent*>& events) override {
    std::set<kafka::TopicPartition> partitions;
    for (const auto* event : events) partitions.insert({event->topic, event->partition});
    auto positions = positions_.Load(partitions);
    if (!positions) return Fail(positions.error());
    Prepared prepared;
    for (const auto* event : events) {
      const auto position = positions->find({event->topic, event->partition});
      prepared.answered.push_back(position != positions->end() && event->offset < position->second);
    }
    prepared.personal.row_languages.resize(events.size());
    return prepared;
  }
  HistorySink::InTransaction EffectsOf(const Prepared&) const override { return {}; }

  Result<PendingContexts> PublishContexts(const std::vector<const IntakeEvent*>& events,
                                          const std::vector<const kafka::ConsumedMessage*>&,
                                          const std::vector<bool>& stored, const Written&,
                                          const Prepared& prepared,
                                          const std::function<Status()>& before_send) override {
    if (before_send) {
      if (auto ready = before_send(); !ready) return Fail(ready.error());
    }
    PendingContexts pending;
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (!stored[i] || prepared.answered[i]) continue;
      PendingContexts::Context context{{"chat.context", "", events[i]->event.event_id(), {}},
                                       events[i]->event.event_id()};
      Send(context, pending.acks);
      pending.contexts.push_back(std::move(context));
    }
    return pending;
  }

  Status AwaitContexts(PendingContexts& pending) override {
    std::string ids;
    for (const auto& context : pending.contexts) ids += " " + context.event_id;
    auto acked = pending.acks.Wait(5s);
    if (acked) {
      journal_.Add("acked" + ids);
      return {};
    }
    journal_.Add("ack failed" + ids);
    pending.acks = kafka::DeliveryTracker();
    for (const auto& context : pending.contexts) Send(context, pending.acks);
    return Fail(acked.error());
  }
  void Maintain(const std::vector<const IntakeEvent*>&, const Prepared&) override {}
  void OnPartitionsRevoked() override { revocations_.fetch_add(1); }

 private:
  void Send(const PendingContexts::Context& context, kafka::DeliveryTracker& acks) {
    journal_.Add("send " + context.event_id);
    int send = 0;
    {
      std::lock_guard lock(mutex_);
      send = ++sends_[context.event_id];
    }
    acks.Track()(delivery_(context.event_id, send));
  }

  Journal& journal_;
  AnsweredPositionStore& positions_;
  Delivery delivery_ = Delivered;
  mutable std::mutex mutex_;
  std::map<std::string, int> sends_;
  std::atomic<int> revocations_{0};
};

/// One worker's seams around a runner; `positions`, `history` and `contexts` may be another
/// worker's (the next owner of a partition shares the database and the broker).
class Worker {
 public:
  Worker(ScriptedHistory& history, ScriptedContexts& contexts, ScriptedPositions& positions,
         Journal& journal)
      : history_(history), contexts_(contexts), positions_(positions), journal_(journal) {}

  /// Runs the script to its end (then the runner drains), within a time bound.
  Status Run(ScriptedSource& source) {
    ScriptedDeadLetters dead_letters(journal_);
    RunnerOptions options;
    options.retry.initial_delay = 1ms;
    options.retry.max_delay = 5ms;
    BatchRunner runner({source, history_, dead_letters, &contexts_, &positions_}, metrics_,
                       options);
    auto run = std::async(std::launch::async, [&] {
      return runner.Run([&] { return source.exhausted() || stop_.load(); });
    });
    if (run.wait_for(60s) != std::future_status::ready) {
      std::fprintf(stderr, "the runner did not finish its script within 60 s:\n%s",
                   journal_.Dump().c_str());
      std::abort();
    }
    return run.get();
  }
  /// As SIGTERM: the runner stops retrying.
  void RequestStop() { stop_ = true; }
  double CommitFailures() {
    return metrics_.AddCounter("chatfleet_worker_commit_failures_total", "").value();
  }

 private:
  ScriptedHistory& history_;
  ScriptedContexts& contexts_;
  ScriptedPositions& positions_;
  Journal& journal_;
  metrics::Registry metrics_;
  std::atomic<bool> stop_{false};
};

class BatchRunnerTest : public ::testing::Test {
 protected:
  /// Entry `earlier` is in the journal, and before `later` (which is there too).
  ::testing::AssertionResult Before(const std::string& earlier, const std::string& later) const {
    const auto first = journal_.IndexOf(earlier);
    const auto second = journal_.IndexOf(later);
    if (first >= 0 && second >= 0 && first < second) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "'" << earlier << "' (" << first << ") not before '"
                                         << later << "' (" << second << ") in\n"
                                         << journal_.Dump();
  }
  std::vector<std::string> Commits() const { return journal_.StartingWith("commit "); }

  Journal journal_;
  ScriptedPositions positions_{journal_};
  ScriptedHistory history_{journal_};
  ScriptedContexts contexts_{journal_, positions_};
  Worker worker_{history_, contexts_, positions_, journal_};
};

TEST_F(BatchRunnerTest,
       OffsetsAreCommittedOnlyAfterTheContextsAreAcknowledgedAndPositionsRecorded) {
  // Given two batches of partition 0 and a broker that acknowledges every context
  ScriptedSource source(journal_, {{Batch({{0, 0}, {0, 1}})}, {Batch({{0, 2}, {0, 3}})}});
  // When the runner plays them
  ASSERT_TRUE(worker_.Run(source));
  // Then each batch is stored, its contexts sent and acknowledged, its positions recorded, and
  // only then its offsets committed, in batch order
  EXPECT_TRUE(Before("store p0-0 p0-1", "send p0-0"));
  EXPECT_TRUE(Before("send p0-1", "acked p0-0 p0-1"));
  EXPECT_TRUE(Before("acked p0-0 p0-1", "record p0:2"));
  EXPECT_TRUE(Before("record p0:2", "commit p0:2"));
  EXPECT_TRUE(Before("acked p0-2 p0-3", "record p0:4"));
  EXPECT_TRUE(Before("record p0:4", "commit p0:4"));
  EXPECT_EQ(Commits(), (std::vector<std::string>{"commit p0:2", "commit p0:4"})) << journal_.Dump();
}

TEST_F(BatchRunnerTest, ABatchInFlightIsCommittedBeforeItsPartitionIsRevoked) {
  // Given a batch of partitions 0 and 1 on the post-store lane when partition 1 is revoked
  ScriptedSource source(journal_, {{Batch({{0, 0}, {1, 0}})}, {Batch({{0, 1}}), Revoked(1)}});
  ASSERT_TRUE(worker_.Run(source));
  // Then the revoke handler finishes it — acknowledged, recorded, committed — while partition 1
  // is still ours, and later commits are of partition 0 alone
  EXPECT_TRUE(Before("revoke p1 begin", "acked p0-0 p1-0"));
  EXPECT_TRUE(Before("record p0:1 p1:1", "commit p0:1 p1:1"));
  EXPECT_TRUE(Before("commit p0:1 p1:1", "revoke p1 end"));
  EXPECT_EQ(Commits(), (std::vector<std::string>{"commit p0:1 p1:1", "commit p0:2"}))
      << journal_.Dump();
  EXPECT_EQ(contexts_.revocations(), 1) << "the cached windows are forgotten";
}

TEST_F(BatchRunnerTest, ARevokedPartitionsBatchWhoseContextsFailIsLeftUncommittedForTheNextOwner) {
  // Given a batch of partition 1 whose contexts the broker never acknowledges, on the lane when
  // partition 1 is revoked, and then a batch of partition 0
  contexts_.SetDelivery([](const std::string& event_id, int) -> Status {
    if (event_id.starts_with("p1-")) return Fail(Error::Retryable("broker down"));
    return {};
  });
  ScriptedSource source(journal_,
                        {{Batch({{1, 0}, {1, 1}})}, {Batch({{0, 0}, {0, 1}}), Revoked(1)}});
  ASSERT_TRUE(worker_.Run(source));
  // Then nothing of partition 1 is committed or recorded by us; partition 0's batch is
  EXPECT_TRUE(Before("revoke p1 begin", "ack failed p1-0 p1-1"));
  EXPECT_TRUE(journal_.StartingWith("record").size() == 1 && journal_.Count("record p0:2") == 1)
      << journal_.Dump();
  EXPECT_EQ(Commits(), (std::vector<std::string>{"commit p0:2"})) << journal_.Dump();
}

TEST_F(BatchRunnerTest, AKeptPartitionOfABatchGivenUpOnRevocationIsReadAgainNotSkipped) {
  // Given a batch of partitions 0 and 1 whose contexts of partition 0 are not acknowledged on
  // their first two sends, on the lane when partition 1 is revoked (the one attempt inside the
  // rebalance gives the batch up), and then a batch of partition 0
  contexts_.SetDelivery([](const std::string& event_id, int send) -> Status {
    if (event_id == "p0-0" && send <= 2) return Fail(Error::Retryable("broker down"));
    return {};
  });
  ScriptedSource source(journal_, {{Batch({{0, 0}, {1, 0}})}, {Batch({{0, 1}}), Revoked(1)}});
  ASSERT_TRUE(worker_.Run(source));
  // Then partition 0 is read again from the given-up batch's start: its first event's context
  // is acknowledged before anything of partition 0 is recorded as answered or committed (the
  // bug: the next batch's commit covered an event whose context never went out)
  EXPECT_TRUE(Before("revoke p1 begin", "ack failed p0-0 p1-0"));
  EXPECT_TRUE(Before("ack failed p0-0 p1-0", "rewind p0:0"));
  EXPECT_TRUE(Before("acked p0-0 p0-1", "record p0:2"));
  EXPECT_TRUE(Before("record p0:2", "commit p0:2"));
  EXPECT_EQ(journal_.StartingWith("record").size(), 1u) << journal_.Dump();
  EXPECT_EQ(Commits(), (std::vector<std::string>{"commit p0:2"})) << journal_.Dump();
}

TEST_F(BatchRunnerTest, ALostPartitionIsNotCommittedButItsAnsweredPositionIsRecorded) {
  // Given a batch of partitions 0 and 1 on the lane when partition 1 is lost (already someone
  // else's: a commit could only fail or rewind the new owner)
  ScriptedSource source(journal_, {{Batch({{0, 0}, {0, 1}, {1, 0}})}, {Batch({{0, 2}}), Lost(1)}});
  ASSERT_TRUE(worker_.Run(source));
  // Then its contexts still count: the positions of both partitions are recorded once
  // acknowledged, before the commit, which names partition 0 alone
  EXPECT_TRUE(Before("acked p0-0 p0-1 p1-0", "record p0:2 p1:1"));
  EXPECT_TRUE(Before("record p0:2 p1:1", "commit p0:2"));
  EXPECT_EQ(Commits(), (std::vector<std::string>{"commit p0:2", "commit p0:3"})) << journal_.Dump();
}

TEST_F(BatchRunnerTest, AFailedCommitIsCountedNotRetriedAndRepeatsNoEffect) {
  // Given a coordinator that refuses the first commit
  ScriptedSource source(journal_, {{Batch({{0, 0}, {0, 1}})}, {Batch({{0, 2}})}});
  source.FailNextCommits(1);
  ASSERT_TRUE(worker_.Run(source));
  // Then the runner goes on (the next commit covers the batch: the natural key and the answered
  // positions make a re-read harmless), and nothing was stored or sent twice
  EXPECT_EQ(Commits(), (std::vector<std::string>{"commit p0:2 failed", "commit p0:3"}))
      << journal_.Dump();
  EXPECT_EQ(worker_.CommitFailures(), 1);
  EXPECT_EQ(journal_.StartingWith("store").size(), 2u) << journal_.Dump();
  for (const char* id : {"p0-0", "p0-1", "p0-2"}) EXPECT_EQ(contexts_.SendsOf(id), 1) << id;
}

TEST_F(BatchRunnerTest, AFailedAcknowledgementHoldsTheCommitUntilTheContextsAreSentAgain) {
  // Given a broker that fails the first delivery of p0-1's context
  contexts_.SetDelivery([](const std::string& event_id, int send) -> Status {
    if (event_id == "p0-1" && send == 1) return Fail(Error::Retryable("request timed out"));
    return {};
  });
  ScriptedSource source(journal_, {{Batch({{0, 0}, {0, 1}})}, {Batch({{0, 2}})}});
  ASSERT_TRUE(worker_.Run(source));
  // Then the batch's contexts go out again and the offsets move only once those are acknowledged;
  // the next batch's contexts wait for them (a conversation's contexts stay in order)
  EXPECT_TRUE(Before("ack failed p0-0 p0-1", "acked p0-0 p0-1"));
  EXPECT_TRUE(Before("acked p0-0 p0-1", "record p0:2"));
  EXPECT_TRUE(Before("record p0:2", "commit p0:2"));
  EXPECT_TRUE(Before("acked p0-0 p0-1", "send p0-2"));
  EXPECT_EQ(contexts_.SendsOf("p0-1"), 2);
  EXPECT_EQ(Commits(), (std::vector<std::string>{"commit p0:2", "commit p0:3"})) << journal_.Dump();
}

TEST_F(BatchRunnerTest, ContextsNeverAcknowledgedLeaveTheirBatchAndTheNextUncommitted) {
  // Given a broker that never acknowledges p0-1's context, and a later batch of the partition;
  // the worker is stopped after the third failed send
  contexts_.SetDelivery([this](const std::string& event_id, int send) -> Status {
    if (event_id != "p0-1") return {};
    if (send == 3) worker_.RequestStop();
    return Fail(Error::Retryable("broker down"));
  });
  ScriptedSource source(journal_, {{Batch({{0, 0}, {0, 1}})}, {Batch({{0, 2}})}});
  ASSERT_TRUE(worker_.Run(source));
  // Then the runner retried until stopped and left both uncommitted: the later batch's offset
  // would cover the earlier's, and its contexts were held back behind them
  EXPECT_TRUE(Commits().empty()) << journal_.Dump();
  EXPECT_TRUE(journal_.StartingWith("record").empty()) << journal_.Dump();
  EXPECT_EQ(contexts_.SendsOf("p0-2"), 0);
}

TEST_F(BatchRunnerTest, ABatchReadAgainAfterItsPartitionWasLostSendsNoContextAgain) {
  // Given a worker that answered p1-0 and lost partition 1 before committing it
  ScriptedSource first(journal_, {{Batch({{0, 0}, {1, 0}})}, {Batch({{0, 1}}), Lost(1)}});
  ASSERT_TRUE(worker_.Run(first));
  ASSERT_EQ(contexts_.SendsOf("p1-0"), 1);
  // When the partition's next owner reads it again from its committed offset
  Worker next_owner{history_, contexts_, positions_, journal_};
  ScriptedSource again(journal_, {{Batch({{1, 0}, {1, 1}})}});
  ASSERT_TRUE(next_owner.Run(again));
  // Then the answered message gets no second context, the new one gets its first
  EXPECT_EQ(contexts_.SendsOf("p1-0"), 1) << journal_.Dump();
  EXPECT_EQ(contexts_.SendsOf("p1-1"), 1) << journal_.Dump();
  EXPECT_EQ(journal_.Count("commit p1:2"), 1) << journal_.Dump();
}

TEST_F(BatchRunnerTest, ABatchReadAgainAfterAFailedCommitSendsNoContextAgain) {
  // Given a worker whose only commit failed after its batch was answered
  ScriptedSource first(journal_, {{Batch({{0, 0}, {0, 1}})}});
  first.FailNextCommits(1);
  ASSERT_TRUE(worker_.Run(first));
  // When the batch is read again (the committed offset did not move)
  Worker next_owner{history_, contexts_, positions_, journal_};
  ScriptedSource again(journal_, {{Batch({{0, 0}, {0, 1}})}});
  ASSERT_TRUE(next_owner.Run(again));
  // Then it is stored as duplicates and answered no second time, and this time committed
  EXPECT_EQ(contexts_.SendsOf("p0-0"), 1) << journal_.Dump();
  EXPECT_EQ(contexts_.SendsOf("p0-1"), 1) << journal_.Dump();
  EXPECT_EQ(Commits(), (std::vector<std::string>{"commit p0:2 failed", "commit p0:2"}))
      << journal_.Dump();
}

}  // namespace
}  // namespace chatfleet::workers
