#pragma once

#include <functional>
#include <string>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "workers/flags/feature_flags.h"

namespace chatfleet::workers {

/// Which memory stages run for each event of a batch (aligned with the batch), from the
/// feature flags.
struct StageSwitches {
  std::vector<bool> personalization;
  std::vector<bool> recall;
  std::vector<bool> compression;
  /// Whether recall may ever look for the event's row by its words: the tenant has recall on
  /// for anyone (a group's recall reads every member's messages and the bot's), whatever the
  /// guard says right now. Only such rows get a full-text vector when stored.
  std::vector<bool> searchable;
  /// The names of the stages switched off for the event, as its context lists them.
  std::vector<std::vector<std::string>> disabled;
};

/// Whether a tenant's recall runs at all right now (RecallGuardMonitor::Admit).
using AdmitRecall = std::function<bool(const std::string& tenant)>;

/// Personalization and recall roll out by user, compression by conversation (it acts on a
/// whole conversation). Recall is on only where its flag is and `admit` lets the tenant in;
/// `admit` is asked only for events whose flag is on. Pure apart from `admit`.
StageSwitches SwitchStages(const std::vector<const v1::ChatEvent*>& events,
                           const FeatureFlags& flags, const AdmitRecall& admit);

}  // namespace chatfleet::workers
