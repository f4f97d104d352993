#include "workers/personalization/language_corpus.h"

#include <fstream>
#include <sstream>

namespace chatfleet::workers {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) fields.push_back(field);
  return fields;
}

void Count(Tally& tally, bool right) {
  ++tally.total;
  tally.right += right ? 1 : 0;
}

}  // namespace

Result<std::vector<LanguageCase>> LoadLanguageCorpus(std::string_view path) {
  std::ifstream file{std::string(path)};
  if (!file) return Fail(Error::Permanent("cannot read " + std::string(path)));
  std::vector<LanguageCase> cases;
  std::string line;
  for (int number = 1; std::getline(file, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    auto fields = SplitTabs(line);
    if (fields.size() != 5 || (fields[0] != "dev" && fields[0] != "test")) {
      return Fail(Error::Permanent(std::string(path) + ":" + std::to_string(number) +
                                   ": expected set, kind, expected, previous, text"));
    }
    cases.push_back(
        {fields[0], fields[1], fields[2], fields[3] == "-" ? "" : fields[3], fields[4]});
  }
  return cases;
}

LanguageDecision DecideLanguage(const LanguageCase& line, const PersonalizationDefaults& defaults) {
  v1::ChatEvent event;
  event.set_tenant("corpus");
  event.set_bot("bot");
  event.set_platform(v1::PLATFORM_TELEGRAM);
  event.mutable_conversation()->set_id("c-1");
  event.mutable_sender()->set_user_id("u-1");
  event.set_role(v1::ROLE_USER);
  event.set_text(line.text);
  PersonalizationSnapshot snapshot;
  if (!line.previous.empty()) {
    Profile profile;
    profile.persona = defaults.persona;
    profile.timezone = defaults.timezone;
    profile.language = line.previous;
    profile.created_at = "2026-01-01T00:00:00Z";
    snapshot.profiles[ProfileKeyOf(event)] = profile;
    snapshot.conversations[ConversationKeyOf(event)] =
        ConversationState{line.previous, line.previous};
  }
  const PersonalizationResult result = Personalize({&event}, {true}, snapshot, defaults);
  if (!result.events[0]) return {};
  return result.events[0]->language;
}

LanguageScore ScoreLanguageCorpus(const std::vector<LanguageCase>& cases,
                                  const PersonalizationDefaults& defaults) {
  LanguageScore score;
  for (const LanguageCase& line : cases) {
    const LanguageDecision decision = DecideLanguage(line, defaults);
    const bool right = decision.language == line.expected;
    SetScore& set = score.by_set[line.set];
    Count(set.all, right);
    Count(set.by_language[line.expected], right);
    Count(set.by_kind[line.kind], right);
    if (!right) score.misses.push_back({line, decision.language, decision.source});
  }
  return score;
}

}  // namespace chatfleet::workers
