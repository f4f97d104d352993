DROP TABLE feature_flags;
DROP TABLE user_profiles;
DROP TABLE bot_defaults;
DROP TABLE conversation_memory;
DROP INDEX chat_history_received_idx;
DROP INDEX chat_history_verbatim_idx;
DROP INDEX chat_history_search_idx;
ALTER TABLE chat_history DROP COLUMN search, DROP COLUMN folded_at, DROP COLUMN language;
DROP FUNCTION chatfleet_ts_config(text);
