-- Cheaper rows: chat_history's unique key and conversation indexes carry one bigint for the
-- conversation instead of its four text columns (tenant, bot, platform, conversation id).
-- Every stored message paid for those texts in three B-trees; now it pays for an integer. The
-- text columns stay on the row: psql, retention and the readers that show them are unchanged.
-- Idempotency is the same key as before (a conversation's key stands for its four texts).
CREATE TABLE conversations (
  key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  conversation_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT conversations_natural_key UNIQUE (tenant, bot, platform, conversation_id)
);
COMMENT ON TABLE conversations IS
  'One row per conversation ever stored: its compact key, which chat_history rows carry.';
COMMENT ON COLUMN conversations.key IS
  'chat_history.conversation_key: never reused, never changed.';

INSERT INTO conversations (tenant, bot, platform, conversation_id)
SELECT DISTINCT tenant, bot, platform, conversation_id FROM chat_history
ORDER BY 1, 2, 3, 4;

-- No foreign key: the key is only ever written from this table (history_writer.cc), rows of
-- it are never deleted, and the check would cost every stored message an index probe.
ALTER TABLE chat_history ADD COLUMN conversation_key bigint;
UPDATE chat_history h SET conversation_key = c.key
FROM conversations c
WHERE c.tenant = h.tenant AND c.bot = h.bot AND c.platform = h.platform
  AND c.conversation_id = h.conversation_id;
ALTER TABLE chat_history ALTER COLUMN conversation_key SET NOT NULL;
COMMENT ON COLUMN chat_history.conversation_key IS
  'conversations.key of (tenant, bot, platform, conversation_id): what the indexes carry.';

ALTER TABLE chat_history DROP CONSTRAINT chat_history_message_key;
ALTER TABLE chat_history ADD CONSTRAINT chat_history_message_key
  UNIQUE (conversation_key, platform_message_id);
DROP INDEX chat_history_conversation_idx;
CREATE INDEX chat_history_conversation_idx ON chat_history (conversation_key, id DESC);
DROP INDEX chat_history_verbatim_idx;
CREATE INDEX chat_history_verbatim_idx ON chat_history (conversation_key, id)
  WHERE folded_at IS NULL;
