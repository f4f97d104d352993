#include "workers/memory/compactor.h"

#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"

namespace chatfleet::workers {
namespace {

TEST(CompactionTest, PlansToFoldAllButTheNewest) {
  std::vector<StoredMessage> verbatim;
  for (int i = 1; i <= 50; ++i) verbatim.push_back(Msg(i, "u", "U", "t"));
  EXPECT_TRUE(PlanFold(verbatim, {}).empty()) << "at the threshold: nothing";
  verbatim.push_back(Msg(51, "u", "U", "t"));
  const auto fold = PlanFold(verbatim, {});
  ASSERT_EQ(fold.size(), 31u);
  EXPECT_EQ(fold.front().id, 1);
  EXPECT_EQ(fold.back().id, 31);
  CompactionOptions bounded;
  bounded.max_fold = 10;
  EXPECT_EQ(PlanFold(verbatim, bounded).size(), 10u);
}

}  // namespace
}  // namespace chatfleet::workers
