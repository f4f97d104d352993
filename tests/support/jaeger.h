#pragma once

#include <map>
#include <string>
#include <vector>

namespace chatfleet::testing {

/// One span as Jaeger's query API shows it (JSON of GET /api/traces/...): what an SRE sees.
/// Ids are lowercase hex, zero-padded to 32 (trace) and 16 (span) digits.
struct JaegerSpan {
  struct Reference {
    std::string type;  // CHILD_OF, FOLLOWS_FROM (a span link)
    std::string trace_id;
    std::string span_id;
  };
  std::string trace_id;
  std::string span_id;
  std::string operation;
  std::string service;
  std::map<std::string, std::string> tags;  // values as text; span.kind among them
  std::vector<Reference> references;

  std::string kind() const;
  /// The CHILD_OF reference's span id, empty for a root.
  std::string parent() const;
};

/// The query API of the Jaeger `./fleet test` starts ($JAEGER_URL) and its OTLP/HTTP endpoint
/// ($JAEGER_OTLP_ENDPOINT) for the services under test; a missing variable fails the test.
std::string JaegerUrl();
std::string JaegerOtlpEndpoint();

/// Every span of the trace (GET /api/traces/{id}, through curl); empty while Jaeger has none.
std::vector<JaegerSpan> JaegerTrace(const std::string& trace_id);

/// Every span of the traces of `service` that hold a span tagged `key`=`value` within the last
/// hour (GET /api/traces?service=…&tags=…).
std::vector<JaegerSpan> JaegerSearch(const std::string& service, const std::string& key,
                                     const std::string& value);

}  // namespace chatfleet::testing
