// HMAC-SHA256 and SHA-256 against published vectors, and the constant-time comparison.
#include "shared/core/crypto.h"

#include <gtest/gtest.h>

namespace chatfleet::testing {
namespace {

TEST(Crypto, HmacSha256MatchesRfc4231TestCase2) {
  EXPECT_EQ(crypto::HmacSha256Hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(Crypto, Sha256OfAbc) {
  EXPECT_EQ(crypto::Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Crypto, ConstantTimeEqualsComparesWholeStrings) {
  EXPECT_TRUE(crypto::ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(crypto::ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(crypto::ConstantTimeEquals("abc", "abcd"));
  EXPECT_TRUE(crypto::ConstantTimeEquals("", ""));
}

}  // namespace
}  // namespace chatfleet::testing
