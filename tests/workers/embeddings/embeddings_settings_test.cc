#include "workers/embeddings/embeddings_settings.h"

#include <gtest/gtest.h>

namespace chatfleet::workers {
namespace {

EmbeddingsSettingsText Valid() {
  return {"http://embeddings:8080", "multilingual-e5-small", "", 100,
          std::chrono::milliseconds(200)};
}

TEST(EmbeddingsSettingsTest, AnEmptyUrlSwitchesMeaningOff) {
  EmbeddingsSettingsText text = Valid();
  text.url = "";
  text.timeout_ms = -5;  // not looked at
  auto settings = EmbedderSettingsFrom(text);
  ASSERT_TRUE(settings) << settings.error().message;
  EXPECT_FALSE(settings->has_value());
}

TEST(EmbeddingsSettingsTest, AValidUrlGivesTheQueryEmbeddersSettings) {
  EmbeddingsSettingsText text = Valid();
  text.url = "https://api.example.com/v1";
  text.api_key = "sk-1";
  auto settings = EmbedderSettingsFrom(text);
  ASSERT_TRUE(settings && settings->has_value());
  EXPECT_EQ((*settings)->url, "https://api.example.com/v1");
  EXPECT_EQ((*settings)->model, "multilingual-e5-small");
  EXPECT_EQ((*settings)->key, "sk-1");
  EXPECT_EQ((*settings)->timeout, std::chrono::milliseconds(100));
}

TEST(EmbeddingsSettingsTest, MalformedSettingsAreStartupErrorsNamingTheSetting) {
  for (const std::string url :
       {"embeddings:8080", "ftp://host", "http://", "http://:80", "http://host name"}) {
    EmbeddingsSettingsText text = Valid();
    text.url = url;
    auto settings = EmbedderSettingsFrom(text);
    ASSERT_FALSE(settings) << url;
    EXPECT_NE(settings.error().message.find("CHATFLEET_EMBEDDINGS_URL"), std::string::npos);
  }
  EmbeddingsSettingsText no_model = Valid();
  no_model.model = "";
  EXPECT_FALSE(EmbedderSettingsFrom(no_model));
  for (const std::int64_t timeout : {0, -1, 101}) {
    EmbeddingsSettingsText text = Valid();
    text.timeout_ms = timeout;
    auto settings = EmbedderSettingsFrom(text);
    ASSERT_FALSE(settings) << timeout;
    EXPECT_NE(settings.error().message.find("CHATFLEET_EMBEDDINGS_TIMEOUT_MS"), std::string::npos);
  }
}

}  // namespace
}  // namespace chatfleet::workers
