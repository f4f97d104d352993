#include "workers/flags/feature_flags.h"

#include <charconv>
#include <cstdint>

namespace chatfleet::workers {
namespace {

constexpr std::pair<Feature, std::string_view> kFeatures[] = {
    {Feature::kPersonalization, "personalization"},
    {Feature::kRecall, "recall"},
    {Feature::kCompression, "compression"},
    {Feature::kProactive, "proactive"},
};

std::string_view Trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

}  // namespace

std::string_view FeatureName(Feature feature) {
  for (const auto& [known, name] : kFeatures) {
    if (known == feature) return name;
  }
  return "unknown";
}

Result<std::map<Feature, FlagSetting>> ParseFlagConfig(std::string_view text) {
  std::map<Feature, FlagSetting> flags;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    const std::string_view item = Trim(text.substr(0, comma));
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    if (item.empty()) continue;
    const std::size_t equals = item.find('=');
    if (equals == std::string_view::npos) {
      return Fail(Error::Fatal("flag '" + std::string(item) + "' needs =on, =off or =<percent>"));
    }
    const std::string_view name = Trim(item.substr(0, equals));
    const std::string_view value = Trim(item.substr(equals + 1));
    const Feature* feature = nullptr;
    for (const auto& known : kFeatures) {
      if (known.second == name) feature = &known.first;
    }
    if (!feature) return Fail(Error::Fatal("unknown feature flag '" + std::string(name) + "'"));
    FlagSetting setting;
    int percent = 0;
    if (value == "on") {
      setting = {true, 100};
    } else if (value == "off") {
      setting = {false, 0};
    } else if (auto [end, error] =
                   std::from_chars(value.data(), value.data() + value.size(), percent);
               error == std::errc{} && end == value.data() + value.size() && percent >= 0 &&
               percent <= 100) {
      setting = {true, percent};
    } else {
      return Fail(Error::Fatal("flag '" + std::string(name) + "': '" + std::string(value) +
                               "' is not on, off or 0..100"));
    }
    flags[*feature] = setting;
  }
  return flags;
}

int RolloutBucket(std::string_view tenant, Feature feature, std::string_view subject) {
  std::uint64_t hash = 14695981039346656037ull;
  auto mix = [&hash](std::string_view part) {
    for (unsigned char c : part) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
  };
  mix(tenant);
  mix("/");
  mix(FeatureName(feature));
  mix("/");
  mix(subject);
  return static_cast<int>(hash % 100);
}

FlagSetting FeatureFlags::SettingOf(Feature feature, const std::string& tenant) const {
  FlagSetting setting;
  if (auto found = configured_.find(feature); found != configured_.end()) setting = found->second;
  if (auto found = overrides_.find({tenant, feature}); found != overrides_.end()) {
    setting = found->second;
  }
  return setting;
}

bool FeatureFlags::Enabled(Feature feature, const std::string& tenant,
                           std::string_view subject) const {
  const FlagSetting setting = SettingOf(feature, tenant);
  if (!setting.enabled) return false;
  return RolloutBucket(tenant, feature, subject) < setting.rollout_percent;
}

bool FeatureFlags::EnabledForAnyone(Feature feature, const std::string& tenant) const {
  return SettingOf(feature, tenant).OnForAnyone();
}

}  // namespace chatfleet::workers
