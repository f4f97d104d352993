-- Back to the generated column: every row's vector computed again (a rewrite of the table).
ALTER TABLE chat_history DROP COLUMN search;
ALTER TABLE chat_history ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector(chatfleet_ts_config(language), content)) STORED;
COMMENT ON COLUMN chat_history.search IS 'Full-text vector of content for contextual recall.';
