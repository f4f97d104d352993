#!/usr/bin/env python3
"""Local stand-ins for the three send APIs chatfleet-delivery talks to, for the e2e tests.

Each implements the documented request and answer shapes (the real platforms are out of reach):
  Telegram  POST /telegram/bot<token>/sendMessage              (Bot API)
  WhatsApp  POST /whatsapp/v21.0/<phone-number-id>/messages    (Cloud API, Bearer token)
  Discord   POST /discord/api/v10/channels/<channel id>/messages (Bot token, X-RateLimit-*)
and the platforms' limits: an over-limit request is answered 429 (with the platform's
Retry-After form) and counted as a violation, so a test sees a limiter that lets too much
through. Control endpoints:
  POST /control/script   {"<platform>/<chat>": ["429:2", "500", "403", "131047", "ok"], ...}
                         answers for the next requests to that chat, in order (then ok)
  GET  /control/requests every request: platform, path, headers, body, time (s), status
Usage: fake_platforms.py --tokens telegram=T,whatsapp=W,discord=D  (prints PORT=<n>)
"""
import argparse
import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
REQUESTS = []
SCRIPTS = {}
LAST_SEND = {}  # (platform, chat) -> time of the last accepted send
BOT_SENDS = {}  # platform -> times of accepted sends
DISCORD_ROUTE = {}  # channel -> (remaining, reset time)
COUNTER = [1000]
TOKENS = {}

TELEGRAM = re.compile(r"^/telegram/bot(?P<token>[^/]+)/sendMessage$")
WHATSAPP = re.compile(r"^/whatsapp/v21\.0/(?P<phone>[0-9]+)/messages$")
DISCORD = re.compile(r"^/discord/api/v10/channels/(?P<channel>[^/]+)/messages$")
CHAT_INTERVAL = {"telegram": 1.0, "whatsapp": 6.0, "discord": 0.0}
BOT_PER_SECOND = {"telegram": 30, "whatsapp": 80, "discord": 50}
DISCORD_ROUTE_LIMIT, DISCORD_ROUTE_RESET = 2, 1.0


def next_id():
    COUNTER[0] += 1
    return COUNTER[0]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)
        return status

    def do_GET(self):
        if self.path == "/control/requests":
            with LOCK:
                self.answer(200, REQUESTS)
        else:
            self.answer(404, {"error": "not found"})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        if self.path == "/control/script":
            with LOCK:
                for key, steps in json.loads(raw).items():
                    SCRIPTS.setdefault(key, []).extend(steps)
            self.answer(200, {"ok": True})
            return
        now = time.time()
        record = {"path": self.path, "headers": dict(self.headers.items()), "time": now,
                  "body": raw.decode("utf-8", "replace")}
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        with LOCK:
            record["status"], record["platform"], record["violation"] = self.route(body, now)
            REQUESTS.append(record)

    def route(self, body, now):
        for pattern, platform in ((TELEGRAM, "telegram"), (WHATSAPP, "whatsapp"), (DISCORD, "discord")):
            match = pattern.match(self.path)
            if match:
                handler = getattr(self, platform)
                return handler(match, body, now)
        return self.answer(404, {"error": "no such route"}), "none", ""

    # Limits as the platforms define them; a violation is answered 429 and reported.
    def over_limit(self, platform, chat, now):
        last = LAST_SEND.get((platform, chat))
        # 20 ms of slack: the client's clock and this server's see a request at different times.
        if last is not None and now - last < CHAT_INTERVAL[platform] - 0.02:
            return "chat"
        sends = [t for t in BOT_SENDS.get(platform, []) if now - t < 1.0 - 0.02]
        if len(sends) >= BOT_PER_SECOND[platform]:
            return "bot"
        return ""

    def accept(self, platform, chat, now):
        LAST_SEND[(platform, chat)] = now
        BOT_SENDS.setdefault(platform, []).append(now)

    def scripted(self, platform, chat):
        steps = SCRIPTS.get(platform + "/" + chat)
        return steps.pop(0) if steps else "ok"

    def telegram(self, match, body, now):
        if match["token"] != TOKENS.get("telegram"):
            return self.answer(401, {"ok": False, "error_code": 401, "description": "Unauthorized"}), "telegram", ""
        if not isinstance(body, dict) or "chat_id" not in body or not body.get("text"):
            return self.answer(400, {"ok": False, "error_code": 400,
                                     "description": "Bad Request: message text is empty"}), "telegram", ""
        chat = str(body["chat_id"])
        violation = self.over_limit("telegram", chat, now)
        if violation:
            return self.answer(429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                     "parameters": {"retry_after": 1}}), "telegram", violation
        step = self.scripted("telegram", chat)
        if step.startswith("429"):
            after = int(step.split(":")[1]) if ":" in step else 1
            return self.answer(429, {"ok": False, "error_code": 429,
                                     "description": "Too Many Requests: retry after %d" % after,
                                     "parameters": {"retry_after": after}}), "telegram", ""
        if step == "500":
            return self.answer(500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}), "telegram", ""
        if step == "403":
            return self.answer(403, {"ok": False, "error_code": 403,
                                     "description": "Forbidden: bot was blocked by the user"}), "telegram", ""
        if step == "400":
            return self.answer(400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}), "telegram", ""
        self.accept("telegram", chat, now)
        message = {"message_id": next_id(), "date": int(now), "chat": {"id": body["chat_id"]}, "text": body["text"]}
        return self.answer(200, {"ok": True, "result": message}), "telegram", ""

    def whatsapp(self, match, body, now):
        if self.headers.get("Authorization") != "Bearer " + TOKENS.get("whatsapp", ""):
            return self.answer(401, {"error": {"message": "Invalid OAuth access token", "type": "OAuthException",
                                               "code": 190, "fbtrace_id": "F"}}), "whatsapp", ""
        if (not isinstance(body, dict) or body.get("messaging_product") != "whatsapp" or not body.get("to")
                or body.get("type") != "text" or not body.get("text", {}).get("body")):
            return self.answer(400, {"error": {"message": "(#100) Invalid parameter", "type": "OAuthException",
                                               "code": 100, "fbtrace_id": "F"}}), "whatsapp", ""
        chat = body["to"]
        violation = self.over_limit("whatsapp", chat, now)
        if violation:
            return self.answer(400, {"error": {"message": "(#131056) (Business Account, Consumer Account) pair rate limit hit",
                                               "type": "OAuthException", "code": 131056, "fbtrace_id": "F"}}), "whatsapp", violation
        step = self.scripted("whatsapp", chat)
        if step == "131047":
            return self.answer(400, {"error": {"message": "(#131047) Re-engagement message", "type": "OAuthException",
                                               "code": 131047, "error_data": {"messaging_product": "whatsapp",
                                               "details": "Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
                                               "fbtrace_id": "F"}}), "whatsapp", ""
        if step == "500":
            return self.answer(500, {"error": {"message": "Service temporarily unavailable", "code": 131016}}), "whatsapp", ""
        self.accept("whatsapp", chat, now)
        return self.answer(200, {"messaging_product": "whatsapp", "contacts": [{"input": chat, "wa_id": chat}],
                                 "messages": [{"id": "wamid.%d" % next_id()}]}), "whatsapp", ""

    def discord(self, match, body, now):
        if self.headers.get("Authorization") != "Bot " + TOKENS.get("discord", ""):
            return self.answer(401, {"message": "401: Unauthorized", "code": 0}), "discord", ""
        if not isinstance(body, dict) or not body.get("content"):
            return self.answer(400, {"message": "Cannot send an empty message", "code": 50006}), "discord", ""
        channel = match["channel"]
        remaining, reset = DISCORD_ROUTE.get(channel, (DISCORD_ROUTE_LIMIT, now + DISCORD_ROUTE_RESET))
        if now >= reset:
            remaining, reset = DISCORD_ROUTE_LIMIT, now + DISCORD_ROUTE_RESET
        if remaining <= 0 and reset - now > 0.02:
            after = reset - now
            return self.answer(429, {"message": "You are being rate limited.", "retry_after": round(after, 3), "global": False},
                               {"Retry-After": str(int(after) + 1), "X-RateLimit-Limit": str(DISCORD_ROUTE_LIMIT),
                                "X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "%.3f" % after,
                                "X-RateLimit-Bucket": "channel-" + channel, "X-RateLimit-Scope": "user"}), "discord", "route"
        step = self.scripted("discord", channel)
        if step == "404":
            return self.answer(404, {"message": "Unknown Channel", "code": 10003}), "discord", ""
        remaining -= 1
        DISCORD_ROUTE[channel] = (remaining, reset)
        headers = {"X-RateLimit-Limit": str(DISCORD_ROUTE_LIMIT), "X-RateLimit-Remaining": str(remaining),
                   "X-RateLimit-Reset-After": "%.3f" % max(0.0, reset - now), "X-RateLimit-Bucket": "channel-" + channel}
        message = {"id": str(1180000000000000000 + next_id()), "channel_id": channel, "content": body["content"]}
        return self.answer(200, message, headers), "discord", ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    for pair in args.tokens.split(","):
        name, _, value = pair.partition("=")
        TOKENS[name] = value
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print("PORT=%d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
