#include "workers/context/context_encoder.h"

namespace chatfleet::workers {

std::string ContextEncoder::Encode(const ContextParts& parts,
                                   std::chrono::system_clock::time_point now) {
  head_.Clear();
  AssembleEventFields(parts, head_);
  tail_.Clear();
  AssembleStageFields(parts, now, tail_);
  std::size_t size = head_.ByteSizeLong() + tail_.ByteSizeLong();
  spliced_.clear();
  for (const auto& rendered : parts.history) {
    spliced_.push_back(&EncodedEntry(rendered));
    size += spliced_.back()->size();
  }
  std::string out;
  out.reserve(size);
  head_.AppendToString(&out);
  for (const std::string* entry : spliced_) out += *entry;
  tail_.AppendToString(&out);
  return out;
}

const std::string& ContextEncoder::EncodedEntry(const RenderedMessage& rendered) {
  // A message renders one way for its author ("[Name] (you)") and one way for everyone else:
  // with the message, the side it is seen from is all that tells two renderings apart (a
  // conversation is a group or not for all of its messages; `prefixed` only guards that).
  const EntryKey key{rendered.message, rendered.from_current_user,
                     rendered.rendered.size() != rendered.message->content.size()};
  auto [entry, added] = entries_.try_emplace(key);
  if (added) {
    // A message holding only this entry serializes to exactly its record within a context.
    entry_.Clear();
    AddHistoryEntry(rendered, entry_);
    entry->second = entry_.SerializeAsString();
  }
  return entry->second;
}

}  // namespace chatfleet::workers
