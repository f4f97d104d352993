#include "workers/memory/openai_summarizer.h"

#include <curl/curl.h>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <memory>

namespace chatfleet::workers {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

struct CurlDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

std::size_t Append(char* data, std::size_t size, std::size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

Value Message(const std::string& role, const std::string& content) {
  Value message;
  auto& fields = *message.mutable_struct_value()->mutable_fields();
  fields["role"].set_string_value(role);
  fields["content"].set_string_value(content);
  return message;
}

}  // namespace

OpenAiSummarizer::OpenAiSummarizer(OpenAiSummarizerOptions options) : options_(std::move(options)) {
  // Thread-unsafe global init; done once, before any request (curl_global_init docs).
  static const bool initialized = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)initialized;
}

std::string OpenAiSummarizer::RequestBody(const SummaryRequest& request) const {
  std::string transcript;
  for (const auto& event : request.events) {
    // The history's labels and escaping: a message cannot pass itself off as another speaker's
    // to the model that writes the bot's memory.
    transcript += SpeakerLabel(event, request.group) + ": " + EscapeLineText(event.content) + "\n";
  }
  std::string instruction =
      "Summarize this chat conversation for the bot's long-term memory. Keep names, facts, "
      "preferences, decisions and open questions; be concise.";
  if (!request.language.empty())
    instruction += " Write the summary in language: " + request.language + ".";
  std::string user =
      request.previous_summary.empty()
          ? transcript
          : "Summary so far:\n" + request.previous_summary + "\nNew messages:\n" + transcript;
  Struct body;
  auto& fields = *body.mutable_fields();
  fields["model"].set_string_value(options_.model);
  fields["temperature"].set_number_value(0);
  auto* messages = fields["messages"].mutable_list_value();
  *messages->add_values() = Message("system", instruction);
  *messages->add_values() = Message("user", user);
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(body, &json);
  return json;
}

Result<std::string> OpenAiSummarizer::ParseAnswer(const std::string& body) {
  Struct answer;
  if (!google::protobuf::util::JsonStringToMessage(body, &answer).ok()) {
    return Fail(Error::Retryable("summarizer answered with invalid JSON"));
  }
  const auto choices = answer.fields().find("choices");
  if (choices == answer.fields().end() || choices->second.list_value().values_size() == 0) {
    return Fail(Error::Retryable("summarizer answer has no choices"));
  }
  const auto& message = choices->second.list_value().values(0).struct_value().fields();
  const auto found = message.find("message");
  if (found == message.end()) return Fail(Error::Retryable("summarizer answer has no message"));
  const auto& content = found->second.struct_value().fields();
  const auto text = content.find("content");
  if (text == content.end() || text->second.string_value().empty()) {
    return Fail(Error::Retryable("summarizer answer has no text"));
  }
  return text->second.string_value();
}

Result<std::string> OpenAiSummarizer::Summarize(const SummaryRequest& request) {
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return Fail(Error::Retryable("curl_easy_init failed"));
  const std::string url = options_.base_url + "/chat/completions";
  const std::string body = RequestBody(request);
  std::string answer;
  curl_slist* raw_headers = curl_slist_append(nullptr, "Content-Type: application/json");
  if (!options_.api_key.empty()) {
    raw_headers =
        curl_slist_append(raw_headers, ("Authorization: Bearer " + options_.api_key).c_str());
  }
  std::unique_ptr<curl_slist, SlistDeleter> headers(raw_headers);
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout.count()));
  // No signals: libcurl's DNS timeout via SIGALRM is unsafe in a multi-threaded process.
  curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &Append);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &answer);
  if (const CURLcode code = curl_easy_perform(curl.get()); code != CURLE_OK) {
    return Fail(
        Error::Retryable(std::string("summarizer request failed: ") + curl_easy_strerror(code)));
  }
  long status = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  if (status < 200 || status > 299) {
    return Fail(Error::Retryable("summarizer answered HTTP " + std::to_string(status)));
  }
  return ParseAnswer(answer);
}

}  // namespace chatfleet::workers
