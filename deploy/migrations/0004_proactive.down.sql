DROP TABLE greeting_preferences;
DROP TABLE follow_ups;
DROP TABLE proactive_sessions;
DROP TABLE user_schedules;
