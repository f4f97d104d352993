ALTER TABLE greeting_preferences DROP COLUMN IF EXISTS muted;
