DROP TABLE tenant_api_tokens;
DROP TABLE tenant_instances;
DROP TABLE tenants;
