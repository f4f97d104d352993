DROP TABLE chat_history;
