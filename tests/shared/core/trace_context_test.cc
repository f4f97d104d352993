#include "shared/trace/trace_context.h"

#include <gtest/gtest.h>

#include <set>

namespace chatfleet::trace {
namespace {

constexpr char kValid[] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

TEST(TraceparentTest, ParsesAndFormatsTheSpecExample) {
  const auto context = ParseTraceparent(kValid);
  ASSERT_TRUE(context.has_value());
  EXPECT_EQ(context->TraceIdHex(), "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_EQ(context->SpanIdHex(), "00f067aa0ba902b7");
  EXPECT_TRUE(context->sampled());
  EXPECT_EQ(context->Traceparent(), kValid);
}

TEST(TraceparentTest, RejectsMalformedValues) {
  for (const char* bad : {
           "",
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",       // no flags
           "00-00000000000000000000000000000000-00f067aa0ba902b7-01",    // zero trace id
           "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",    // zero span id
           "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",    // forbidden version
           "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",    // uppercase
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x",  // v00 with extra
           "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",    // separators
           "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",    // not hex
       }) {
    EXPECT_FALSE(ParseTraceparent(bad).has_value()) << bad;
  }
}

TEST(TraceparentTest, AcceptsFutureVersionsByTheirFirstFields) {
  const auto context =
      ParseTraceparent("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-the-future");
  ASSERT_TRUE(context.has_value());
  EXPECT_EQ(context->TraceIdHex(), "4bf92f3577b34da6a3ce929d0e0e4736");
}

TEST(TraceContextTest, ChildKeepsTraceAndChangesSpan) {
  const auto parent = *ParseTraceparent(kValid);
  const auto child = parent.Child();
  EXPECT_EQ(child.trace_id, parent.trace_id);
  EXPECT_NE(child.span_id, parent.span_id);
  EXPECT_EQ(child.flags, parent.flags);
}

TEST(TraceContextTest, NewRootsAreValidAndDistinct) {
  std::set<std::string> ids;
  for (int i = 0; i < 1000; ++i) {
    const auto root = TraceContext::NewRoot();
    ASSERT_TRUE(root.valid());
    ids.insert(root.TraceIdHex());
  }
  EXPECT_EQ(ids.size(), 1000u);
}

TEST(TraceHeadersTest, InjectThenExtractRoundTrips) {
  auto context = *ParseTraceparent(kValid);
  context.tracestate = "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7";
  HeaderList headers{{"x-request-id", "abc"}, {"TraceParent", "stale"}};
  Inject(context, headers);
  ASSERT_EQ(headers.size(), 3u);  // the stale traceparent was replaced
  const auto extracted = Extract(headers);
  ASSERT_TRUE(extracted.has_value());
  EXPECT_EQ(extracted->Traceparent(), kValid);
  EXPECT_EQ(extracted->tracestate, context.tracestate);
}

TEST(TraceHeadersTest, ExtractIgnoresInvalidTraceparentAndOversizedTracestate) {
  EXPECT_FALSE(Extract({{"traceparent", "garbage"}}).has_value());
  const auto extracted = Extract({{"traceparent", kValid}, {"tracestate", std::string(600, 'a')}});
  ASSERT_TRUE(extracted.has_value());
  EXPECT_TRUE(extracted->tracestate.empty());
}

}  // namespace
}  // namespace chatfleet::trace
