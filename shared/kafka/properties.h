#pragma once

#include <map>
#include <string>

namespace chatfleet::kafka {

/// librdkafka configuration properties, name → value (`security.protocol` → `SASL_SSL`).
using Properties = std::map<std::string, std::string>;

}  // namespace chatfleet::kafka
