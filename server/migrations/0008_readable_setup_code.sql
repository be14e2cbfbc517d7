-- The waiting setup code is kept as itself from now on, under `setup_code`, so that a restarted
-- server prints it again (server/store/setupCode.ts). One kept as its hash cannot be read back:
-- it goes, and the start that applies this step makes and prints a new one.
DELETE FROM server_settings WHERE key = 'setup_code_hash';
