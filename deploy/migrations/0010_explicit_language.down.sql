ALTER TABLE user_profiles DROP COLUMN IF EXISTS language_explicit;
COMMENT ON COLUMN chat_history.conversation_kind IS
  'direct (one user and the bot: no name prefixes) | group (several people: other speakers are '
  'prefixed with their name).';
