-- Proactive messages (follow-ups and meeting reminders): meetings extracted from chat, the
-- reminders planned for them, follow-ups, and per-user greeting preferences. Workers write
-- them; the scheduler claims what is due (FOR UPDATE SKIP LOCKED) and emits it to
-- chat.outbound.

CREATE TABLE user_schedules (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  conversation_id text NOT NULL,
  conversation_kind text NOT NULL CHECK (conversation_kind IN ('direct', 'group')),
  channel_id text,
  user_id text NOT NULL,
  title text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz CHECK (ends_at IS NULL OR ends_at > starts_at),
  timezone text NOT NULL,
  language text NOT NULL,
  confidence real NOT NULL DEFAULT 1,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled', 'done')),
  -- The same meeting mentioned twice yields one schedule: the extractor's normalized key.
  dedupe_key text NOT NULL,
  source_event_id text NOT NULL,
  -- The trace of the message that created it: reminders sent days later link to it.
  source_traceparent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT user_schedules_dedupe_key UNIQUE (tenant, bot, platform, user_id, dedupe_key)
);
COMMENT ON TABLE user_schedules IS
  'Meetings extracted from messages, on the conversation and channel where they were discussed.';
CREATE INDEX user_schedules_upcoming_idx ON user_schedules (tenant, bot, platform, user_id, starts_at)
  WHERE status = 'scheduled';

CREATE TABLE proactive_sessions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  schedule_id bigint NOT NULL REFERENCES user_schedules (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('preparation', 'completion', 'followup_greeting')),
  due_at timestamptz NOT NULL,
  -- Stable id of the OutboundMessage: a re-send after a crash carries the same id.
  outbound_id text NOT NULL UNIQUE,
  sent_at timestamptz,
  cancelled_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  CONSTRAINT proactive_sessions_one_per_kind UNIQUE (schedule_id, kind)
);
COMMENT ON TABLE proactive_sessions IS
  'One row per reminder kind per schedule; sent_at set once chat.outbound acknowledged it.';
CREATE INDEX proactive_sessions_due_idx ON proactive_sessions (due_at)
  WHERE sent_at IS NULL AND cancelled_at IS NULL;

CREATE TABLE follow_ups (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  conversation_id text NOT NULL,
  conversation_kind text NOT NULL CHECK (conversation_kind IN ('direct', 'group')),
  channel_id text,
  user_id text NOT NULL,
  urgency text NOT NULL CHECK (urgency IN ('urgent', 'high', 'medium', 'low')),
  subject text NOT NULL DEFAULT '',
  language text NOT NULL,
  due_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'settled', 'sent', 'cancelled')),
  source_event_id text NOT NULL UNIQUE,
  source_traceparent text,
  outbound_id text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  settled_at timestamptz,
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);
COMMENT ON TABLE follow_ups IS
  'Follow-ups promised to a user; one per source event. A later user message can '
  'settle a pending one; the scheduler sends the pending ones that are due.';
CREATE INDEX follow_ups_due_idx ON follow_ups (due_at) WHERE status = 'pending';
CREATE INDEX follow_ups_conversation_idx
  ON follow_ups (tenant, bot, platform, conversation_id) WHERE status = 'pending';

CREATE TABLE greeting_preferences (
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  user_id text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  -- Local times in the user's timezone; no greeting is sent between them (wraps midnight).
  quiet_hours_start time NOT NULL DEFAULT '22:00',
  quiet_hours_end time NOT NULL DEFAULT '08:00',
  timezone text NOT NULL DEFAULT 'UTC',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant, bot, platform, user_id)
);
COMMENT ON TABLE greeting_preferences IS
  'Created automatically with a user''s first schedule; quiet hours delay greetings.';
