#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "shared/core/error.h"

namespace chatfleet::http {
class HttpClient;
}

namespace chatfleet::workers {

/// A sentence embedding, L2-normalised by the model (cosine = dot product).
using Embedding = std::vector<float>;

/// Turns texts into embeddings; pluggable so recall does not depend on one provider.
class Embedder {
 public:
  virtual ~Embedder() = default;
  /// One embedding per text, in order; an error when any is missing (the caller falls back).
  virtual Result<std::vector<Embedding>> Embed(const std::vector<std::string>& texts) = 0;
  /// The model's name, stored beside each embedding: vectors of different models never mix.
  virtual const std::string& model() const = 0;
};

struct EmbedderSettings {
  /// OpenAI-compatible API base, e.g. http://embeddings:8080 (POST <url>/v1/embeddings; a base
  /// already ending in /v1 is accepted too).
  std::string url;
  std::string model = "multilingual-e5-small";
  /// The API key itself (CHATFLEET_EMBEDDINGS_API_KEY, or the secret embeddings-api-key);
  /// never logged. Empty: no Authorization header.
  std::string key;
  std::chrono::milliseconds timeout{1000};
};

/// The OpenAI embeddings API over HTTP: {"model", "input": [...]} →
/// {"data": [{"embedding": [...], "index": i}]}. Thread-safe (one request at a time).
class OpenAiEmbedder final : public Embedder {
 public:
  explicit OpenAiEmbedder(EmbedderSettings settings);
  ~OpenAiEmbedder() override;

  Result<std::vector<Embedding>> Embed(const std::vector<std::string>& texts) override;
  const std::string& model() const override { return settings_.model; }

 private:
  EmbedderSettings settings_;
  std::string endpoint_;
  std::mutex mutex_;
  std::unique_ptr<http::HttpClient> client_;
};

}  // namespace chatfleet::workers
