DELETE FROM feature_flags WHERE flag = 'proactive';
ALTER TABLE feature_flags DROP CONSTRAINT feature_flags_flag_check;
ALTER TABLE feature_flags ADD CONSTRAINT feature_flags_flag_check
  CHECK (flag IN ('personalization', 'recall', 'compression'));
DROP INDEX user_schedules_user_idx;
DROP INDEX follow_ups_user_idx;
DROP TABLE follow_up_policies;
DROP TABLE conversation_states;
