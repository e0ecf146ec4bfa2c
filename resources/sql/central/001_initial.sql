-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne central database, schema 1: the source of truth for every workstation.
-- Run by `lanternectl central init|migrate` as the no-login owner role (SET ROLE lanterne_owner):
-- every object belongs to it, and row-level security is forced on every table, owner included.
-- A municipality (INSEE code) on every row; revisions follow commit order (revision_counter).

-- The schema lanterne, the roles and lanterne.schema_migration exist already (bootstrap.sql).
GRANT USAGE ON SCHEMA lanterne TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;

-- Who is who: one row per login, mapped to a municipality and a service or team.
CREATE TABLE lanterne.app_user (
    login text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('agent', 'supervisor', 'field', 'admin')),
    municipality text NOT NULL,
    service text NOT NULL DEFAULT '',
    team text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lanterne.municipality (
    code text PRIMARY KEY,
    name text NOT NULL,
    prefix text NOT NULL
);

-- The caller's mapping. SECURITY DEFINER to read app_user, keyed on session_user: inside a
-- definer function current_user is the owner, which would match nobody.
CREATE FUNCTION lanterne.me() RETURNS lanterne.app_user
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$ SELECT u FROM lanterne.app_user u WHERE u.login = session_user $$;

CREATE FUNCTION lanterne.my_municipality() RETURNS text LANGUAGE sql STABLE AS $$ SELECT (lanterne.me()).municipality $$;
CREATE FUNCTION lanterne.my_role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT (lanterne.me()).role $$;
CREATE FUNCTION lanterne.my_team() RETURNS text LANGUAGE sql STABLE AS $$ SELECT (lanterne.me()).team $$;

-- Revisions in commit order: every writing transaction takes the next number from this one row,
-- whose lock it then holds until it commits, so a later number is never visible before an
-- earlier one. All rows written by one transaction share its revision.
CREATE TABLE lanterne.revision_counter (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    value bigint NOT NULL,
    xact xid8
);
INSERT INTO lanterne.revision_counter (id, value) VALUES (true, 0);

CREATE FUNCTION lanterne.next_revision() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    mine text := current_setting('lanterne.revision', true);
    r bigint;
BEGIN
    -- Once per transaction: later rows reuse the number (updating the counter row for each of
    -- them would pile up row versions, quadratic on a bulk insert). The lock taken by the first
    -- update is held until the transaction ends.
    IF mine IS NOT NULL AND mine <> '' AND split_part(mine, ':', 1) = pg_current_xact_id()::text THEN
        RETURN split_part(mine, ':', 2)::bigint;
    END IF;
    UPDATE lanterne.revision_counter SET value = value + 1, xact = pg_current_xact_id() RETURNING value INTO r;
    PERFORM set_config('lanterne.revision', pg_current_xact_id()::text || ':' || r, true);
    RETURN r;
END
$$;

CREATE FUNCTION lanterne.stamp_revision() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, lanterne AS
$$
BEGIN
    NEW.revision := lanterne.next_revision();
    RETURN NEW;
END
$$;

CREATE TABLE lanterne.reporter (
    id uuid PRIMARY KEY,
    municipality text NOT NULL REFERENCES lanterne.municipality (code),
    name text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    revision bigint NOT NULL DEFAULT 0
);

CREATE TABLE lanterne.ticket (
    id uuid PRIMARY KEY,
    municipality text NOT NULL REFERENCES lanterne.municipality (code),
    reference text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('report', 'suggestion', 'compliment')),
    category text NOT NULL,
    description text NOT NULL DEFAULT '',
    latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    address text NOT NULL DEFAULT '',
    district text NOT NULL DEFAULT '',
    channel text NOT NULL CHECK (channel IN ('mobile_app', 'web', 'phone', 'counter', 'email', 'agent')),
    reporter_id uuid REFERENCES lanterne.reporter (id),
    status text NOT NULL CHECK (status IN ('new', 'triage', 'acknowledged', 'investigating', 'waiting', 'planned',
        'in_progress', 'forwarded', 'fixed', 'closed', 'duplicate', 'not_responsible', 'no_further_action',
        'cancelled')),
    priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    service text NOT NULL DEFAULT '',
    team text NOT NULL DEFAULT '',
    assignee text NOT NULL DEFAULT '',
    due_at timestamptz,
    duplicate_of uuid REFERENCES lanterne.ticket (id),
    forwarded_to text NOT NULL DEFAULT '',
    photo_count integer NOT NULL DEFAULT 0 CHECK (photo_count BETWEEN 0 AND 4),
    created_at timestamptz NOT NULL,
    acknowledged_at timestamptz,
    resolved_at timestamptz,
    closed_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now(),
    revision bigint NOT NULL DEFAULT 0
);
CREATE INDEX ticket_revision ON lanterne.ticket (revision);
CREATE INDEX ticket_scope ON lanterne.ticket (municipality, team);

CREATE TABLE lanterne.comment (
    id uuid PRIMARY KEY,
    ticket_id uuid NOT NULL REFERENCES lanterne.ticket (id),
    municipality text NOT NULL REFERENCES lanterne.municipality (code),
    kind text NOT NULL CHECK (kind IN ('internal', 'public')),
    author text NOT NULL DEFAULT session_user,
    text text NOT NULL CHECK (length(text) > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    op_id uuid,
    revision bigint NOT NULL DEFAULT 0
);
CREATE INDEX comment_ticket ON lanterne.comment (ticket_id);
CREATE INDEX comment_revision ON lanterne.comment (revision);

-- Audit: written by triggers on the server (never by clients), append-only.
CREATE TABLE lanterne.history (
    id bigserial PRIMARY KEY,
    ticket_id uuid NOT NULL REFERENCES lanterne.ticket (id),
    municipality text NOT NULL,
    op_id uuid,
    author text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    field text NOT NULL,
    old_value text,
    new_value text,
    revision bigint NOT NULL DEFAULT 0
);
CREATE INDEX history_ticket ON lanterne.history (ticket_id);
CREATE INDEX history_revision ON lanterne.history (revision);

CREATE TABLE lanterne.photo (
    id uuid PRIMARY KEY,
    ticket_id uuid NOT NULL REFERENCES lanterne.ticket (id),
    municipality text NOT NULL REFERENCES lanterne.municipality (code),
    position integer NOT NULL CHECK (position BETWEEN 0 AND 3),
    mime text NOT NULL,
    width integer NOT NULL DEFAULT 0,
    height integer NOT NULL DEFAULT 0,
    data bytea NOT NULL CHECK (octet_length(data) <= 15 * 1024 * 1024),
    thumbnail bytea,
    created_at timestamptz NOT NULL DEFAULT now(),
    op_id uuid,
    revision bigint NOT NULL DEFAULT 0,
    UNIQUE (ticket_id, position)
);
CREATE INDEX photo_revision ON lanterne.photo (revision);

CREATE TABLE lanterne.intervention (
    id uuid PRIMARY KEY,
    municipality text NOT NULL REFERENCES lanterne.municipality (code),
    ticket_id uuid NOT NULL REFERENCES lanterne.ticket (id),
    team text NOT NULL,
    scheduled_day date NOT NULL,
    position integer NOT NULL DEFAULT 0,
    result text CHECK (result IS NULL OR result IN ('done', 'not_done', 'impossible')),
    reason text NOT NULL DEFAULT '',
    minutes_spent integer NOT NULL DEFAULT 0,
    materials text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT '',
    before_photo uuid,
    after_photo uuid,
    acted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    revision bigint NOT NULL DEFAULT 0
);
CREATE INDEX intervention_revision ON lanterne.intervention (revision);

CREATE TRIGGER reporter_revision BEFORE INSERT OR UPDATE ON lanterne.reporter
    FOR EACH ROW EXECUTE FUNCTION lanterne.stamp_revision();
CREATE TRIGGER ticket_revision BEFORE INSERT OR UPDATE ON lanterne.ticket
    FOR EACH ROW EXECUTE FUNCTION lanterne.stamp_revision();
CREATE TRIGGER comment_revision BEFORE INSERT OR UPDATE ON lanterne.comment
    FOR EACH ROW EXECUTE FUNCTION lanterne.stamp_revision();
CREATE TRIGGER history_revision BEFORE INSERT ON lanterne.history
    FOR EACH ROW EXECUTE FUNCTION lanterne.stamp_revision();
CREATE TRIGGER photo_revision BEFORE INSERT OR UPDATE ON lanterne.photo
    FOR EACH ROW EXECUTE FUNCTION lanterne.stamp_revision();
CREATE TRIGGER intervention_revision BEFORE INSERT OR UPDATE ON lanterne.intervention
    FOR EACH ROW EXECUTE FUNCTION lanterne.stamp_revision();

-- Audit trigger: who, when, which field, old and new value, and the operation's UUID when the
-- change comes from an operation (SET LOCAL lanterne.op_id). SECURITY DEFINER: clients cannot
-- write history themselves.
CREATE FUNCTION lanterne.audit_ticket() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    op uuid := nullif(current_setting('lanterne.op_id', true), '')::uuid;
    f text;
    o text;
    n text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO lanterne.history (ticket_id, municipality, op_id, author, field, old_value, new_value)
        VALUES (NEW.id, NEW.municipality, op, session_user, 'created', '', NEW.reference);
        RETURN NEW;
    END IF;
    FOREACH f IN ARRAY ARRAY['status', 'priority', 'service', 'team', 'assignee', 'category', 'description',
                             'address', 'district', 'duplicate_of', 'forwarded_to', 'due_at', 'latitude',
                             'longitude', 'reference'] LOOP
        EXECUTE format('SELECT ($1).%I::text, ($2).%I::text', f, f) INTO o, n USING OLD, NEW;
        IF o IS DISTINCT FROM n THEN
            INSERT INTO lanterne.history (ticket_id, municipality, op_id, author, field, old_value, new_value)
            VALUES (NEW.id, NEW.municipality, op, session_user, f, o, n);
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
CREATE TRIGGER ticket_audit AFTER INSERT OR UPDATE ON lanterne.ticket
    FOR EACH ROW EXECUTE FUNCTION lanterne.audit_ticket();

-- New changes are announced: workstations LISTEN and pull.
CREATE FUNCTION lanterne.announce() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('lanterne_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
CREATE TRIGGER ticket_announce AFTER INSERT OR UPDATE ON lanterne.ticket
    FOR EACH STATEMENT EXECUTE FUNCTION lanterne.announce();
CREATE TRIGGER comment_announce AFTER INSERT OR UPDATE ON lanterne.comment
    FOR EACH STATEMENT EXECUTE FUNCTION lanterne.announce();
CREATE TRIGGER photo_announce AFTER INSERT OR UPDATE ON lanterne.photo
    FOR EACH STATEMENT EXECUTE FUNCTION lanterne.announce();
CREATE TRIGGER intervention_announce AFTER INSERT OR UPDATE ON lanterne.intervention
    FOR EACH STATEMENT EXECUTE FUNCTION lanterne.announce();

-- Row-level security, enabled and forced on every table.
ALTER TABLE lanterne.schema_migration ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.schema_migration FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON lanterne.schema_migration TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY readable ON lanterne.schema_migration FOR SELECT USING (true);
GRANT SELECT ON lanterne.schema_migration TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
ALTER TABLE lanterne.app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.app_user FORCE ROW LEVEL SECURITY;
ALTER TABLE lanterne.municipality ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.municipality FORCE ROW LEVEL SECURITY;
ALTER TABLE lanterne.revision_counter ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.revision_counter FORCE ROW LEVEL SECURITY;
ALTER TABLE lanterne.reporter ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.reporter FORCE ROW LEVEL SECURITY;
ALTER TABLE lanterne.ticket ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.ticket FORCE ROW LEVEL SECURITY;
ALTER TABLE lanterne.comment ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.comment FORCE ROW LEVEL SECURITY;
ALTER TABLE lanterne.history ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.history FORCE ROW LEVEL SECURITY;
ALTER TABLE lanterne.photo ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.photo FORCE ROW LEVEL SECURITY;
ALTER TABLE lanterne.intervention ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.intervention FORCE ROW LEVEL SECURITY;

-- The owner's own functions (definer) read and write what they must.
CREATE POLICY owner_all ON lanterne.app_user TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.revision_counter TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.history TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.municipality TO lanterne_owner USING (true) WITH CHECK (true);

-- Users: their own row; an administrator, the users of their municipality.
CREATE POLICY self ON lanterne.app_user FOR SELECT
    USING (login = session_user OR ((SELECT lanterne.my_role()) = 'admin' AND municipality = (SELECT lanterne.my_municipality())));
CREATE POLICY mine ON lanterne.municipality FOR SELECT USING (code = (SELECT lanterne.my_municipality()));

-- Tickets: the user's municipality; field teams only their team's tickets. The caller's mapping is
-- read in scalar subqueries: evaluated once per query (InitPlans), not once per row.
CREATE FUNCTION lanterne.can_see_ticket(t_municipality text, t_team text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
    SELECT t_municipality = lanterne.my_municipality()
       AND (lanterne.my_role() IN ('agent', 'supervisor', 'admin')
            OR (lanterne.my_role() = 'field' AND t_team <> '' AND t_team = lanterne.my_team()))
$$;
CREATE POLICY scope ON lanterne.ticket USING ((municipality = (SELECT lanterne.my_municipality()) AND ((SELECT lanterne.my_role()) IN ('agent', 'supervisor', 'admin') OR ((SELECT lanterne.my_role()) = 'field' AND team <> '' AND team = (SELECT lanterne.my_team())))))
    WITH CHECK ((municipality = (SELECT lanterne.my_municipality()) AND ((SELECT lanterne.my_role()) IN ('agent', 'supervisor', 'admin') OR ((SELECT lanterne.my_role()) = 'field' AND team <> '' AND team = (SELECT lanterne.my_team())))));
CREATE POLICY scope ON lanterne.reporter
    USING (municipality = (SELECT lanterne.my_municipality()) AND (SELECT lanterne.my_role()) IN ('agent', 'supervisor', 'admin'))
    WITH CHECK (municipality = (SELECT lanterne.my_municipality()) AND (SELECT lanterne.my_role()) IN ('agent', 'supervisor', 'admin'));
CREATE POLICY scope ON lanterne.comment
    USING (municipality = (SELECT lanterne.my_municipality()) AND EXISTS (SELECT 1 FROM lanterne.ticket t WHERE t.id = ticket_id))
    WITH CHECK (municipality = (SELECT lanterne.my_municipality()) AND EXISTS (SELECT 1 FROM lanterne.ticket t WHERE t.id = ticket_id));
CREATE POLICY scope ON lanterne.history FOR SELECT
    USING (municipality = (SELECT lanterne.my_municipality()) AND EXISTS (SELECT 1 FROM lanterne.ticket t WHERE t.id = ticket_id));
CREATE POLICY scope ON lanterne.photo
    USING (municipality = (SELECT lanterne.my_municipality()) AND EXISTS (SELECT 1 FROM lanterne.ticket t WHERE t.id = ticket_id))
    WITH CHECK (municipality = (SELECT lanterne.my_municipality()) AND EXISTS (SELECT 1 FROM lanterne.ticket t WHERE t.id = ticket_id));
CREATE POLICY scope ON lanterne.intervention
    USING (municipality = (SELECT lanterne.my_municipality())
           AND ((SELECT lanterne.my_role()) IN ('agent', 'supervisor', 'admin')
                OR ((SELECT lanterne.my_role()) = 'field' AND team = (SELECT lanterne.my_team()))))
    WITH CHECK (municipality = (SELECT lanterne.my_municipality())
           AND ((SELECT lanterne.my_role()) IN ('agent', 'supervisor', 'admin')
                OR ((SELECT lanterne.my_role()) = 'field' AND team = (SELECT lanterne.my_team()))));

-- Privileges: what each role may do at all (the policies then say on which rows). History is
-- written by the audit trigger only; nothing is ever deleted by a client.
GRANT SELECT ON lanterne.app_user, lanterne.municipality TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
GRANT SELECT ON lanterne.ticket, lanterne.comment, lanterne.history, lanterne.photo, lanterne.intervention
    TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
GRANT SELECT, INSERT, UPDATE ON lanterne.reporter TO lanterne_agent, lanterne_supervisor, lanterne_admin;
GRANT INSERT, UPDATE ON lanterne.ticket TO lanterne_agent, lanterne_supervisor, lanterne_admin;
GRANT UPDATE (status, resolved_at, closed_at, acknowledged_at, updated_at) ON lanterne.ticket TO lanterne_field;
GRANT INSERT ON lanterne.comment, lanterne.photo TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
GRANT INSERT, UPDATE ON lanterne.intervention TO lanterne_agent, lanterne_supervisor, lanterne_admin;
GRANT UPDATE (result, reason, minutes_spent, materials, note, after_photo, acted_at, updated_at)
    ON lanterne.intervention TO lanterne_field;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA lanterne TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
REVOKE EXECUTE ON FUNCTION lanterne.next_revision() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lanterne.next_revision() TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;

-- Logins: one per person, in one group role, mapped to a municipality and a service or team.
-- Run by an administrator of the cluster (lanternectl central user add).
CREATE FUNCTION lanterne.add_user(p_login text, p_role text, p_municipality text, p_service text, p_team text,
                                  p_password text)
    RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    r text;
BEGIN
    IF p_role NOT IN ('agent', 'supervisor', 'field', 'admin') THEN
        RAISE EXCEPTION 'unknown role: %', p_role USING ERRCODE = '22023';
    END IF;
    IF p_login !~ '^[a-z0-9._-]{1,63}$' THEN
        RAISE EXCEPTION 'invalid login: %', p_login USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM lanterne.municipality WHERE code = p_municipality) THEN
        RAISE EXCEPTION 'unknown municipality: %', p_municipality USING ERRCODE = '22023';
    END IF;
    IF p_role = 'field' AND coalesce(p_team, '') = '' THEN
        RAISE EXCEPTION 'a field login needs a team' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    END IF;
    FOREACH r IN ARRAY ARRAY['agent', 'supervisor', 'field', 'admin'] LOOP
        IF r = p_role THEN
            EXECUTE format('GRANT %I TO %I', 'lanterne_' || r, p_login);
        ELSIF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                        JOIN pg_roles u ON u.oid = m.member
                       WHERE g.rolname = 'lanterne_' || r AND u.rolname = p_login) THEN
            EXECUTE format('REVOKE %I FROM %I', 'lanterne_' || r, p_login);
        END IF;
    END LOOP;
    IF p_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    END IF;
    INSERT INTO lanterne.app_user (login, role, municipality, service, team)
    VALUES (p_login, p_role, p_municipality, coalesce(p_service, ''), coalesce(p_team, ''))
    ON CONFLICT (login) DO UPDATE SET role = excluded.role, municipality = excluded.municipality,
                                      service = excluded.service, team = excluded.team;
END
$$;
REVOKE EXECUTE ON FUNCTION lanterne.add_user(text, text, text, text, text, text) FROM PUBLIC, lanterne_agent,
    lanterne_supervisor, lanterne_field, lanterne_admin;
