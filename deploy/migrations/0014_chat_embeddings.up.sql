-- Semantic recall: the sentence embedding of each stored person's message, written by the
-- workers' embedding indexer after the batch is stored (never in the batch's transaction).
-- A bytea of int8 components (the model's L2-normalised vector × 127 / its largest component):
-- 384 bytes for all-MiniLM-L6-v2, read back and compared in the worker (no pgvector: it is
-- not a package of the Debian release the fleet runs on). Deleted with its message.
CREATE TABLE chat_embedding (
  history_id bigint PRIMARY KEY REFERENCES chat_history (id) ON DELETE CASCADE,
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  conversation_id text NOT NULL,
  model text NOT NULL,
  vector bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Recall reads a conversation's newest embeddings before a message.
CREATE INDEX chat_embedding_conversation_idx
  ON chat_embedding (tenant, bot, platform, conversation_id, history_id DESC);
COMMENT ON TABLE chat_embedding IS
  'Sentence embedding (int8 components) of a person''s chat_history row, for semantic recall.';
COMMENT ON COLUMN chat_embedding.model IS
  'The embeddings model (CHATFLEET_EMBEDDINGS_MODEL) that made it: recall compares only vectors of one model.';
