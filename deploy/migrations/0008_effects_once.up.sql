-- What makes every proactive effect a function of the conversation's history up to the message,
-- whatever the batching and however often a message is delivered.

-- The urgency cues ('urgent', 'high', 'low', 'none') of the conversation's latest person's
-- messages, oldest first: a message's urgency looks back over them, not over its poll batch.
ALTER TABLE conversation_states ADD COLUMN recent_cues text[] NOT NULL DEFAULT '{}';

-- A follow-up counts as open at a message until it is due, also when the scheduler sent it
-- before a lagging worker got to the message: those are read by due time.
CREATE INDEX follow_ups_sent_due_idx ON follow_ups (due_at) WHERE status = 'sent';

-- Where and when the meeting was mentioned: a `/schedule` answer lists the meetings mentioned
-- before it, also when it is computed again after a redelivery.
ALTER TABLE user_schedules ADD COLUMN mentioned_at timestamptz;
ALTER TABLE user_schedules ADD COLUMN source_partition integer;
ALTER TABLE user_schedules ADD COLUMN source_offset bigint;

-- Per chat.events partition, the position below which every message's chat.context and
-- chat.outbound answer were acknowledged by the broker. Written before the offset commit, so a
-- batch re-read after a lost partition or a failed commit does not answer again.
CREATE TABLE answered_positions (
  topic text NOT NULL,
  partition integer NOT NULL,
  next_offset bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (topic, partition)
);
COMMENT ON TABLE answered_positions IS
  'The workers'' answered chat.events position per partition: messages below it are not answered again.';
