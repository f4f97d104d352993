-- What chatfleet-delivery sent to the platforms: one row per chat.outbound id, claimed before
-- the platform is asked, so a redelivered or replayed id is never sent twice.
CREATE TABLE outbound_deliveries (
  outbound_id text PRIMARY KEY,
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  conversation_id text NOT NULL,
  instance text NOT NULL,
  -- waiting: not sent, a retry is due (429, 5xx: the platform said it did not take it);
  -- sending: a request is (or was, when a process died) in flight; sent; failed.
  status text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  owner text NOT NULL,
  platform_message_id text,
  reason text,
  detail text,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT outbound_deliveries_status_check
    CHECK (status IN ('waiting', 'sending', 'sent', 'failed'))
);
CREATE INDEX outbound_deliveries_unsettled_idx ON outbound_deliveries (claimed_at)
  WHERE status IN ('waiting', 'sending');

-- The send credential of an instance (Telegram bot token, WhatsApp Cloud API access token,
-- Discord bot token) must stay usable, so only its name is stored, as for app_secret_ref.
ALTER TABLE tenant_instances ADD COLUMN send_token_ref text;

COMMENT ON TABLE outbound_deliveries IS
  'One row per chat.outbound id: the platform''s answer (message id, or the failure reason).';
COMMENT ON COLUMN tenant_instances.send_token_ref IS
  'Name of the secret holding the instance''s send credential: env CHATFLEET_SECRET_<NAME> or '
  'the file <CHATFLEET_SECRETS_DIR>/<name>. NULL: chatfleet-delivery cannot send for it.';
