DROP TABLE IF EXISTS answered_positions;
DROP INDEX IF EXISTS follow_ups_sent_due_idx;
ALTER TABLE user_schedules DROP COLUMN IF EXISTS source_offset;
ALTER TABLE user_schedules DROP COLUMN IF EXISTS source_partition;
ALTER TABLE user_schedules DROP COLUMN IF EXISTS mentioned_at;
ALTER TABLE conversation_states DROP COLUMN IF EXISTS recent_cues;
