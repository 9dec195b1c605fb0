-- Organisation representatives (network module) sign in like everyone else, with the lowest role.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check
    CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'CORRESPONDENT', 'REPRESENTATIVE'));
ALTER TABLE api_token DROP CONSTRAINT api_token_role_check;
ALTER TABLE api_token ADD CONSTRAINT api_token_role_check
    CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'CORRESPONDENT', 'REPRESENTATIVE'));
