-- SPDX-License-Identifier: GPL-3.0-or-later
-- Run by `lanternectl central init` and `central migrate` before the migrations, as an
-- administrator of the cluster. Idempotent: a second run changes nothing.
DO $bootstrap$
DECLARE
    r text;
    login text;
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
    -- The owner's functions end an app login stalled in an open transaction (it would hold its
    -- municipality's writers): they read the sessions' states and may end app sessions.
    FOREACH r IN ARRAY ARRAY['pg_read_all_stats', 'pg_signal_backend'] LOOP
        IF NOT pg_has_role('lanterne_owner', r, 'MEMBER') THEN
            EXECUTE format('GRANT %I TO lanterne_owner', r);
        END IF;
    END LOOP;
    -- The app's logins: an open transaction left idle ends after 10 s, a lock is waited for 5 s.
    FOR login IN SELECT DISTINCT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles u ON u.oid = m.member
                  WHERE g.rolname IN ('lanterne_agent', 'lanterne_supervisor', 'lanterne_field', 'lanterne_admin')
                    AND u.rolcanlogin AND NOT u.rolsuper
                    AND NOT EXISTS (SELECT 1 FROM pg_db_role_setting s
                                     WHERE s.setrole = u.oid AND s.setdatabase = 0
                                       AND 'idle_in_transaction_session_timeout=10s' = ANY (s.setconfig)
                                       AND 'lock_timeout=5s' = ANY (s.setconfig)) LOOP
        EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', login, '10s');
        EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', login, '5s');
    END LOOP;
END
$bootstrap$;
