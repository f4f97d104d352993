-- Cheaper rows: chat_history.search stops being a generated column. Computing it was the
-- largest part of PostgreSQL's cost per stored message (the text-search parser and stemmer,
-- ~20–35 µs a row, more than the row's heap tuple and all its B-trees together), and it was
-- paid for every row, also where nothing reads it. Now the memory writer fills it, once, for
-- the rows contextual recall can find (a person's or the bot's message, stored with the recall
-- stage on); an edit refills it. Recall computes the vector of a row stored without one while
-- it reads (workers/recall/recall_store.cc), so no stored message becomes unfindable.
-- DROP EXPRESSION keeps every stored vector and rewrites nothing.
ALTER TABLE chat_history ALTER COLUMN search DROP EXPRESSION;
-- Recall never reads the system rows.
UPDATE chat_history SET search = NULL WHERE role = 'system' AND search IS NOT NULL;
COMMENT ON COLUMN chat_history.search IS
  'Full-text vector of content (chatfleet_ts_config(language)) for contextual recall, written by '
  'the memory writer with the row and each edit; NULL for system rows and rows stored while '
  'recall was off (recall then computes it as it reads).';
