DROP TABLE IF EXISTS chat_embedding;
