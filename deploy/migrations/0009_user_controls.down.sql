ALTER TABLE user_profiles DROP COLUMN IF EXISTS timezone_source;
ALTER TABLE greeting_preferences DROP COLUMN IF EXISTS muted;
