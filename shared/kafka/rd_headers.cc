#include "shared/kafka/rd_headers.h"

namespace chatfleet::kafka {

HeadersHandle ToRdHeaders(const Headers& headers) {
  HeadersHandle out(rd_kafka_headers_new(headers.size()));
  for (const auto& [name, value] : headers) {
    rd_kafka_header_add(out.get(), name.data(), static_cast<ssize_t>(name.size()), value.data(),
                        static_cast<ssize_t>(value.size()));
  }
  return out;
}

}  // namespace chatfleet::kafka
