#include "bench/event_factory.h"

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/time_util.h>

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace chatfleet::bench {
namespace {

using google::protobuf::util::TimeUtil;

constexpr std::array<std::string_view, 48> kWords = {
    "hey",      "team",    "can",    "we",     "move",    "the",    "standup", "to",
    "tomorrow", "morning", "I",      "think",  "design",  "review", "needs",   "another",
    "pass",     "before",  "Friday", "thanks", "for",     "the",    "update",  "sounds",
    "good",     "let's",   "sync",   "after",  "lunch",   "the",    "invoice", "is",
    "still",    "pending", "could",  "you",    "check",   "with",   "finance", "today",
    "please",   "café",    "déjà",   "vu",     "meeting", "at",     "3pm",     "ok"};

constexpr std::array<std::string_view, 5> kNames = {"Sarah 🎉", "Алексей", "Mateo",
                                                    "Anastasia Konstantinopolskaya-Li", "Yuki"};

constexpr std::array<v1::Platform, 4> kPlatforms = {v1::PLATFORM_DISCORD, v1::PLATFORM_TELEGRAM,
                                                    v1::PLATFORM_WHATSAPP, v1::PLATFORM_WEB};

/// A small, fast, deterministic mixer (splitmix64), so event i is the same on every run.
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::string Text(std::int64_t index) {
  std::uint64_t state = Mix(static_cast<std::uint64_t>(index));
  const std::size_t target = 80 + state % 71;  // 80..150 bytes
  std::string text;
  while (text.size() < target) {
    state = Mix(state);
    const std::string_view word = kWords[state % kWords.size()];
    if (text.size() + word.size() + 1 > 150) break;
    if (!text.empty()) text += ' ';
    text += word;
  }
  while (text.size() < 80) text += '.';
  return text;
}

}  // namespace

EventFactory::EventFactory(std::string tenant, int conversations)
    : tenant_(std::move(tenant)), conversations_(conversations < 64 ? 64 : conversations) {}

v1::ChatEvent EventFactory::Make(std::int64_t index) const {
  const int conversation = static_cast<int>(index % conversations_);
  const std::int64_t turn = index / conversations_;
  const bool direct = conversation % 3 == 0;
  const bool bot_reply = turn % 4 == 3;

  v1::ChatEvent event;
  event.set_tenant(tenant_);
  event.set_bot("elena");
  event.set_platform(kPlatforms[conversation % kPlatforms.size()]);
  auto* conv = event.mutable_conversation();
  if (direct) {
    conv->set_id("dm-" + std::to_string(conversation));
    conv->set_kind(v1::CONVERSATION_KIND_DIRECT);
  } else {
    conv->set_id("guild-" + std::to_string(conversation % 7) + "/chan-" +
                 std::to_string(conversation));
    conv->set_kind(v1::CONVERSATION_KIND_GROUP);
    conv->set_channel_id("chan-" + std::to_string(conversation));
  }
  auto* sender = event.mutable_sender();
  if (bot_reply) {
    sender->set_user_id("bot-elena");
    sender->set_is_bot(true);
    event.set_role(v1::ROLE_ASSISTANT);
  } else {
    const int person = direct ? 0 : static_cast<int>(Mix(static_cast<std::uint64_t>(index)) % 5);
    sender->set_user_id(std::to_string(100000000000 + conversation * 10 + person));
    sender->set_display_name(std::string(kNames[person]));
    event.set_role(v1::ROLE_USER);
  }
  event.set_text(Text(index));
  event.set_source(v1::SOURCE_TEXT);
  event.set_platform_message_id("m-" + std::to_string(index));
  if (turn > 0 && turn % 5 == 0) {
    event.set_reply_to_message_id("m-" + std::to_string(index - conversations_));
  }
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  *event.mutable_sent_at() = TimeUtil::NanosecondsToTimestamp(
      std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
  return event;
}

std::string EventFactory::Json(std::int64_t index) const {
  std::string out;
  const auto status = google::protobuf::util::MessageToJsonString(Make(index), &out);
  if (!status.ok()) throw std::runtime_error("cannot encode a bench event as JSON");
  return out;
}

std::string EventFactory::BatchJson(std::int64_t first, int count) const {
  std::string out = "{\"events\":[";
  for (int i = 0; i < count; ++i) {
    if (i > 0) out += ',';
    out += Json(first + i);
  }
  return out + "]}";
}

v1::ChatEvent EventFactory::MakeAccepted(std::int64_t index) const {
  v1::ChatEvent event = Make(index);
  // The shape of a version-4 UUID, as ingest's event ids have.
  const std::uint64_t a = Mix(static_cast<std::uint64_t>(index) ^ 0x5eed);
  const std::uint64_t b = Mix(a);
  char id[40];
  std::snprintf(id, sizeof id, "%08x-%04x-4%03x-a%03x-%012llx", static_cast<unsigned>(a >> 32),
                static_cast<unsigned>(a & 0xffff), static_cast<unsigned>((a >> 16) & 0xfff),
                static_cast<unsigned>(b & 0xfff),
                static_cast<unsigned long long>(b >> 16) & 0xffffffffffffULL);
  event.set_event_id(id);
  *event.mutable_received_at() = event.sent_at();
  return event;
}

std::string StoredPlatform(v1::Platform platform) {
  std::string name = v1::Platform_Name(platform).substr(std::string_view("PLATFORM_").size());
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::string KafkaKey(const v1::ChatEvent& event) {
  return event.tenant() + '/' + v1::Platform_Name(event.platform()) + '/' +
         event.conversation().id();
}

}  // namespace chatfleet::bench
