-- Who may write into chatfleet, and through which platform instance. Read by ingest at start
-- (prewarmed) and refreshed periodically; written by `chatfleet-tenants` (./fleet tenants).
-- No plaintext secret is stored: presented tokens are compared by their SHA-256, and the one
-- secret that must stay usable as a key (WhatsApp's app secret, an HMAC key) is referenced by
-- name and read from the environment or a mounted Kubernetes Secret.
CREATE TABLE tenants (
  tenant text PRIMARY KEY,
  display_name text,
  rate_per_second double precision,
  burst integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenants_tenant_check CHECK (tenant ~ '^[A-Za-z0-9._-]{1,128}$'),
  CONSTRAINT tenants_rate_check CHECK (rate_per_second IS NULL OR rate_per_second > 0),
  CONSTRAINT tenants_burst_check CHECK (burst IS NULL OR burst > 0)
);

CREATE TABLE tenant_instances (
  platform text NOT NULL,
  instance text NOT NULL,
  tenant text NOT NULL REFERENCES tenants (tenant) ON DELETE CASCADE,
  bot text NOT NULL,
  secret_sha256 text,
  verify_token_sha256 text,
  app_secret_ref text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (platform, instance),
  CONSTRAINT tenant_instances_platform_check
    CHECK (platform IN ('telegram', 'whatsapp', 'discord')),
  CONSTRAINT tenant_instances_instance_check CHECK (instance ~ '^[A-Za-z0-9._-]{1,128}$'),
  CONSTRAINT tenant_instances_bot_check CHECK (bot <> ''),
  CONSTRAINT tenant_instances_credentials_check CHECK (
    CASE platform
      WHEN 'whatsapp' THEN app_secret_ref IS NOT NULL AND verify_token_sha256 IS NOT NULL
      ELSE secret_sha256 IS NOT NULL
    END)
);

CREATE TABLE tenant_api_tokens (
  token_sha256 text PRIMARY KEY,
  tenant text NOT NULL REFERENCES tenants (tenant) ON DELETE CASCADE,
  label text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE tenants IS
  'Operator accounts. Every event ingest publishes is attributed to the tenant its credentials '
  'belong to.';
COMMENT ON COLUMN tenants.rate_per_second IS
  'Token-bucket refill rate for this tenant''s events; NULL → ingest''s default.';
COMMENT ON COLUMN tenants.burst IS 'Token-bucket size; NULL → ingest''s default.';
COMMENT ON TABLE tenant_instances IS
  'Platform instance (Telegram bot, WhatsApp app / phone number, Discord relay) → tenant and '
  'bot: the route POST /v1/webhooks/{platform}/{instance} resolves through (the '
  'instance → clinic routing).';
COMMENT ON COLUMN tenant_instances.secret_sha256 IS
  'SHA-256 (hex) of the Telegram secret token or of the Discord relay''s bearer token.';
COMMENT ON COLUMN tenant_instances.verify_token_sha256 IS
  'SHA-256 (hex) of the WhatsApp verify token (hub.verify_token of the GET handshake).';
COMMENT ON COLUMN tenant_instances.app_secret_ref IS
  'Name of the secret holding the WhatsApp app secret (HMAC key of X-Hub-Signature-256): '
  'env CHATFLEET_SECRET_<NAME> or the file <CHATFLEET_SECRETS_DIR>/<name>.';
COMMENT ON TABLE tenant_api_tokens IS
  'Bearer tokens of the canonical /v1/events API, by SHA-256 (hex) of the token.';
