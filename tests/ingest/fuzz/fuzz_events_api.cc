// libFuzzer target for the canonical JSON event API's decoder (single and batch) and the event
// rules: any body must decode or give a 4xx, never crash or trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/api/event_decoder.h"
#include "ingest/limits/json_depth.h"
#include "shared/events/event_validator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  // As ingest does: the nesting limit runs first, so the decoder never sees deep input.
  if (chatfleet::ingest::limits::JsonNestingExceeds(body, 32)) return 0;
  const auto format = chatfleet::ingest::BodyFormat::kJson;
  if (auto event = chatfleet::ingest::DecodeEvent(body, format)) {
    (void)chatfleet::events::Validate(*event, {});
  } else if (event.error().status < 400 || event.error().status > 499) {
    std::abort();
  }
  if (auto batch = chatfleet::ingest::DecodeBatch(body, format)) {
    for (const auto& e : *batch) (void)chatfleet::events::Validate(e, {});
  } else if (batch.error().status < 400 || batch.error().status > 499) {
    std::abort();
  }
  return 0;
}
