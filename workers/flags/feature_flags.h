#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "shared/core/error.h"

namespace chatfleet::workers {

enum class Feature { kPersonalization, kRecall, kCompression, kProactive };

/// "personalization" | "recall" | "compression" | "proactive".
std::string_view FeatureName(Feature feature);

struct FlagSetting {
  bool enabled = true;        ///< false: the kill switch, nobody gets the feature
  int rollout_percent = 100;  ///< users whose bucket is below this get it

  /// Whether some subjects get the feature: not switched off, rollout above 0.
  bool OnForAnyone() const { return enabled && rollout_percent > 0; }
};

/// The configured flags (CHATFLEET_FLAGS), e.g. "recall=25,compression=off,personalization=on":
/// `on`, `off` or a rollout percentage per feature; features not named stay on at 100%.
/// Error on an unknown feature or value.
Result<std::map<Feature, FlagSetting>> ParseFlagConfig(std::string_view text);

/// The user's bucket 0..99 for a feature: FNV-1a 64 of "tenant/feature/subject", so the same
/// user lands in the same bucket on every worker, after restarts, and independently per
/// feature. Pure.
int RolloutBucket(std::string_view tenant, Feature feature, std::string_view subject);

/// Per-tenant feature flags: the configuration, overridden per tenant by the feature_flags
/// table (loaded per batch). Immutable after construction: thread-safe.
class FeatureFlags {
 public:
  using Overrides = std::map<std::pair<std::string, Feature>, FlagSetting>;

  FeatureFlags(std::map<Feature, FlagSetting> configured, Overrides overrides = {})
      : configured_(std::move(configured)), overrides_(std::move(overrides)) {}

  /// Whether `feature` is on for `subject` (a user id; the conversation id for compression).
  bool Enabled(Feature feature, const std::string& tenant, std::string_view subject) const;
  /// Whether `feature` is on for some of the tenant's subjects (not switched off, rollout > 0).
  bool EnabledForAnyone(Feature feature, const std::string& tenant) const;

 private:
  FlagSetting SettingOf(Feature feature, const std::string& tenant) const;

  std::map<Feature, FlagSetting> configured_;
  Overrides overrides_;
};

}  // namespace chatfleet::workers
