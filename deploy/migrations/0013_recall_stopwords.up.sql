-- Words contextual recall never searches on: each language's colloquial fillers that
-- PostgreSQL's stop-word lists miss ("pra", "tô", the "m" of "I'm"). Stored as the lexemes the
-- language's text-search configuration makes of them, so the query compares like with like.
CREATE TABLE chatfleet_recall_stopword (
  language text NOT NULL,
  lexeme text NOT NULL,
  PRIMARY KEY (language, lexeme)
);
COMMENT ON TABLE chatfleet_recall_stopword IS
  'Lexemes (per language) dropped from a recall query: chat fillers that match everything.';

INSERT INTO chatfleet_recall_stopword (language, lexeme)
SELECT DISTINCT w.language, t.lexeme
FROM (VALUES
  ('en', 'm s t d ll re ve im gonna wanna gotta lol haha hahaha ok okay yeah yep nope hey hi hello thanks thank pls please u ur ya just like really get got can know want need let thing stuff good oh well also one'),
  ('ru', 'чё че щас ща ну ага ок окей ладно короче типа вообще ваще просто блин спасибо пожалуйста привет давай можно будет это вот тоже ещё уже так какой'),
  ('es', 'pa pos pues jaja jajaja vale ok okey bueno tipo osea q xq porfa gracias hola ahorita nada cosa algo ya oye mira'),
  ('pt', 'pra pro pras pros tô tá tava tô né kkk kkkk kk vc você cê aí daí então tipo beleza blz valeu obrigado obrigada oi olá ok coisa gente mesmo agora ainda')
) AS w(language, words)
CROSS JOIN LATERAL unnest(to_tsvector(chatfleet_ts_config(w.language), w.words)) AS t;
