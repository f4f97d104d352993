set ON_ERROR_STOP 1
-- Per-row cost of the staging → history INSERT, per table variant (scratch tables only).
DROP SCHEMA IF EXISTS rowcost CASCADE;
CREATE SCHEMA rowcost;
SET search_path = rowcost, public;

CREATE FUNCTION rowcost.words(seed bigint) RETURNS text LANGUAGE sql AS $$
  SELECT string_agg((ARRAY['the','meeting','moved','to','Thursday','please','send','notes','after',
    'pass','before','Friday','thanks','for','update','sounds','good','let''s','sync','lunch',
    'invoice','is','still','pending','could','you','check','with','finance','today','café',
    'déjà','vu','at','3pm','ok','встреча','завтра','пятница','спасибо','hola','gracias','obrigado',
    'reunião','mañana'])[1 + ((seed * 7919 + g * 104729) % 45)], ' ')
  FROM generate_series(1, 14 + (seed % 10)::int) g $$;

CREATE TABLE rowcost.base (LIKE public.chat_history INCLUDING ALL);
-- staging: the same columns the writer COPYs
CREATE UNLOGGED TABLE rowcost.incoming (seq bigint, event_id text, tenant text, bot text,
  platform text, conversation_id text, conversation_kind text, channel_id text, user_id text,
  user_name text, role text, content text, source text, platform_message_id text,
  reply_to_message_id text, sent_at timestamptz, received_at timestamptz, trace_id text,
  language text, conversation_key bigint);

CREATE FUNCTION rowcost.fill(batch int, n int, lang text) RETURNS void LANGUAGE sql AS $$
  TRUNCATE rowcost.incoming;
  INSERT INTO rowcost.incoming
  SELECT g, 'ev-' || batch || '-' || g, 'bench-tenant', 'elena', 'telegram', 'dm-' || (g % 400),
    'direct', NULL, '1000000' || (g % 400), 'Sarah', CASE WHEN g % 4 = 3 THEN 'assistant' ELSE 'user' END,
    rowcost.words(batch * 100000 + g), 'text', 'm-' || batch || '-' || g, NULL, now(), now(),
    '0af7651916cd43dd8448eb211c80319c', lang, 1 + g % 400
  FROM generate_series(1, n) g;
  ANALYZE rowcost.incoming $$;

-- Times `batches` inserts of n rows into table t (after a prefill), returns µs per row.
CREATE FUNCTION rowcost.time_insert(t text, lang text, batches int, n int, on_conflict bool)
RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE started timestamptz; total interval := '0'; b int;
BEGIN
  FOR b IN 1 .. batches LOOP
    PERFORM rowcost.fill(b + 1000, n, lang);
    started := clock_timestamp();
    EXECUTE format($q$INSERT INTO rowcost.%I (event_id, tenant, bot, platform, conversation_id,
      conversation_key, conversation_kind, channel_id, user_id, user_name, role, content, source,
      platform_message_id, reply_to_message_id, sent_at, received_at, trace_id, language)
      SELECT event_id, tenant, bot, platform, conversation_id, conversation_key, conversation_kind,
      channel_id, user_id, user_name, role, content, source, platform_message_id,
      reply_to_message_id, sent_at, received_at, trace_id, language
      FROM rowcost.incoming ORDER BY seq %s$q$, t,
      CASE WHEN on_conflict THEN 'ON CONFLICT (conversation_key, platform_message_id) DO NOTHING' ELSE '' END);
    total := total + (clock_timestamp() - started);
  END LOOP;
  RETURN round(extract(epoch FROM total) * 1e6 / (batches * n), 2);
END $$;
SET search_path = rowcost, public;
CREATE OR REPLACE FUNCTION rowcost.variant(name text, alter_sql text, lang text, on_conflict bool,
  prefill int DEFAULT 200000) RETURNS numeric LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DROP TABLE IF EXISTS rowcost.%I', name);
  EXECUTE format('CREATE TABLE rowcost.%I (LIKE rowcost.base INCLUDING ALL)', name);
  IF alter_sql <> '' THEN EXECUTE replace(alter_sql, '$T', 'rowcost.' || name); END IF;
  PERFORM rowcost.fill(0, prefill, 'en');
  EXECUTE format($q$INSERT INTO rowcost.%I (event_id, tenant, bot, platform, conversation_id,
      conversation_key, conversation_kind, user_id, user_name, role, content, source,
      platform_message_id, sent_at, received_at, language)
      SELECT event_id, tenant, bot, platform, conversation_id, conversation_key, conversation_kind,
      user_id, user_name, role, content, source, platform_message_id, sent_at, received_at, language
      FROM rowcost.incoming$q$, name);
  RETURN rowcost.time_insert(name, lang, 5, 4000, on_conflict);
END $$;
