DROP TABLE IF EXISTS chatfleet_recall_stopword;
