-- The workers' proactive stage (follow-ups and meeting reminders): the conversation state machine
-- per conversation, per-tenant follow-up delays, and the `proactive` feature flag.

CREATE TABLE conversation_states (
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  conversation_id text NOT NULL,
  state text NOT NULL DEFAULT 'idle' CHECK (state IN ('idle', 'service_inquiry', 'booking_new',
    'booking_confirmation', 'rescheduling', 'canceling', 'awaiting_info', 'escalated')),
  -- What the conversation is about now ("veneers") and what is still open from earlier turns.
  subject text NOT NULL DEFAULT '',
  pending text[] NOT NULL DEFAULT '{}',
  missing_fields text[] NOT NULL DEFAULT '{}',
  -- The chat.events position of the last message applied: a redelivered message (a crash
  -- after the database commit, before the offset commit) must not advance the state twice.
  source_partition integer NOT NULL,
  source_offset bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant, bot, platform, conversation_id)
);
COMMENT ON TABLE conversation_states IS
  'Seed 001''s conversation state per conversation, with the current subject and pending items.';

CREATE TABLE follow_up_policies (
  tenant text PRIMARY KEY,
  urgent_minutes integer NOT NULL DEFAULT 15 CHECK (urgent_minutes > 0),
  high_minutes integer NOT NULL DEFAULT 60 CHECK (high_minutes > 0),
  medium_minutes integer NOT NULL DEFAULT 90 CHECK (medium_minutes > 0),
  low_minutes integer NOT NULL DEFAULT 240 CHECK (low_minutes > 0),
  -- A user's new message settles (cancels) the pending follow-ups it answers.
  settle_on_user_message boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE follow_up_policies IS
  'Per-tenant follow-up delays by urgency; tenants without a row use the workers'' settings.';

-- Follow-ups are created at the time of the message that promised them (not of the insert),
-- so settling compares message times.
CREATE INDEX follow_ups_user_idx
  ON follow_ups (tenant, bot, platform, conversation_id, user_id) WHERE status = 'pending';

-- Greetings waiting for the user's next message have due_at = 'infinity'; finding them by user.
CREATE INDEX user_schedules_user_idx ON user_schedules (tenant, bot, platform, user_id);

ALTER TABLE feature_flags DROP CONSTRAINT feature_flags_flag_check;
ALTER TABLE feature_flags ADD CONSTRAINT feature_flags_flag_check
  CHECK (flag IN ('personalization', 'recall', 'compression', 'proactive'));
