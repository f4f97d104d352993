-- Edits: a platform's message edit updates the stored message instead of adding one.
ALTER TABLE chat_history ADD COLUMN edited_at timestamptz;
COMMENT ON COLUMN chat_history.edited_at IS
  'When the message was last edited (content holds the latest edit''s text); NULL if never edited.';
