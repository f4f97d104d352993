ALTER TABLE tenant_instances DROP COLUMN IF EXISTS send_token_ref;
DROP TABLE IF EXISTS outbound_deliveries;
