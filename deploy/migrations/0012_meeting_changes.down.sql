ALTER TABLE user_schedules
  DROP COLUMN IF EXISTS cancel_reason,
  DROP COLUMN IF EXISTS cancelled_by_event_id,
  DROP COLUMN IF EXISTS cancelled_offset,
  DROP COLUMN IF EXISTS cancelled_partition,
  DROP COLUMN IF EXISTS cancelled_at;
