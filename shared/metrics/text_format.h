#pragma once

#include <string>
#include <string_view>

/// Pieces of the Prometheus text exposition format 0.0.4
/// (https://prometheus.io/docs/instrumenting/exposition_formats/). Internal to chatfleet_metrics.
namespace chatfleet::metrics::text_format {

/// A float as Go's strconv.FormatFloat(v, 'g', -1, 64) writes it, which is what Prometheus
/// client libraries emit: shortest round-trip digits, exponent only below 1e-4 or from 1e21,
/// `+Inf`, `-Inf`, `NaN`. Independent of the locale.
std::string FormatNumber(double value);

/// Label value: escapes `\`, `"` and newline.
void AppendLabelValue(std::string& out, std::string_view value);
/// HELP text: escapes `\` and newline.
void AppendHelp(std::string& out, std::string_view help);

/// `[a-zA-Z_:][a-zA-Z0-9_:]*`.
bool IsValidMetricName(std::string_view name);
/// `[a-zA-Z_][a-zA-Z0-9_]*`, not starting with the reserved `__`.
bool IsValidLabelName(std::string_view name);

}  // namespace chatfleet::metrics::text_format
