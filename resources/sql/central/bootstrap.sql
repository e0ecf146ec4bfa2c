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
            BEGIN
                EXECUTE format('GRANT %I TO lanterne_owner', r);
            EXCEPTION WHEN unique_violation OR duplicate_object OR internal_error THEN
                NULL; -- another database's bootstrap granted it at the same moment
            END;
        END IF;
    END LOOP;
    -- This database's logins (lanterne.app_user): an open transaction left idle ends after 10 s,
    -- a lock is waited for 5 s. Roles are the cluster's: another database's bootstrap may alter
    -- the same role at the same moment; such a login is left for the next run, not an error.
    IF to_regclass('lanterne.app_user') IS NOT NULL THEN
        FOR login IN SELECT u.rolname FROM pg_roles u
                      WHERE u.rolcanlogin AND NOT u.rolsuper
                        AND u.rolname IN (SELECT a.login FROM lanterne.app_user a)
                        AND NOT EXISTS (SELECT 1 FROM pg_db_role_setting s
                                         WHERE s.setrole = u.oid AND s.setdatabase = 0
                                           AND 'idle_in_transaction_session_timeout=10s' = ANY (s.setconfig)
                                           AND 'lock_timeout=5s' = ANY (s.setconfig)) LOOP
            BEGIN
                EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', login, '10s');
                EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', login, '5s');
            EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'login %: timeouts not set (%)', login, SQLERRM;
            END;
        END LOOP;
    END IF;
END
$bootstrap$;
