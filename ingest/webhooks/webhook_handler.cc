#include "ingest/webhooks/webhook_handler.h"

#include <google/protobuf/util/time_util.h>

#include <chrono>
#include <memory>

#include "ingest/auth/request_auth.h"
#include "ingest/platforms/discord_normalizer.h"
#include "ingest/platforms/telegram_normalizer.h"
#include "ingest/platforms/whatsapp_normalizer.h"
#include "ingest/webhooks/webhook_path.h"
#include "shared/core/crypto.h"
#include "shared/log/logger.h"

namespace chatfleet::ingest::webhooks {
namespace {

using platforms::PlatformMessage;

constexpr std::string_view kTelegram = "telegram";
constexpr std::string_view kWhatsApp = "whatsapp";
constexpr std::string_view kDiscord = "discord";

std::expected<void, ApiError> Authenticate(const tenants::Instance& instance,
                                           const http::Request& request) {
  if (instance.platform == kTelegram) {
    return auth::VerifySecret(request.Header("x-telegram-bot-api-secret-token"),
                              instance.secret_sha256, "X-Telegram-Bot-Api-Secret-Token");
  }
  if (instance.platform == kWhatsApp) {
    return auth::VerifyHubSignature(request.Header("x-hub-signature-256"), request.body,
                                    instance.app_secret);
  }
  return auth::VerifySecret(auth::BearerToken(request.Header("authorization")),
                            instance.secret_sha256, "Authorization: Bearer");
}

platforms::Normalized Normalize(const tenants::Instance& instance, std::string_view body,
                                const platforms::NormalizeLimits& limits) {
  const platforms::Route route{instance.tenant, instance.bot};
  if (instance.platform == kTelegram) return platforms::NormalizeTelegram(body, route, limits);
  if (instance.platform == kWhatsApp) return platforms::NormalizeWhatsApp(body, route, limits);
  return platforms::NormalizeDiscord(body, route, limits);
}

}  // namespace

struct WebhookHandler::Resolved {
  std::shared_ptr<const tenants::TenantSnapshot> snapshot;  // keeps `instance` alive
  const tenants::Instance* instance = nullptr;
};

WebhookHandler::WebhookHandler(WebhookOptions options, const tenants::TenantDirectory& directory,
                               limits::RateLimiter& limiter, RequestPublisher& publisher,
                               metrics::Registry& metrics)
    : options_(std::move(options)),
      directory_(directory),
      limiter_(limiter),
      publisher_(publisher),
      accepted_(metrics.AddCounter("chatfleet_ingest_webhook_events_accepted_total",
                                   "Webhook events acknowledged by the broker")),
      edits_(metrics.AddCounter("chatfleet_ingest_webhook_edits_total",
                                "Webhook events that edit an earlier message")),
      rejected_(metrics.AddCounter("chatfleet_ingest_webhook_requests_rejected_total",
                                   "Webhook requests answered with a 4xx")),
      limited_(metrics.AddCounter("chatfleet_ingest_rate_limited_total",
                                  "Webhook requests answered 429 by a tenant's token bucket")) {}

void WebhookHandler::Register(http::Router& router) {
  router.AddPrefix("POST", std::string(kWebhookPrefix),
                   [this](http::Request&& request, http::Responder respond) {
                     HandlePost(std::move(request), std::move(respond));
                   });
  router.AddPrefix("GET", std::string(kWebhookPrefix),
                   [this](http::Request&& request, http::Responder respond) {
                     HandleGet(std::move(request), std::move(respond));
                   });
}

void WebhookHandler::Reject(const ApiError& error, http::Responder& respond) {
  rejected_.Inc();
  // The code only: bodies and credentials never reach the logs.
  log::Info("webhook rejected", {{"status", error.status}, {"code", error.code}});
  http::Response response = http::JsonError(error.status, error.code, error.message, error.field);
  if (error.status == 429 || error.status == 503) {
    response.headers.emplace_back("Retry-After", std::to_string(options_.retry_after_seconds));
  }
  respond(std::move(response));
}

std::expected<WebhookHandler::Resolved, ApiError> WebhookHandler::Resolve(
    const http::Request& request) const {
  if (request.target.size() > options_.max_target_bytes) {
    return std::unexpected(ApiError{
        414, "uri_too_long",
        "the request target exceeds " + std::to_string(options_.max_target_bytes) + " bytes", ""});
  }
  const auto path = ParseWebhookPath(request.path);
  if (!path ||
      (path->platform != kTelegram && path->platform != kWhatsApp && path->platform != kDiscord)) {
    return std::unexpected(
        ApiError{404, "unknown_platform",
                 "webhooks live at /v1/webhooks/{telegram|whatsapp|discord}/{instance}", ""});
  }
  Resolved resolved{directory_.Current(), nullptr};
  if (!resolved.snapshot) {
    return std::unexpected(
        ApiError{503, "tenants_unavailable", "the tenant directory is not loaded yet", ""});
  }
  resolved.instance = resolved.snapshot->FindInstance(path->platform, path->instance);
  if (resolved.instance == nullptr) {
    return std::unexpected(
        ApiError{404, "unknown_instance",
                 "no " + path->platform + " instance '" + path->instance + "' is registered", ""});
  }
  return resolved;
}

void WebhookHandler::HandlePost(http::Request&& request, http::Responder respond) {
  auto resolved = Resolve(request);
  if (!resolved) return Reject(resolved.error(), respond);
  const tenants::Instance& instance = *resolved->instance;
  if (auto ok = Authenticate(instance, request); !ok) return Reject(ok.error(), respond);
  auto messages = Normalize(instance, request.body, options_.normalize);
  if (!messages) return Reject(messages.error(), respond);
  if (messages->size() > options_.max_events_per_request) {
    return Reject({413, "too_many_events",
                   "a webhook may carry at most " +
                       std::to_string(options_.max_events_per_request) + " events",
                   ""},
                  respond);
  }
  for (const PlatformMessage& message : *messages) {
    if (auto error = events::Validate(message.event, options_.validation)) {
      return Reject({422, error->code, error->message, error->field}, respond);
    }
  }
  limits::BucketPolicy bucket = options_.default_bucket;
  if (const auto* tenant = resolved->snapshot->FindTenant(instance.tenant)) {
    if (tenant->rate_per_second) bucket.rate_per_second = *tenant->rate_per_second;
    if (tenant->burst) bucket.burst = *tenant->burst;
  }
  const double cost = std::max<double>(1.0, static_cast<double>(messages->size()));
  if (auto wait =
          limiter_.Acquire(instance.tenant, cost, bucket, limits::RateLimiter::Clock::now())) {
    limited_.Inc();
    http::Response response = http::JsonError(
        429, "rate_limited", "tenant '" + instance.tenant + "' is over its event rate");
    response.headers.emplace_back("Retry-After", std::to_string(*wait));
    return respond(std::move(response));
  }
  Publish(std::move(*messages), request, std::move(respond));
}

void WebhookHandler::Publish(std::vector<PlatformMessage> messages, const http::Request& request,
                             http::Responder respond) {
  if (messages.empty()) {
    return respond({200, "application/json", "{\"accepted\":0,\"eventIds\":[]}", {}});
  }
  std::size_t edits = 0;
  AcceptedRequest accepted;
  const auto now_nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
  for (PlatformMessage& message : messages) {
    if (message.edited) {
      ++edits;
      // The edit replaces the stored text; the latest edit wins by this time.
      if (!message.event.has_edited_at()) {
        *message.event.mutable_edited_at() =
            google::protobuf::util::TimeUtil::NanosecondsToTimestamp(now_nanos);
      }
    }
    accepted.events.push_back(std::move(message.event));
  }
  // Platforms retry anything but a 2xx: 200 once the broker has every event.
  accepted.success_status = 200;
  accepted.body = [](const std::string& ids, std::size_t count) {
    return "{\"accepted\":" + std::to_string(count) + ",\"eventIds\":[" + ids + "]}";
  };
  accepted.on_success = [this, count = accepted.events.size(), edits] {
    accepted_.Inc(static_cast<double>(count));
    edits_.Inc(static_cast<double>(edits));
  };
  publisher_.Publish(std::move(accepted), request, "/v1/webhooks/{platform}/{instance}",
                     std::move(respond));
}

void WebhookHandler::HandleGet(http::Request&& request, http::Responder respond) {
  auto resolved = Resolve(request);
  if (!resolved) return Reject(resolved.error(), respond);
  const tenants::Instance& instance = *resolved->instance;
  if (instance.platform != kWhatsApp) {
    http::Response response = http::JsonError(405, "method_not_allowed",
                                              "only WhatsApp webhooks answer GET (verification)");
    response.headers.emplace_back("Allow", "POST");
    return respond(std::move(response));
  }
  // https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests
  const auto query = ParseQuery(request.query);
  const auto mode = query.find("hub.mode");
  const auto challenge = query.find("hub.challenge");
  if (mode == query.end() || mode->second != "subscribe" || challenge == query.end()) {
    return Reject({400, "bad_verification",
                   "expected hub.mode=subscribe, hub.verify_token and hub.challenge", ""},
                  respond);
  }
  const auto token = query.find("hub.verify_token");
  const std::optional<std::string_view> presented =
      token == query.end() ? std::nullopt : std::optional<std::string_view>(token->second);
  if (auto ok = auth::VerifySecret(presented, instance.verify_token_sha256, "hub.verify_token");
      !ok) {
    return Reject(ok.error(), respond);
  }
  respond({200, "text/plain", challenge->second, {}});
}

}  // namespace chatfleet::ingest::webhooks
