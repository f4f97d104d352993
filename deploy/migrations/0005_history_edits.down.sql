ALTER TABLE chat_history DROP COLUMN edited_at;
