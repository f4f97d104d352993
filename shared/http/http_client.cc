#include "shared/http/http_client.h"

#include <curl/curl.h>
#include <strings.h>

namespace chatfleet::http {
namespace {

struct CurlDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

std::size_t AppendBody(char* data, std::size_t size, std::size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == '\r' || text.back() == '\n' || text.back() == ' '))
    text.remove_suffix(1);
  return text;
}

// Called once per header line, including the status line and the blank line; a redirect or
// a 100 Continue starts a new block, so a status line clears what came before.
std::size_t AppendHeader(char* data, std::size_t size, std::size_t count, void* out) {
  auto& headers = *static_cast<trace::HeaderList*>(out);
  const std::string_view line(data, size * count);
  if (line.starts_with("HTTP/")) {
    headers.clear();
  } else if (const auto colon = line.find(':'); colon != std::string_view::npos) {
    headers.emplace_back(std::string(Trim(line.substr(0, colon))),
                         std::string(Trim(line.substr(colon + 1))));
  }
  return size * count;
}

}  // namespace

std::optional<std::string_view> ClientResponse::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) {
      return value;
    }
  }
  return std::nullopt;
}

struct HttpClient::Impl {
  std::chrono::milliseconds timeout;
  std::unique_ptr<CURL, CurlDeleter> curl;
};

HttpClient::HttpClient(std::chrono::milliseconds timeout) : impl_(std::make_unique<Impl>()) {
  // Thread-unsafe global init; done once, before any request (curl_global_init docs).
  static const bool initialized = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)initialized;
  impl_->timeout = timeout;
  impl_->curl.reset(curl_easy_init());
  if (!impl_->curl) throw std::runtime_error("curl_easy_init failed");
}

HttpClient::~HttpClient() = default;

Result<ClientResponse> HttpClient::Send(const ClientRequest& request) {
  CURL* curl = impl_->curl.get();
  curl_easy_reset(curl);  // keeps the connection cache, forgets the last request's options
  curl_slist* raw = nullptr;
  for (const auto& [name, value] : request.headers) {
    raw = curl_slist_append(raw, (name + ": " + value).c_str());
  }
  // No 100-continue round trip before the body: the APIs answer at once.
  raw = curl_slist_append(raw, "Expect:");
  std::unique_ptr<curl_slist, SlistDeleter> headers(raw);
  ClientResponse response;
  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
  if (request.method != "GET") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
  }
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(impl_->timeout.count()));
  // No signals: libcurl's DNS timeout via SIGALRM is unsafe in a multi-threaded process.
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &AppendBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &AppendHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
  if (const CURLcode code = curl_easy_perform(curl); code != CURLE_OK) {
    Error error = Error::Retryable(std::string("HTTP request failed: ") + curl_easy_strerror(code));
    // Until the request went out nothing can have happened (a refused or timed-out connect
    // also fails with CURLE_OPERATION_TIMEDOUT); once it did, the server may have acted on it.
    long sent = 0;
    curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &sent);
    if (sent > 0) error.MaybeWritten();
    return Fail(std::move(error));
  }
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  response.status = static_cast<int>(status);
  return response;
}

}  // namespace chatfleet::http
