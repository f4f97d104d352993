-- What users decide for themselves: the reminders they turned off (`/reminders off`), honoured
-- by the scheduler when a reminder or follow-up is due, not only when it is planned.
ALTER TABLE greeting_preferences ADD COLUMN muted text[] NOT NULL DEFAULT '{}'
  CHECK (muted <@ ARRAY['followup', 'preparation', 'completion', 'followup_greeting']);
COMMENT ON COLUMN greeting_preferences.muted IS
  'Kinds the user turned off: followup, preparation, completion, followup_greeting.';
