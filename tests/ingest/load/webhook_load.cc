// chatfleet-webhook-load: compares, in one run against a running ingest, the throughput of the
// canonical API (POST /v1/events, bearer token) with the webhook path (POST
// /v1/webhooks/telegram/<instance>, secret token): the same broker, the same acks, so the
// difference is what normalizing costs. Keep-alive HTTP/1.1 over plain sockets, N clients,
// alternating rounds so drift on a shared machine hits both paths alike. Prints figures only.
//
//   chatfleet-webhook-load <ingest url> <api token> <telegram instance> <telegram secret>
//                          [clients=8] [seconds per round=5] [rounds=3]
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Target {
  std::string host;
  int port = 0;
};

Target ParseUrl(const std::string& url) {
  const std::string rest = url.substr(url.find("//") + 2);
  const auto colon = rest.find(':');
  return {rest.substr(0, colon), std::stoi(rest.substr(colon + 1))};
}

int Connect(const Target& target) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(target.port));
  inet_pton(AF_INET, target.host.c_str(), &address.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    throw std::runtime_error("connect failed");
  }
  const int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

/// Sends one request and reads the answer; returns the status (0 on a broken connection).
int Exchange(int fd, const std::string& request) {
  if (write(fd, request.data(), request.size()) != static_cast<ssize_t>(request.size())) return 0;
  std::string in;
  char buffer[8192];
  std::size_t header_end = std::string::npos;
  while ((header_end = in.find("\r\n\r\n")) == std::string::npos) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) return 0;
    in.append(buffer, static_cast<std::size_t>(n));
  }
  std::size_t length = 0;
  const auto pos = in.find("Content-Length: ");
  if (pos != std::string::npos && pos < header_end) length = std::stoul(in.substr(pos + 16));
  while (in.size() < header_end + 4 + length) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) return 0;
    in.append(buffer, static_cast<std::size_t>(n));
  }
  return std::stoi(in.substr(9, 3));
}

double Round(const Target& target, const std::string& request, int clients, int seconds,
             std::atomic<long>& failures) {
  std::atomic<long> ok{0};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  std::vector<std::thread> threads;
  for (int i = 0; i < clients; ++i) {
    threads.emplace_back([&] {
      int fd = Connect(target);
      while (std::chrono::steady_clock::now() < deadline) {
        const int status = Exchange(fd, request);
        if (status >= 200 && status < 300) {
          ++ok;
        } else {
          ++failures;
          if (status == 0) {
            close(fd);
            fd = Connect(target);
          }
        }
      }
      close(fd);
    });
  }
  for (auto& thread : threads) thread.join();
  return static_cast<double>(ok) / seconds;
}

std::string Post(const std::string& path, const std::string& auth_header, const std::string& body) {
  return "POST " + path + " HTTP/1.1\r\nHost: ingest\r\nContent-Type: application/json\r\n" +
         auth_header + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr,
                 "usage: %s <ingest url> <api token> <telegram instance> <telegram secret> "
                 "[clients] [seconds] [rounds]\n",
                 argv[0]);
    return 2;
  }
  const Target target = ParseUrl(argv[1]);
  const int clients = argc > 5 ? std::atoi(argv[5]) : 8;
  const int seconds = argc > 6 ? std::atoi(argv[6]) : 5;
  const int rounds = argc > 7 ? std::atoi(argv[7]) : 3;
  // The same message both ways: a group message with a reply, emoji and a 64-bit-ish id.
  const std::string canonical =
      R"({"tenant": "demo", "bot": "elena", "platform": "PLATFORM_TELEGRAM",
    "conversation": {"id": "-4012345678", "kind": "CONVERSATION_KIND_GROUP", "channelId": "-4012345678"},
    "sender": {"userId": "222333444", "displayName": "Иван Петров"}, "role": "ROLE_USER",
    "text": "Привет всем, кто идёт завтра? 🎉", "source": "SOURCE_TEXT", "platformMessageId": "88",
    "replyToMessageId": "87", "sentAt": "2025-11-22T10:01:00Z"})";
  const std::string webhook = R"({"update_id": 845123002, "message": {"message_id": 88,
    "from": {"id": 222333444, "is_bot": false, "first_name": "Иван", "last_name": "Петров"},
    "chat": {"id": -4012345678, "title": "Clinic friends", "type": "group"}, "date": 1763805660,
    "reply_to_message": {"message_id": 87, "date": 1763805600, "chat": {"id": -4012345678, "type": "group"}},
    "text": "Привет всем, кто идёт завтра? 🎉"}})";
  const std::string api_request =
      Post("/v1/events", std::string("Authorization: Bearer ") + argv[2], canonical);
  const std::string webhook_request =
      Post(std::string("/v1/webhooks/telegram/") + argv[3],
           std::string("X-Telegram-Bot-Api-Secret-Token: ") + argv[4], webhook);
  std::atomic<long> failures{0};
  double api_total = 0;
  double webhook_total = 0;
  for (int r = 0; r < rounds; ++r) {
    const double api = Round(target, api_request, clients, seconds, failures);
    const double hook = Round(target, webhook_request, clients, seconds, failures);
    std::printf("round %d: canonical %.0f req/s, telegram webhook %.0f req/s\n", r + 1, api, hook);
    api_total += api;
    webhook_total += hook;
  }
  const double api = api_total / rounds;
  const double hook = webhook_total / rounds;
  std::printf(
      "mean: canonical %.0f req/s, telegram webhook %.0f req/s, webhook/canonical %.3f "
      "(%d clients, %d x %d s, %ld non-2xx)\n",
      api, hook, hook / api, clients, rounds, seconds, failures.load());
  return failures.load() == 0 ? 0 : 1;
}
