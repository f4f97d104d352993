-- Contextual recall reads a conversation's candidates newest first through
-- chat_history_conversation_idx, with the full-text match as a filter, and runs with bitmap
-- scans off (see workers/recall/recall_store.cc): the GIN index over every conversation's words
-- is never used, while every stored row paid for its entry. conversation_memory keeps its own.
DROP INDEX IF EXISTS chat_history_search_idx;
