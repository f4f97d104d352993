-- A meeting the user called off or moved ("cancel the dentist", "перенесли встречу на завтра"):
-- which message did it, and where in chat.events, so an answer computed again after a
-- redelivery sees the meeting as it was before that message. A moved meeting is a new schedule
-- at its new time; the old one keeps its row with reason 'moved'.
ALTER TABLE user_schedules
  ADD COLUMN cancelled_at timestamptz,
  ADD COLUMN cancelled_partition integer,
  ADD COLUMN cancelled_offset bigint,
  ADD COLUMN cancelled_by_event_id text,
  ADD COLUMN cancel_reason text CHECK (cancel_reason IN ('cancelled', 'moved'));
COMMENT ON COLUMN user_schedules.cancel_reason IS
  'cancelled: the user called it off; moved: replaced by the schedule at its new time.';
