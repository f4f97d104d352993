-- An edited message's embedding describes its old text: drop it with the edit, in the
-- writer's transaction, so that recall never finds the message by what it no longer says. The
-- workers' indexer embeds the new text after the batch is stored (or its backfill does, when
-- the embeddings service was down).
CREATE FUNCTION chatfleet_forget_edited_embedding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM chat_embedding WHERE history_id = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER chat_history_edit_forgets_embedding
  AFTER UPDATE OF content ON chat_history
  FOR EACH ROW WHEN (OLD.content IS DISTINCT FROM NEW.content)
  EXECUTE FUNCTION chatfleet_forget_edited_embedding();

COMMENT ON COLUMN chat_embedding.model IS
  'The embeddings model (CHATFLEET_EMBEDDINGS_MODEL) that made it: recall compares only vectors of one model; 384 bytes for multilingual-e5-small.';
