-- What users decide for themselves: the reminders they turned off (`/reminders off`), honoured
-- by the scheduler when a reminder or follow-up is due, not only when it is planned.
ALTER TABLE greeting_preferences ADD COLUMN muted text[] NOT NULL DEFAULT '{}'
  CHECK (muted <@ ARRAY['followup', 'preparation', 'completion', 'followup_greeting']);
COMMENT ON COLUMN greeting_preferences.muted IS
  'Kinds the user turned off: followup, preparation, completion, followup_greeting.';

-- Where a profile's timezone came from, so a better-founded one replaces it and a guess never
-- replaces the user's own choice: default < guess (a WhatsApp number's country) < event (the
-- platform's or bot's sender.timezone) < chosen (`/timezone`, "I'm in Lisbon time").
ALTER TABLE user_profiles ADD COLUMN timezone_source text NOT NULL DEFAULT 'default'
  CHECK (timezone_source IN ('default', 'guess', 'event', 'chosen'));
