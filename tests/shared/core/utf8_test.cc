#include "shared/core/utf8.h"

#include <gtest/gtest.h>

namespace chatfleet {
namespace {

TEST(Utf8Test, AcceptsValidText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Sarah 🎉 Алёна שלום 田中さん"));
}

TEST(Utf8Test, FindsTheFirstInvalidSequence) {
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xc0\xaf"), 0u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("x\xed\xa0\x80"), 1u);     // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("ok\xe2\x82"), 2u);        // truncated
}

TEST(Utf8Test, NextCodePointDecodesEachLengthAndAdvances) {
  const std::string_view text = "a\u00e9\u20ac\U0001F389";  // 1, 2, 3 and 4 bytes
  std::size_t i = 0;
  EXPECT_EQ(NextCodePoint(text, i), 0x61u);
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(NextCodePoint(text, i), 0xE9u);
  EXPECT_EQ(i, 3u);
  EXPECT_EQ(NextCodePoint(text, i), 0x20ACu);
  EXPECT_EQ(i, 6u);
  EXPECT_EQ(NextCodePoint(text, i), 0x1F389u);
  EXPECT_EQ(i, text.size());
}

TEST(Utf8Test, NextCodePointTakesAStrayOrCutByteAlone) {
  std::size_t i = 0;
  EXPECT_EQ(NextCodePoint("\x80x", i), 0x80u);  // a continuation byte starts nothing
  EXPECT_EQ(i, 1u);
  i = 0;
  EXPECT_EQ(NextCodePoint("\xe2\x82", i), 0xE2u);  // a 3-byte sequence cut after 2
  EXPECT_EQ(i, 1u);
}

}  // namespace
}  // namespace chatfleet
