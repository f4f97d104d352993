#include "shared/core/utf8.h"

#include <gtest/gtest.h>

#include <string>

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

struct DecodeCase {
  std::string_view name;
  std::string_view bytes;
  char32_t code;
  std::size_t length;
  bool valid;
};

// Valid sequences at the edges of each length, then every way a sequence can be wrong: an
// invalid one yields its lead byte alone, so a loop steps over it one byte at a time.
constexpr DecodeCase kDecodeCases[] = {
    {"ascii", "a", 0x61, 1, true},
    {"nul", std::string_view("\0", 1), 0x00, 1, true},
    {"last one-byte", "\x7f", 0x7F, 1, true},
    {"first two-byte", "\xc2\x80", 0x80, 2, true},
    {"e acute", "\xc3\xa9", 0xE9, 2, true},
    {"last two-byte", "\xdf\xbf", 0x7FF, 2, true},
    {"first three-byte", "\xe0\xa0\x80", 0x800, 3, true},
    {"euro sign", "\xe2\x82\xac", 0x20AC, 3, true},
    {"before the surrogates", "\xed\x9f\xbf", 0xD7FF, 3, true},
    {"after the surrogates", "\xee\x80\x80", 0xE000, 3, true},
    {"last three-byte", "\xef\xbf\xbf", 0xFFFF, 3, true},
    {"first four-byte", "\xf0\x90\x80\x80", 0x10000, 4, true},
    {"party popper", "\xf0\x9f\x8e\x89", 0x1F389, 4, true},
    {"last code point", "\xf4\x8f\xbf\xbf", 0x10FFFF, 4, true},
    {"overlong nul", "\xc0\x80", 0xC0, 1, false},
    {"overlong slash", "\xc1\xbf", 0xC1, 1, false},
    {"overlong three-byte", "\xe0\x9f\xbf", 0xE0, 1, false},
    {"overlong four-byte", "\xf0\x8f\xbf\xbf", 0xF0, 1, false},
    {"high surrogate", "\xed\xa0\x80", 0xED, 1, false},
    {"low surrogate", "\xed\xbf\xbf", 0xED, 1, false},
    {"above U+10FFFF", "\xf4\x90\x80\x80", 0xF4, 1, false},
    {"lead F5", "\xf5\x80\x80\x80", 0xF5, 1, false},
    {"byte FF", "\xff", 0xFF, 1, false},
    {"stray continuation", "\x80x", 0x80, 1, false},
    {"two-byte cut short", "\xc3", 0xC3, 1, false},
    {"three-byte cut short", "\xe2\x82", 0xE2, 1, false},
    {"four-byte cut short", "\xf0\x9f\x8e", 0xF0, 1, false},
    {"ascii where a tail belongs", "\xc3\x41", 0xC3, 1, false},
    {"lead where a tail belongs", "\xe2\x82\xc3\xa9", 0xE2, 1, false},
};

TEST(Utf8Test, DecodeCodePointFollowsTheTable) {
  for (const DecodeCase& c : kDecodeCases) {
    const DecodedCodePoint decoded = DecodeCodePoint(c.bytes, 0);
    EXPECT_EQ(decoded.code, c.code) << c.name;
    EXPECT_EQ(decoded.length, c.length) << c.name;
    EXPECT_EQ(decoded.valid, c.valid) << c.name;
    EXPECT_EQ(FindInvalidUtf8(c.bytes.substr(0, c.length)) == std::string_view::npos, c.valid)
        << c.name;
  }
}

TEST(Utf8Test, DecodeCodePointReadsFromTheGivenOffsetOnly) {
  const std::string_view text = "ab\xc3\xa9";
  const DecodedCodePoint decoded = DecodeCodePoint(text, 2);
  EXPECT_EQ(decoded.code, 0xE9u);
  EXPECT_EQ(decoded.length, 2u);
  // The view ends after the lead byte: the tail beyond it is never read.
  EXPECT_FALSE(DecodeCodePoint(text.substr(0, 3), 2).valid);
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

TEST(Utf8Test, AppendUtf8EncodesWhatDecodeCodePointReads) {
  for (const DecodeCase& c : kDecodeCases) {
    if (!c.valid) continue;
    std::string out;
    AppendUtf8(out, c.code);
    EXPECT_EQ(out, c.bytes) << c.name;
  }
}

TEST(Utf8Test, CountCodePointsCountsSequencesNotBytes) {
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("abc"), 3u);
  EXPECT_EQ(CountCodePoints("пломба"), 6u);
  EXPECT_EQ(CountCodePoints("a\u00e9\u20ac\U0001F389"), 4u);
}

TEST(Utf8Test, CutUtf8NeverEndsInsideASequence) {
  const std::string_view text = "a\u00e9\u20ac\U0001F389";  // bytes: 1, 2, 3, 4
  EXPECT_EQ(CutUtf8(text, 100), text);
  EXPECT_EQ(CutUtf8(text, text.size()), text);
  EXPECT_EQ(CutUtf8(text, 0), "");
  EXPECT_EQ(CutUtf8(text, 1), "a");
  EXPECT_EQ(CutUtf8(text, 2), "a");  // would split é
  EXPECT_EQ(CutUtf8(text, 3), "a\u00e9");
  EXPECT_EQ(CutUtf8(text, 5), "a\u00e9");  // would split €
  EXPECT_EQ(CutUtf8(text, 6), "a\u00e9\u20ac");
  EXPECT_EQ(CutUtf8(text, 9), "a\u00e9\u20ac");  // would split the emoji
}

}  // namespace
}  // namespace chatfleet
