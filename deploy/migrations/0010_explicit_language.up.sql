-- A language the user chose (`/language xx`) is kept apart from one the fleet learned from
-- their messages: the choice wins over any detection, a learned language yields to a
-- confident detection of a new message.
ALTER TABLE user_profiles ADD COLUMN language_explicit boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN user_profiles.language_explicit IS
  'true: language is the user''s own choice (/language xx) and wins over detection; false: '
  'learned from their messages (or a bot default), replaced by a confident detection.';

COMMENT ON COLUMN chat_history.conversation_kind IS
  'direct (one user and the bot: no speaker labels) | group (several people: every rendered '
  'line carries its speaker''s label).';
