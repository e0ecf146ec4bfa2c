-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne central database, migration 6: the central database is the only authority.
--
-- Clients hold no write privilege on any table: every write goes through the SECURITY DEFINER
-- functions below (owned by the no-login lanterne_owner), which take the author from the
-- session's login (session_user), check role x scope x workflow for every field an operation
-- touches (lanterne.operation_field, lanterne.operation_notification: one declared table for
-- every operation type and for the messages to reporters), and stamp revisions and audit from
-- values no client can set (no session setting is read for anything the server stamps).
-- Reads stay under row-level security for the caller.
--
-- Revisions are counted per municipality (lanterne.municipality_revision): a transaction that
-- holds its municipality's counter makes the other writers of that municipality wait (commit
-- order), never another municipality's. A login that stalls while holding it is ended after
-- seconds (lanterne.end_stalled_sessions); the app's logins also get lock and idle timeouts.

-- The owner's functions see and write every row; they check scope themselves.
DROP POLICY owner_read ON lanterne.ticket;
CREATE POLICY owner_all ON lanterne.ticket TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.reporter TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.comment TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.photo TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.intervention TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.intervention_photo TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.notification TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON lanterne.receipt TO lanterne_owner USING (true) WITH CHECK (true);

-- Clients write nothing directly: not a ticket, a comment, a receipt, a history row.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA lanterne
    FROM PUBLIC, lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA lanterne
    FROM PUBLIC, lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
-- Reads only, under row-level security; receipts: each login its own.
DROP POLICY own ON lanterne.receipt;
CREATE POLICY own ON lanterne.receipt FOR SELECT USING (login = session_user);
-- Functions: none executable unless granted below (PostgreSQL grants EXECUTE to PUBLIC by default).
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA lanterne
    FROM PUBLIC, lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
-- (Global default: per-schema defaults can only add privileges, never take PUBLIC's away.)
ALTER DEFAULT PRIVILEGES FOR ROLE lanterne_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Keys between tenants: a row points only at rows of its own municipality.
ALTER TABLE lanterne.ticket ADD CONSTRAINT ticket_id_municipality UNIQUE (id, municipality);
ALTER TABLE lanterne.reporter ADD CONSTRAINT reporter_id_municipality UNIQUE (id, municipality);
ALTER TABLE lanterne.intervention ADD CONSTRAINT intervention_id_municipality UNIQUE (id, municipality);
ALTER TABLE lanterne.ticket ADD CONSTRAINT ticket_duplicate_same_municipality
    FOREIGN KEY (duplicate_of, municipality) REFERENCES lanterne.ticket (id, municipality) NOT VALID;
ALTER TABLE lanterne.ticket ADD CONSTRAINT ticket_reporter_same_municipality
    FOREIGN KEY (reporter_id, municipality) REFERENCES lanterne.reporter (id, municipality) NOT VALID;
ALTER TABLE lanterne.comment ADD CONSTRAINT comment_ticket_same_municipality
    FOREIGN KEY (ticket_id, municipality) REFERENCES lanterne.ticket (id, municipality) NOT VALID;
ALTER TABLE lanterne.history ADD CONSTRAINT history_ticket_same_municipality
    FOREIGN KEY (ticket_id, municipality) REFERENCES lanterne.ticket (id, municipality) NOT VALID;
ALTER TABLE lanterne.photo ADD CONSTRAINT photo_ticket_same_municipality
    FOREIGN KEY (ticket_id, municipality) REFERENCES lanterne.ticket (id, municipality) NOT VALID;
ALTER TABLE lanterne.intervention ADD CONSTRAINT intervention_ticket_same_municipality
    FOREIGN KEY (ticket_id, municipality) REFERENCES lanterne.ticket (id, municipality) NOT VALID;
ALTER TABLE lanterne.notification ADD CONSTRAINT notification_ticket_same_municipality
    FOREIGN KEY (ticket_id, municipality) REFERENCES lanterne.ticket (id, municipality) NOT VALID;
ALTER TABLE lanterne.intervention_photo ADD CONSTRAINT intervention_photo_same_municipality
    FOREIGN KEY (intervention_id, municipality) REFERENCES lanterne.intervention (id, municipality) NOT VALID;
-- Rows already there are checked too; one that crosses tenants (written through the direct
-- privileges of before) is named in a warning instead of stopping the upgrade: data is kept.
DO $validate$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
              WHERE connamespace = 'lanterne'::regnamespace AND contype = 'f' AND NOT convalidated LOOP
        BEGIN
            EXECUTE format('ALTER TABLE %s VALIDATE CONSTRAINT %I', c.tbl, c.conname);
        EXCEPTION WHEN foreign_key_violation THEN
            RAISE WARNING 'rows of % point at another municipality (%): kept, to be reviewed', c.tbl, c.conname;
        END;
    END LOOP;
END
$validate$;

-- Revisions per municipality, in commit order. The counter row is updated once per transaction
-- (the transaction's id is kept on the row, which no client can write), and its lock is held
-- until the transaction ends: a later writer of the same municipality waits, so it can never
-- become visible with a higher number before an earlier one.
CREATE TABLE lanterne.municipality_revision (
    municipality text PRIMARY KEY,
    value bigint NOT NULL,
    xact xid8
);
ALTER TABLE lanterne.municipality_revision ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.municipality_revision FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON lanterne.municipality_revision TO lanterne_owner USING (true) WITH CHECK (true);
-- Numbers go on from the shared counter: every workstation's cursor stays valid.
INSERT INTO lanterne.municipality_revision (municipality, value)
SELECT m.code, (SELECT c.value FROM lanterne.revision_counter c) FROM lanterne.municipality m;

-- The app's logins that have stalled in an open transaction for more than @p idle: ended, so
-- that they hold no lock for long. Only members of the app's roles, never an administrator of
-- the cluster. Needs pg_read_all_stats and pg_signal_backend (bootstrap.sql); without them it
-- ends nothing.
CREATE FUNCTION lanterne.end_stalled_sessions(idle interval) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    p integer;
    n integer := 0;
BEGIN
    FOR p IN SELECT a.pid FROM pg_stat_activity a JOIN pg_roles r ON r.oid = a.usesysid
              WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND NOT r.rolsuper
                AND a.state IN ('idle in transaction', 'idle in transaction (aborted)')
                AND a.state_change < clock_timestamp() - idle
                AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                             WHERE m.member = a.usesysid
                               AND g.rolname IN ('lanterne_agent', 'lanterne_supervisor', 'lanterne_field',
                                                 'lanterne_admin')) LOOP
        BEGIN
            IF pg_terminate_backend(p) THEN
                n := n + 1;
                RAISE LOG 'lanterne: ended session % stalled in a transaction', p;
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;
        END;
    END LOOP;
    RETURN n;
END
$$;

-- The writers of @p municipality that stall while its counter is wanted: app logins of that
-- municipality in a transaction that has written (it has an id), idle in it for more than a
-- second, or running one statement for more than 30 s. Ended.
CREATE FUNCTION lanterne.end_stalled_writer(p_municipality text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    p integer;
BEGIN
    FOR p IN SELECT a.pid FROM pg_stat_activity a
               JOIN pg_roles r ON r.oid = a.usesysid
               JOIN lanterne.app_user u ON u.login = a.usename
              WHERE a.datname = current_database() AND u.municipality = p_municipality
                AND a.pid <> pg_backend_pid() AND NOT r.rolsuper AND a.backend_xid IS NOT NULL
                AND ((a.state LIKE 'idle in transaction%' AND a.state_change < clock_timestamp() - interval '1 second')
                     OR a.xact_start < clock_timestamp() - interval '30 seconds') LOOP
        BEGIN
            PERFORM pg_terminate_backend(p);
            RAISE LOG 'lanterne: ended session % stalled while holding the revisions of %', p, p_municipality;
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;
        END;
    END LOOP;
END
$$;

CREATE FUNCTION lanterne.next_revision(p_municipality text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne SET lock_timeout = '1s' AS
$$
DECLARE
    c lanterne.municipality_revision;
    r bigint;
    attempts integer := 0;
BEGIN
    SELECT * INTO c FROM lanterne.municipality_revision WHERE municipality = p_municipality;
    IF FOUND AND c.xact = pg_current_xact_id() THEN
        RETURN c.value; -- this transaction's number already
    END IF;
    IF NOT FOUND THEN
        INSERT INTO lanterne.municipality_revision (municipality, value)
        VALUES (p_municipality, coalesce((SELECT max(value) FROM lanterne.municipality_revision), 0))
        ON CONFLICT (municipality) DO NOTHING;
    END IF;
    -- Another writer of this municipality holds the counter until it commits: wait for it, a
    -- second at a time; one that stalls in its transaction is ended. After 8 s the caller fails
    -- (a push is then retried): never blocked for good by a login that holds a transaction open.
    LOOP
        BEGIN
            UPDATE lanterne.municipality_revision SET value = value + 1, xact = pg_current_xact_id()
             WHERE municipality = p_municipality RETURNING value INTO r;
            RETURN r;
        EXCEPTION WHEN lock_not_available THEN
            attempts := attempts + 1;
            IF attempts >= 8 THEN
                RAISE;
            END IF;
            PERFORM lanterne.end_stalled_writer(p_municipality);
        END;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION lanterne.stamp_revision() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
BEGIN
    NEW.revision := lanterne.next_revision(NEW.municipality);
    RETURN NEW;
END
$$;
DROP FUNCTION lanterne.next_revision();
DROP TABLE lanterne.revision_counter;

-- Audit, from the row itself: the operation that last changed a ticket is a column that only the
-- server's functions write (no session setting). Every column's change is a history row,
-- whoever made it (kind, channel, reporter, dates included); the workstations show the ones a
-- person reads.
ALTER TABLE lanterne.ticket ADD COLUMN last_op uuid;
CREATE OR REPLACE FUNCTION lanterne.audit_ticket() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    op uuid;
    o jsonb;
    n jsonb;
    f text;
    ov text;
    nv text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO lanterne.history (ticket_id, municipality, op_id, author, field, old_value, new_value)
        VALUES (NEW.id, NEW.municipality, NEW.last_op, session_user, 'created', '', NEW.reference);
        IF NEW.routing_rule <> '' THEN
            INSERT INTO lanterne.history (ticket_id, municipality, op_id, author, field, old_value, new_value)
            VALUES (NEW.id, NEW.municipality, NEW.last_op, session_user, 'routing_rule', '', NEW.routing_rule);
        END IF;
        RETURN NEW;
    END IF;
    -- A change that is not an operation's (an administrator's SQL) has no operation id.
    op := CASE WHEN NEW.last_op IS DISTINCT FROM OLD.last_op THEN NEW.last_op END;
    o := to_jsonb(OLD);
    n := to_jsonb(NEW);
    FOR f IN SELECT e.key FROM jsonb_each(n) e
              WHERE e.key NOT IN ('revision', 'updated_at', 'last_op') AND e.value IS DISTINCT FROM o -> e.key
              ORDER BY e.key LOOP
        EXECUTE format('SELECT ($1).%I::text, ($2).%I::text', f, f) INTO ov, nv USING OLD, NEW;
        INSERT INTO lanterne.history (ticket_id, municipality, op_id, author, field, old_value, new_value)
        VALUES (NEW.id, NEW.municipality, op, session_user, f, ov, nv);
    END LOOP;
    RETURN NEW;
END
$$;

-- References: numbered only inside a ticket's creation, for the caller's municipality and the
-- current year (the function is no longer executable by clients).
CREATE OR REPLACE FUNCTION lanterne.next_reference(p_municipality text, p_at timestamptz) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    y integer := extract(year FROM p_at AT TIME ZONE 'Europe/Paris');
    n integer;
    prefix text;
BEGIN
    SELECT m.prefix INTO prefix FROM lanterne.municipality m WHERE m.code = p_municipality;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown municipality: %', p_municipality USING ERRCODE = '22023';
    END IF;
    LOOP
        INSERT INTO lanterne.reference_counter AS c (municipality, year, last) VALUES (p_municipality, y, 1)
        ON CONFLICT (municipality, year) DO UPDATE SET last = c.last + 1
        RETURNING last INTO n;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM lanterne.ticket t
                               WHERE t.reference = format('%s-%s-%s', prefix, y, lpad(n::text, 6, '0')));
        UPDATE lanterne.reference_counter c
           SET last = greatest(c.last, (SELECT max(substring(t.reference FROM '(\d+)$')::integer)
                                          FROM lanterne.ticket t
                                         WHERE t.municipality = p_municipality
                                           AND t.reference LIKE format('%s-%s-%%', prefix, y)))
         WHERE c.municipality = p_municipality AND c.year = y;
    END LOOP;
    RETURN format('%s-%s-%s', prefix, y, lpad(n::text, 6, '0'));
END
$$;

-- Which operation may touch which field, for which roles: the same table for every operation
-- type. A field that is not listed for the operation and the caller's role refuses the whole
-- operation. Readable by every login (it is the rule, not a secret).
CREATE TABLE lanterne.operation_field (
    op_type text NOT NULL,
    field text NOT NULL,
    roles text[] NOT NULL,
    PRIMARY KEY (op_type, field)
);
ALTER TABLE lanterne.operation_field ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.operation_field FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON lanterne.operation_field TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY readable ON lanterne.operation_field FOR SELECT USING (true);
INSERT INTO lanterne.operation_field (op_type, field, roles)
SELECT t.op_type, f.field, t.roles
  FROM (VALUES
        -- A status change and what follows from it: first times, the deadline's pause.
        ('set_status', ARRAY['status', 'acknowledged_at', 'resolved_at', 'closed_at', 'paused_at',
                             'paused_minutes', 'due_at'], ARRAY['agent', 'supervisor', 'admin', 'field']),
        ('set_status', ARRAY['duplicate_of', 'forwarded_to', 'forward_state'], ARRAY['agent', 'supervisor', 'admin']),
        -- Assignment; a routing rule may forward to an authority at once.
        ('assign', ARRAY['service', 'team', 'assignee', 'routing_rule', 'status', 'forwarded_to', 'forward_state',
                         'acknowledged_at', 'paused_at', 'paused_minutes', 'due_at'],
         ARRAY['agent', 'supervisor', 'admin']),
        ('recategorize', ARRAY['category', 'due_at', 'routing_rule', 'service', 'team', 'status', 'forwarded_to',
                               'forward_state', 'acknowledged_at', 'paused_at', 'paused_minutes'],
         ARRAY['agent', 'supervisor', 'admin']),
        ('set_priority', ARRAY['priority', 'due_at'], ARRAY['agent', 'supervisor', 'admin']),
        ('edit_description', ARRAY['description'], ARRAY['agent', 'supervisor', 'admin']),
        ('move_location', ARRAY['latitude', 'longitude', 'district', 'address'], ARRAY['agent', 'supervisor', 'admin']),
        ('set_forward_state', ARRAY['forward_state', 'status', 'paused_at', 'paused_minutes', 'due_at'],
         ARRAY['agent', 'supervisor', 'admin'])
       ) AS t(op_type, fields, roles),
       LATERAL unnest(t.fields) AS f(field);

-- Which operation may queue which message to reporters, for which roles. What the operation does
-- must also match the event (lanterne.notification_refusal).
CREATE TABLE lanterne.operation_notification (
    op_type text NOT NULL,
    event text NOT NULL,
    roles text[] NOT NULL,
    PRIMARY KEY (op_type, event)
);
ALTER TABLE lanterne.operation_notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.operation_notification FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON lanterne.operation_notification TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY readable ON lanterne.operation_notification FOR SELECT USING (true);
INSERT INTO lanterne.operation_notification (op_type, event, roles) VALUES
    ('create_ticket', 'forwarded', ARRAY['agent', 'supervisor', 'admin']),
    ('add_comment', 'reply', ARRAY['agent', 'supervisor', 'admin']),
    ('set_status', 'acknowledgement', ARRAY['agent', 'supervisor', 'admin', 'field']),
    ('set_status', 'resolved', ARRAY['agent', 'supervisor', 'admin', 'field']),
    ('set_status', 'forwarded', ARRAY['agent', 'supervisor', 'admin']),
    ('set_status', 'duplicate', ARRAY['agent', 'supervisor', 'admin']),
    ('assign', 'forwarded', ARRAY['agent', 'supervisor', 'admin']),
    ('recategorize', 'forwarded', ARRAY['agent', 'supervisor', 'admin']);
GRANT SELECT ON lanterne.operation_field, lanterne.operation_notification
    TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;

-- May the caller (@p me) see the ticket @p tk at all: its municipality; a field team, its team's.
CREATE FUNCTION lanterne.in_scope(tk lanterne.ticket, me lanterne.app_user) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
    SELECT tk.municipality = me.municipality
       AND (me.role IN ('agent', 'supervisor', 'admin') OR (me.role = 'field' AND tk.team <> '' AND tk.team = me.team))
$$;

-- The times an operation sets, checked against the ticket and the clock: NULL when they hold,
-- else why not. First times and the pause follow a status change only; none before the ticket
-- or in the future (5 minutes of clock skew); a field team moves the deadline only by resuming a
-- paused ticket, and by no more than the pause can explain.
CREATE FUNCTION lanterne.times_refusal(tk lanterne.ticket, fields jsonb, me lanterne.app_user) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    f text;
    t timestamptz;
    skew constant interval := interval '5 minutes';
    new_due timestamptz;
    elapsed interval;
BEGIN
    FOREACH f IN ARRAY ARRAY['acknowledged_at', 'resolved_at', 'closed_at', 'paused_at', 'paused_minutes'] LOOP
        IF fields ? f AND NOT fields ? 'status' THEN
            RETURN 'time_without_status';
        END IF;
    END LOOP;
    FOREACH f IN ARRAY ARRAY['acknowledged_at', 'resolved_at', 'closed_at', 'paused_at'] LOOP
        t := lanterne.payload_text(f, fields #> ARRAY[f, 'new'])::timestamptz;
        IF t IS NOT NULL AND (t < tk.created_at - skew OR t > now() + skew) THEN
            RETURN 'time_out_of_range';
        END IF;
    END LOOP;
    IF fields ? 'due_at' THEN
        new_due := lanterne.payload_text('due_at', fields #> '{due_at,new}')::timestamptz;
        IF new_due IS NOT NULL AND (new_due < tk.created_at - skew OR new_due > tk.created_at + interval '2 years') THEN
            RETURN 'time_out_of_range';
        END IF;
        IF me.role = 'field' THEN
            -- Only as the clock runs again after a pause (paused_at cleared in this operation).
            IF tk.paused_at IS NULL OR NOT fields ? 'paused_at' OR jsonb_typeof(fields #> '{paused_at,new}') <> 'null'
               OR new_due IS NULL OR (tk.due_at IS NOT NULL AND new_due < tk.due_at) THEN
                RETURN 'field_cannot_move_deadline';
            END IF;
            elapsed := greatest(now() + skew - tk.paused_at, interval '0');
            -- Working time counted over any city's calendar: a pause of `elapsed` moves the
            -- deadline by at most five times that much, plus a week of closed days.
            IF tk.due_at IS NOT NULL AND new_due - tk.due_at > elapsed * 5 + interval '7 days' THEN
                RETURN 'field_cannot_move_deadline';
            END IF;
            IF fields ? 'paused_minutes'
               AND lanterne.payload_text('paused_minutes', fields #> '{paused_minutes,new}')::integer
                   - tk.paused_minutes > extract(epoch FROM elapsed) / 60 THEN
                RETURN 'field_cannot_move_deadline';
            END IF;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

-- The messages an operation queues for reporters: NULL when allowed, else why not. Each event
-- must be allowed for the operation and the caller's role (lanterne.operation_notification) and
-- match what the operation does; it concerns the operation's ticket (a resolution also tells
-- the reporters of its duplicates).
CREATE FUNCTION lanterne.notification_refusal(v_type text, tk lanterne.ticket, v_payload jsonb,
                                              me lanterne.app_user) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    n jsonb;
    ev text;
    target uuid;
    new_status text := coalesce(v_payload #>> '{fields,status,new}',
                                CASE WHEN v_type = 'create_ticket' THEN coalesce(v_payload ->> 'status', 'new') END);
BEGIN
    IF v_payload -> 'notifications' IS NULL OR jsonb_typeof(v_payload -> 'notifications') = 'null' THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(v_payload -> 'notifications') <> 'array' THEN
        RETURN 'notification_not_allowed';
    END IF;
    FOR n IN SELECT value FROM jsonb_array_elements(v_payload -> 'notifications') LOOP
        ev := n ->> 'event';
        target := (n ->> 'ticket_id')::uuid;
        IF NOT EXISTS (SELECT 1 FROM lanterne.operation_notification o
                        WHERE o.op_type = v_type AND o.event = ev AND me.role = ANY (o.roles)) THEN
            RETURN CASE WHEN me.role = 'field' AND ev = 'reply' THEN 'field_cannot_reply' ELSE 'notification_not_allowed' END;
        END IF;
        IF NOT ((ev = 'reply' AND v_payload ->> 'kind' = 'public' AND NOT n ? 'comment_id')
                OR (ev = 'acknowledgement' AND tk.acknowledged_at IS NULL
                    AND jsonb_typeof(v_payload #> '{fields,acknowledged_at,new}') = 'number')
                OR (ev IN ('forwarded', 'duplicate', 'resolved')
                    AND new_status = CASE ev WHEN 'forwarded' THEN 'forwarded' WHEN 'duplicate' THEN 'duplicate'
                                             ELSE 'fixed' END)) THEN
            RETURN 'notification_does_not_match';
        END IF;
        IF target IS DISTINCT FROM tk.id
           AND NOT (ev = 'resolved' AND EXISTS (SELECT 1 FROM lanterne.ticket d
                                                 WHERE d.id = target AND d.duplicate_of = tk.id
                                                   AND d.municipality = tk.municipality)) THEN
            RETURN 'notification_other_ticket';
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- A ticket's operation, for the caller @p me (lanterne.apply_one: the receipt, idempotence and the
-- refusal of bad data are there). SECURITY DEFINER: the caller writes nothing directly; who they
-- are is session_user (lanterne.me()), never a value of the operation.
CREATE FUNCTION lanterne.ticket_operation(op jsonb, me lanterne.app_user) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    v_op uuid := (op ->> 'op_id')::uuid;
    v_type text := op ->> 'op_type';
    v_entity uuid := (op ->> 'entity_id')::uuid;
    v_payload jsonb := coalesce(op -> 'payload', '{}');
    v_fields jsonb := coalesce(v_payload -> 'fields', '{}');
    result jsonb;
    tk lanterne.ticket;
    conflicts jsonb := '{}';
    sets text[] := '{}';
    f text;
    change jsonb;
    current_text text;
    refusal text;
    new_status text;
    new_reference text;
    v_created timestamptz;
    v_reporter uuid;
    v_photo lanterne.photo;
BEGIN
    IF jsonb_typeof(v_fields) <> 'object' THEN
        RAISE EXCEPTION 'fields must be an object' USING ERRCODE = '22023';
    END IF;
    IF v_type = 'create_ticket' THEN
        v_created := coalesce(to_timestamp((v_payload ->> 'created_at')::double precision / 1000), now());
        new_status := coalesce(v_payload ->> 'status', 'new');
        IF me.role NOT IN ('agent', 'supervisor', 'admin') THEN
            result := jsonb_build_object('status', 'rejected', 'reason', 'field_cannot_create');
        ELSIF v_created > now() + interval '5 minutes' OR v_created < now() - interval '90 days' THEN
            result := jsonb_build_object('status', 'rejected', 'reason', 'time_out_of_range');
        ELSIF new_status NOT IN ('new', 'forwarded')
              OR (new_status = 'forwarded') = (coalesce(v_payload ->> 'forwarded_to', '') = '')
              OR (new_status = 'new' AND (v_payload ->> 'acknowledged_at' IS NOT NULL
                                          OR coalesce(v_payload ->> 'forward_state', '') <> '')) THEN
            -- A routing rule may forward a new ticket to an external authority at once.
            RAISE EXCEPTION 'a new ticket is new, or forwarded to an authority' USING ERRCODE = '22023';
        ELSIF (v_payload ->> 'acknowledged_at' IS NOT NULL
               AND abs(extract(epoch FROM to_timestamp((v_payload ->> 'acknowledged_at')::double precision / 1000)
                                        - v_created)) > 300)
              OR (v_payload ->> 'paused_at' IS NOT NULL
                  AND abs(extract(epoch FROM to_timestamp((v_payload ->> 'paused_at')::double precision / 1000)
                                           - v_created)) > 300) THEN
            result := jsonb_build_object('status', 'rejected', 'reason', 'time_out_of_range');
        ELSE
            -- Its messages (a ticket forwarded at once tells its reporter), checked on
            -- the ticket as it will be.
            tk.id := v_entity;
            tk.municipality := me.municipality;
            refusal := lanterne.notification_refusal(v_type, tk, v_payload, me);
        END IF;
        IF result IS NULL AND refusal IS NOT NULL THEN
            result := jsonb_build_object('status', 'rejected', 'reason', refusal);
        ELSIF result IS NULL THEN
            IF v_payload ? 'reporter' AND jsonb_typeof(v_payload -> 'reporter') = 'object' THEN
                v_reporter := (v_payload #>> '{reporter,id}')::uuid;
                INSERT INTO lanterne.reporter (id, municipality, name, email, phone)
                VALUES (v_reporter, me.municipality, coalesce(v_payload #>> '{reporter,name}', ''),
                        coalesce(v_payload #>> '{reporter,email}', ''),
                        coalesce(v_payload #>> '{reporter,phone}', ''));
            END IF;
            new_reference := lanterne.next_reference(me.municipality, now());
            INSERT INTO lanterne.ticket (id, municipality, reference, kind, category, description, latitude,
                    longitude, address, district, channel, reporter_id, status, priority, service, team,
                    due_at, created_at, forwarded_to, forward_state, routing_rule, acknowledged_at,
                    paused_at, last_op)
            VALUES (v_entity, me.municipality, new_reference, coalesce(v_payload ->> 'kind', 'report'),
                    v_payload ->> 'category', coalesce(v_payload ->> 'description', ''),
                    (v_payload ->> 'latitude')::double precision, (v_payload ->> 'longitude')::double precision,
                    coalesce(v_payload ->> 'address', ''), coalesce(v_payload ->> 'district', ''),
                    coalesce(v_payload ->> 'channel', 'agent'), v_reporter, new_status,
                    coalesce(v_payload ->> 'priority', 'normal'), coalesce(v_payload ->> 'service', ''),
                    coalesce(v_payload ->> 'team', ''),
                    to_timestamp((v_payload ->> 'due_at')::double precision / 1000), v_created,
                    coalesce(v_payload ->> 'forwarded_to', ''), coalesce(v_payload ->> 'forward_state', ''),
                    coalesce(v_payload ->> 'routing_rule', ''),
                    to_timestamp((v_payload ->> 'acknowledged_at')::double precision / 1000),
                    to_timestamp((v_payload ->> 'paused_at')::double precision / 1000), v_op)
            RETURNING * INTO tk;
            IF tk.due_at IS NOT NULL AND (tk.due_at < tk.created_at OR tk.due_at > tk.created_at + interval '2 years') THEN
                RAISE EXCEPTION 'deadline out of range' USING ERRCODE = '22023';
            END IF;
            result := jsonb_build_object('status', 'applied', 'reference', new_reference, 'revision', tk.revision);
        END IF;
    ELSE
        SELECT * INTO tk FROM lanterne.ticket WHERE id = v_entity FOR UPDATE;
        IF NOT FOUND OR NOT lanterne.in_scope(tk, me) THEN
            result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
        ELSIF v_type IN ('set_status', 'assign', 'set_priority', 'recategorize', 'edit_description',
                         'move_location', 'set_forward_state') THEN
            -- Every field: allowed for this operation and role; what the user changed
            -- must still be what they saw (per field).
            FOR f, change IN SELECT key, value FROM jsonb_each(v_fields) LOOP
                IF lanterne.field_type(f) IS NULL THEN
                    RAISE EXCEPTION 'unknown field: %', f USING ERRCODE = '22023';
                END IF;
                IF refusal IS NULL AND NOT EXISTS (
                        SELECT 1 FROM lanterne.operation_field o
                         WHERE o.op_type = v_type AND o.field = f AND me.role = ANY (o.roles)) THEN
                    refusal := CASE WHEN me.role = 'field' THEN 'field_cannot_edit' ELSE 'field_not_allowed' END;
                END IF;
                EXECUTE format('SELECT ($1).%I::text', f) INTO current_text USING tk;
                IF current_text IS DISTINCT FROM lanterne.payload_text(f, change -> 'old') THEN
                    conflicts := conflicts || jsonb_build_object(f, jsonb_build_object(
                        'server', to_jsonb(current_text), 'yours', change -> 'new', 'base', change -> 'old'));
                END IF;
                sets := sets || format('%I = %L::%s', f, lanterne.payload_text(f, change -> 'new'),
                                       lanterne.field_type(f));
            END LOOP;
            -- The workflow, for any operation that changes the status.
            IF refusal IS NULL AND v_fields ? 'status' AND NOT conflicts ? 'status' THEN
                new_status := v_fields #>> '{status,new}';
                refusal := lanterne.transition_refusal(tk.status, new_status, me.role,
                                                       tk.team <> '' AND tk.team = me.team);
            END IF;
            IF refusal IS NULL AND conflicts = '{}' THEN
                refusal := coalesce(lanterne.times_refusal(tk, v_fields, me),
                                    lanterne.notification_refusal(v_type, tk, v_payload, me));
            END IF;
            IF v_fields ? 'duplicate_of' AND refusal IS NULL AND conflicts = '{}'
               AND v_fields #>> '{duplicate_of,new}' IS NOT NULL
               AND (v_fields #>> '{duplicate_of,new}')::uuid = tk.id THEN
                refusal := 'duplicate_of_itself';
            END IF;
            IF refusal IS NOT NULL THEN
                result := jsonb_build_object('status', 'rejected', 'reason', refusal,
                                             'server', jsonb_build_object('status', tk.status));
            ELSIF conflicts <> '{}' THEN
                result := jsonb_build_object('status', 'conflict', 'conflicts', conflicts,
                                             'revision', tk.revision);
            ELSIF cardinality(sets) = 0 THEN
                result := jsonb_build_object('status', 'applied', 'revision', tk.revision);
            ELSE
                EXECUTE format('UPDATE lanterne.ticket SET %s, updated_at = now(), last_op = $2 WHERE id = $1 '
                               'RETURNING *', array_to_string(sets, ', '))
                    INTO tk USING v_entity, v_op;
                IF v_payload ? 'note' THEN
                    INSERT INTO lanterne.comment (id, ticket_id, municipality, kind, text, op_id)
                    VALUES ((v_payload #>> '{note,comment_id}')::uuid, v_entity, tk.municipality, 'internal',
                            v_payload #>> '{note,text}', v_op);
                END IF;
                result := jsonb_build_object('status', 'applied', 'revision', tk.revision);
            END IF;
        ELSIF v_type = 'add_comment' THEN
            refusal := lanterne.notification_refusal(v_type, tk, v_payload, me);
            IF v_payload ->> 'kind' = 'public' AND me.role = 'field' THEN
                result := jsonb_build_object('status', 'rejected', 'reason', 'field_cannot_reply');
            ELSIF refusal IS NOT NULL THEN
                result := jsonb_build_object('status', 'rejected', 'reason', refusal);
            ELSE
                INSERT INTO lanterne.comment (id, ticket_id, municipality, kind, text, op_id)
                VALUES ((v_payload ->> 'comment_id')::uuid, v_entity, tk.municipality,
                        coalesce(v_payload ->> 'kind', 'internal'), v_payload ->> 'text', v_op);
                result := jsonb_build_object('status', 'applied',
                                             'revision', lanterne.next_revision(tk.municipality));
            END IF;
        ELSIF v_type = 'attach_photo' THEN
            IF tk.photo_count >= 4 THEN
                result := jsonb_build_object('status', 'rejected', 'reason', 'too_many_photos');
            ELSE
                INSERT INTO lanterne.photo (id, ticket_id, municipality, position, mime, width, height, data,
                                            thumbnail, op_id)
                VALUES ((v_payload ->> 'photo_id')::uuid, v_entity, tk.municipality, tk.photo_count,
                        coalesce(v_payload ->> 'mime', 'image/jpeg'), coalesce((v_payload ->> 'width')::int, 0),
                        coalesce((v_payload ->> 'height')::int, 0), decode(v_payload ->> 'data', 'base64'),
                        decode(v_payload ->> 'thumbnail', 'base64'), v_op);
                UPDATE lanterne.ticket SET photo_count = photo_count + 1, updated_at = now(), last_op = v_op
                 WHERE id = v_entity RETURNING * INTO tk;
                result := jsonb_build_object('status', 'applied', 'revision', tk.revision);
            END IF;
        ELSIF v_type = 'remove_photo' THEN
            -- A photo of this ticket; a field team's only if it attached it.
            SELECT * INTO v_photo FROM lanterne.photo p
             WHERE p.id = (v_payload ->> 'photo_id')::uuid AND p.ticket_id = tk.id AND p.removed_at IS NULL
               FOR UPDATE;
            IF NOT FOUND OR (me.role = 'field' AND NOT EXISTS (
                    SELECT 1 FROM lanterne.receipt r WHERE r.op_id = v_photo.op_id AND r.login = session_user)) THEN
                result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
            ELSE
                UPDATE lanterne.photo SET removed_at = now() WHERE id = v_photo.id;
                UPDATE lanterne.ticket SET photo_count = greatest(photo_count - 1, 0), updated_at = now(),
                                           last_op = v_op
                 WHERE id = v_entity RETURNING * INTO tk;
                result := jsonb_build_object('status', 'applied', 'revision', tk.revision);
            END IF;
        ELSIF v_type = 'delete_comment' THEN
            -- One's own comment on this ticket.
            UPDATE lanterne.comment SET deleted_at = now()
             WHERE id = (v_payload ->> 'comment_id')::uuid AND ticket_id = tk.id AND author = session_user
               AND deleted_at IS NULL;
            IF NOT FOUND THEN
                result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_not_author');
            ELSE
                result := jsonb_build_object('status', 'applied',
                                             'revision', lanterne.next_revision(tk.municipality));
            END IF;
        ELSE
            result := jsonb_build_object('status', 'rejected', 'reason', 'unknown_operation');
        END IF;
        -- A photo or a deletion queues no message.
        IF result ->> 'status' = 'applied' AND v_type IN ('attach_photo', 'remove_photo', 'delete_comment')
           AND lanterne.notification_refusal(v_type, tk, v_payload, me) IS NOT NULL THEN
            RAISE EXCEPTION 'this operation queues no message' USING ERRCODE = '22023';
        END IF;
    END IF;
    -- Messages to reporters the operation queued, checked above: with the operation or
    -- not at all; their author is the caller.
    IF result ->> 'status' = 'applied' AND jsonb_typeof(v_payload -> 'notifications') = 'array' THEN
        INSERT INTO lanterne.comment (id, ticket_id, municipality, kind, text, op_id)
        SELECT (n ->> 'comment_id')::uuid, (n ->> 'ticket_id')::uuid, tk.municipality, 'public',
               n ->> 'body', v_op
          FROM jsonb_array_elements(v_payload -> 'notifications') AS n
         WHERE n ? 'comment_id';
        INSERT INTO lanterne.notification (id, ticket_id, municipality, event, subject, body, op_id)
        SELECT (n ->> 'id')::uuid, (n ->> 'ticket_id')::uuid, tk.municipality, n ->> 'event',
               n ->> 'subject', n ->> 'body', v_op
          FROM jsonb_array_elements(v_payload -> 'notifications') AS n;
    END IF;
    RETURN result;
END
$$;

-- An intervention's operation, under the same rules: SECURITY DEFINER, the caller's scope
-- checked here (its municipality; a field team, its team's), the ticket of the same municipality.
-- Its idempotence and receipt are lanterne.apply_one's.
CREATE FUNCTION lanterne.intervention_operation(op jsonb, me lanterne.app_user) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    v_op uuid := (op ->> 'op_id')::uuid;
    v_type text := op ->> 'op_type';
    v_entity uuid := (op ->> 'entity_id')::uuid;
    v_payload jsonb := coalesce(op -> 'payload', '{}');
    result jsonb;
    iv lanterne.intervention;
    tk lanterne.ticket;
    conflicts jsonb := '{}';
    sets text[] := '{}';
    allowed text[];
    f text;
    change jsonb;
    current_text text;
    v_photo uuid;
BEGIN
    IF v_type = 'plan_intervention' THEN
        IF me.role NOT IN ('agent', 'supervisor', 'admin') THEN
            result := jsonb_build_object('status', 'rejected', 'reason', 'field_cannot_plan');
        ELSE
            SELECT * INTO tk FROM lanterne.ticket
             WHERE id = (v_payload #>> '{intervention,ticket_id}')::uuid;
            IF NOT FOUND OR NOT lanterne.in_scope(tk, me) THEN
                result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
            ELSE
                INSERT INTO lanterne.intervention (id, municipality, ticket_id, team, scheduled_day, position,
                                                   planned_time)
                VALUES (v_entity, tk.municipality, tk.id, v_payload #>> '{intervention,team}',
                        (v_payload #>> '{intervention,scheduled_day}')::date,
                        coalesce((v_payload #>> '{intervention,position}')::integer, 0),
                        (v_payload #>> '{intervention,planned_time}')::time)
                RETURNING * INTO iv;
                result := jsonb_build_object('status', 'applied', 'revision', iv.revision);
            END IF;
        END IF;
    ELSIF v_type IN ('update_intervention', 'cancel_intervention', 'report_intervention') THEN
        SELECT * INTO iv FROM lanterne.intervention WHERE id = v_entity FOR UPDATE;
        IF NOT FOUND OR iv.municipality <> me.municipality THEN
            result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
        ELSIF me.role = 'field' AND iv.team <> me.team THEN
            -- Another team's stop: a field team does not even see it.
            result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
        ELSIF iv.cancelled_at IS NOT NULL THEN
            result := jsonb_build_object('status', 'rejected', 'reason', 'intervention_cancelled',
                                         'intervention', lanterne.intervention_json(iv));
        ELSIF v_type <> 'report_intervention' AND me.role NOT IN ('agent', 'supervisor', 'admin') THEN
            result := jsonb_build_object('status', 'rejected', 'reason', 'field_cannot_plan',
                                         'intervention', lanterne.intervention_json(iv));
        ELSIF v_type = 'cancel_intervention' THEN
            IF iv.result IS NOT NULL THEN
                result := jsonb_build_object('status', 'rejected', 'reason', 'intervention_reported',
                                             'intervention', lanterne.intervention_json(iv));
            ELSE
                UPDATE lanterne.intervention SET cancelled_at = now(), updated_at = now()
                 WHERE id = v_entity RETURNING * INTO iv;
                -- The stops after it move up, as on the workstation.
                UPDATE lanterne.intervention SET position = position - 1, updated_at = now()
                 WHERE municipality = iv.municipality AND team = iv.team AND scheduled_day = iv.scheduled_day
                   AND position > iv.position AND cancelled_at IS NULL;
                result := jsonb_build_object('status', 'applied', 'revision', iv.revision);
            END IF;
        ELSE
            allowed := CASE WHEN v_type = 'update_intervention' THEN ARRAY['position', 'planned_time']
                            ELSE ARRAY['result', 'reason', 'minutes_spent', 'materials', 'note', 'acted_at'] END;
            FOR f, change IN SELECT key, value FROM jsonb_each(coalesce(v_payload -> 'fields', '{}')) LOOP
                IF NOT f = ANY (allowed) THEN
                    RAISE EXCEPTION 'field % cannot be set by %', f, v_type USING ERRCODE = '22023';
                END IF;
                EXECUTE format('SELECT ($1).%I::text', f) INTO current_text USING iv;
                -- The order and times of a day are the last ones the office sent; what a
                -- team reported must still be what the one correcting it saw.
                IF f NOT IN ('position', 'planned_time')
                   AND current_text IS DISTINCT FROM lanterne.intervention_payload_text(f, change -> 'old') THEN
                    conflicts := conflicts || jsonb_build_object(f, jsonb_build_object(
                        'server', to_jsonb(current_text), 'yours', change -> 'new', 'base', change -> 'old'));
                END IF;
                sets := sets || format('%I = %L::%s', f, lanterne.intervention_payload_text(f, change -> 'new'),
                                       lanterne.intervention_field_type(f));
            END LOOP;
            -- The action's time: not before the ticket, not in the future.
            IF v_payload #> '{fields,acted_at,new}' IS NOT NULL
               AND jsonb_typeof(v_payload #> '{fields,acted_at,new}') <> 'null'
               AND (lanterne.intervention_payload_text('acted_at', v_payload #> '{fields,acted_at,new}')::timestamptz
                        > now() + interval '5 minutes'
                    OR lanterne.intervention_payload_text('acted_at', v_payload #> '{fields,acted_at,new}')::timestamptz
                        < (SELECT t.created_at FROM lanterne.ticket t WHERE t.id = iv.ticket_id) - interval '5 minutes') THEN
                result := jsonb_build_object('status', 'rejected', 'reason', 'time_out_of_range',
                                             'intervention', lanterne.intervention_json(iv));
            ELSIF conflicts <> '{}' THEN
                result := jsonb_build_object('status', 'conflict', 'conflicts', conflicts,
                                             'revision', iv.revision,
                                             'intervention', lanterne.intervention_json(iv));
            ELSE
                IF jsonb_typeof(v_payload -> 'after_photo') = 'object' THEN
                    IF v_type <> 'report_intervention' THEN
                        RAISE EXCEPTION 'only a report carries a photo' USING ERRCODE = '22023';
                    END IF;
                    v_photo := (v_payload #>> '{after_photo,photo_id}')::uuid;
                    INSERT INTO lanterne.intervention_photo (id, intervention_id, municipality, mime, width,
                                                             height, data, thumbnail, op_id)
                    VALUES (v_photo, v_entity, iv.municipality,
                            coalesce(v_payload #>> '{after_photo,mime}', 'image/jpeg'),
                            coalesce((v_payload #>> '{after_photo,width}')::int, 0),
                            coalesce((v_payload #>> '{after_photo,height}')::int, 0),
                            decode(v_payload #>> '{after_photo,data}', 'base64'),
                            decode(v_payload #>> '{after_photo,thumbnail}', 'base64'), v_op);
                    sets := sets || format('after_photo = %L::uuid', v_photo);
                END IF;
                IF cardinality(sets) > 0 THEN
                    EXECUTE format('UPDATE lanterne.intervention SET %s, updated_at = now() WHERE id = $1 '
                                   'RETURNING *', array_to_string(sets, ', '))
                        INTO iv USING v_entity;
                END IF;
                result := jsonb_build_object('status', 'applied', 'revision', iv.revision);
            END IF;
        END IF;
    ELSE
        result := jsonb_build_object('status', 'rejected', 'reason', 'unknown_operation');
    END IF;
    RETURN result;
END
$$;

-- One operation: idempotent by its UUID (a retry gets the first receipt; the same operation sent
-- twice at once waits for the first one on an advisory lock), the operation id its sender's
-- (another login cannot take or read it), applied in a subtransaction (bad data: refused with
-- its SQLSTATE, nothing of it stays), and answered with a receipt that is also stored.
CREATE FUNCTION lanterne.apply_one(op jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    v_op uuid := (op ->> 'op_id')::uuid;
    v_type text := op ->> 'op_type';
    me lanterne.app_user := lanterne.me();
    previous lanterne.receipt;
    result jsonb;
BEGIN
    IF v_op IS NULL OR v_type IS NULL THEN
        RAISE EXCEPTION 'an operation needs op_id and op_type' USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(v_op::text, 7246));
    SELECT * INTO previous FROM lanterne.receipt r WHERE r.op_id = v_op;
    IF FOUND THEN
        IF previous.login <> session_user THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'operation_id_taken', 'op_id', v_op);
        END IF;
        RETURN previous.receipt || jsonb_build_object('replayed', true);
    END IF;
    IF me IS NULL THEN
        result := jsonb_build_object('status', 'rejected', 'reason', 'no_mapping');
    ELSE
        BEGIN
            IF v_type IN ('plan_intervention', 'update_intervention', 'cancel_intervention',
                          'report_intervention') THEN
                result := lanterne.intervention_operation(op, me);
            ELSE
                result := lanterne.ticket_operation(op, me);
            END IF;
        EXCEPTION
            WHEN insufficient_privilege OR check_violation OR not_null_violation OR foreign_key_violation
                 OR unique_violation OR invalid_parameter_value OR invalid_text_representation
                 OR numeric_value_out_of_range OR datetime_field_overflow OR invalid_datetime_format
                 OR string_data_right_truncation THEN
                -- Nothing of the operation stays; the receipt says why.
                result := jsonb_build_object('status', 'rejected', 'reason', SQLSTATE, 'detail', SQLERRM);
        END;
    END IF;
    result := result || jsonb_build_object('op_id', v_op);
    INSERT INTO lanterne.receipt (op_id, municipality, op_type, entity_id, receipt)
    VALUES (v_op, coalesce(me.municipality, ''), v_type, (op ->> 'entity_id')::uuid, result);
    RETURN result;
END
$$;

-- The entry points a workstation calls. Stalled logins are ended first, so that none holds a
-- ticket's lock for long; an operation that waited too long for a lock fails the call (the push
-- is retried) instead of being refused for good.
CREATE OR REPLACE FUNCTION lanterne.apply(op jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne SET lock_timeout = '5s' AS
$$
BEGIN
    PERFORM lanterne.end_stalled_sessions(interval '5 seconds');
    RETURN lanterne.apply_one(op);
END
$$;

CREATE OR REPLACE FUNCTION lanterne.apply_batch(ops jsonb) RETURNS SETOF jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne SET lock_timeout = '5s' AS
$$
DECLARE
    op jsonb;
BEGIN
    IF jsonb_typeof(ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'apply_batch expects an array of operations' USING ERRCODE = '22023';
    END IF;
    PERFORM lanterne.end_stalled_sessions(interval '5 seconds');
    FOR op IN SELECT e.value FROM jsonb_array_elements(ops) WITH ORDINALITY AS e(value, n) ORDER BY e.n LOOP
        BEGIN
            RETURN NEXT lanterne.apply_one(op);
        EXCEPTION
            WHEN lock_not_available OR deadlock_detected OR serialization_failure OR query_canceled THEN
                RAISE; -- the server was busy: the whole call fails and is sent again
            WHEN OTHERS THEN
                -- An operation the server cannot even read (no UUID, bad JSON types): refused with
                -- the reason, so that it never blocks the operations queued after it.
                RETURN NEXT jsonb_build_object('status', 'rejected', 'reason', SQLSTATE, 'detail', SQLERRM,
                                               'op_id', op ->> 'op_id');
        END;
    END LOOP;
END
$$;
-- The functions of migrations 4 and 5 that apply_one replaces.
DROP FUNCTION lanterne.apply_ticket(jsonb);
DROP FUNCTION lanterne.apply_intervention(jsonb);

-- What a login may execute: its identity (the row-level policies call these), its operations,
-- and the scope checksum. Nothing else.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA lanterne
    FROM PUBLIC, lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
GRANT EXECUTE ON FUNCTION lanterne.me(), lanterne.my_municipality(), lanterne.my_role(), lanterne.my_team(),
    lanterne.apply(jsonb), lanterne.apply_batch(jsonb), lanterne.scope_checksum()
    TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;

-- A new login gets the app's timeouts: an open transaction left idle ends after 10 s, a lock is
-- waited for 5 s at most (bootstrap.sql gives the same to the logins that already exist).
CREATE OR REPLACE FUNCTION lanterne.add_user(p_login text, p_role text, p_municipality text, p_service text,
                                             p_team text, p_password text)
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
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolname LIKE 'lanterne\_%')) THEN
        RAISE EXCEPTION 'login % is reserved', p_login USING ERRCODE = '22023';
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
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_login, '10s');
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_login, '5s');
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
