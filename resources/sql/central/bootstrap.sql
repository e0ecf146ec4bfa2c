-- SPDX-License-Identifier: GPL-3.0-or-later
-- Run by `lanternectl central init` before the migrations, as an administrator of the cluster.
-- Idempotent: a second run changes nothing.
DO $bootstrap$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['lanterne_owner', 'lanterne_agent', 'lanterne_supervisor', 'lanterne_field',
                             'lanterne_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    IF NOT has_database_privilege('lanterne_owner', current_database(), 'CREATE') THEN
        EXECUTE format('GRANT CREATE ON DATABASE %I TO lanterne_owner', current_database());
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'lanterne') THEN
        CREATE SCHEMA lanterne AUTHORIZATION lanterne_owner;
    END IF;
END
$bootstrap$;
