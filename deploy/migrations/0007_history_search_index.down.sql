CREATE INDEX IF NOT EXISTS chat_history_search_idx ON chat_history USING gin (search);
