DROP TRIGGER IF EXISTS chat_history_edit_forgets_embedding ON chat_history;
DROP FUNCTION IF EXISTS chatfleet_forget_edited_embedding();
COMMENT ON COLUMN chat_embedding.model IS
  'The embeddings model (CHATFLEET_EMBEDDINGS_MODEL) that made it: recall compares only vectors of one model.';
