#include "workers/embeddings/embedder.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include "shared/core/utf8.h"
#include "shared/http/http_client.h"

namespace chatfleet::workers {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

std::string EndpointOf(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  if (!url.ends_with("/v1")) url += "/v1";
  return url + "/embeddings";
}

std::string RequestBody(const std::string& model, const std::vector<std::string>& texts) {
  Struct request;
  auto& fields = *request.mutable_fields();
  fields["model"].set_string_value(model);
  auto* input = fields["input"].mutable_list_value();
  for (const auto& text : texts) input->add_values()->set_string_value(text);
  std::string body;
  (void)google::protobuf::util::MessageToJsonString(request, &body);
  return body;
}

// The service's words for a refusal, without echoing the whole body into a log.
std::string Excerpt(const std::string& body) {
  const std::string_view kept = CutUtf8(body, 200);  // never half a character
  return kept.size() < body.size() ? std::string(kept) + "…" : body;
}

}  // namespace

OpenAiEmbedder::OpenAiEmbedder(EmbedderSettings settings)
    : settings_(std::move(settings)),
      endpoint_(EndpointOf(settings_.url)),
      client_(std::make_unique<http::HttpClient>(settings_.timeout)) {}

OpenAiEmbedder::~OpenAiEmbedder() = default;

Result<std::vector<Embedding>> OpenAiEmbedder::Embed(const std::vector<std::string>& texts) {
  if (texts.empty()) return std::vector<Embedding>{};
  http::ClientRequest request{.method = "POST", .url = endpoint_, .headers = {}, .body = {}};
  request.headers.emplace_back("Content-Type", "application/json");
  if (!settings_.key.empty())
    request.headers.emplace_back("Authorization", "Bearer " + settings_.key);
  request.body = RequestBody(settings_.model, texts);
  Result<http::ClientResponse> response = [&] {
    std::lock_guard lock(mutex_);
    return client_->Send(request);
  }();
  if (!response) return Fail(Error::Retryable("embeddings: " + response.error().message));
  if (response->status != 200) {
    return Fail(Error::Retryable("embeddings: HTTP " + std::to_string(response->status) + ": " +
                                 Excerpt(response->body)));
  }
  Struct parsed;
  if (!google::protobuf::util::JsonStringToMessage(response->body, &parsed).ok()) {
    return Fail(Error::Retryable("embeddings: the answer is not JSON"));
  }
  auto data = parsed.fields().find("data");
  if (data == parsed.fields().end() || !data->second.has_list_value()) {
    return Fail(Error::Retryable("embeddings: the answer has no data array"));
  }
  std::vector<Embedding> out(texts.size());
  for (const Value& item : data->second.list_value().values()) {
    const auto& fields = item.struct_value().fields();
    auto index = fields.find("index");
    auto vector = fields.find("embedding");
    if (index == fields.end() || vector == fields.end() || !vector->second.has_list_value()) {
      return Fail(Error::Retryable("embeddings: a data item lacks index or embedding"));
    }
    const double at = index->second.number_value();
    if (at < 0 || at >= static_cast<double>(texts.size())) {
      return Fail(Error::Retryable("embeddings: index out of range"));
    }
    Embedding& embedding = out[static_cast<std::size_t>(at)];
    for (const Value& v : vector->second.list_value().values()) {
      embedding.push_back(static_cast<float>(v.number_value()));
    }
  }
  for (const auto& embedding : out) {
    if (embedding.empty() || embedding.size() != out.front().size()) {
      return Fail(Error::Retryable("embeddings: missing or uneven embeddings in the answer"));
    }
  }
  return out;
}

}  // namespace chatfleet::workers
