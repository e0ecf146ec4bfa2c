-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne central database, schema 2: operations from the workstations, applied by one function
-- per call (lanterne.apply), idempotent by the operation's UUID, checked against the workflow and
-- the caller's rights (row-level security applies: the function is SECURITY INVOKER), with
-- conflict detection per field, and a receipt for every operation.

CREATE TABLE lanterne.receipt (
    op_id uuid PRIMARY KEY,
    login text NOT NULL DEFAULT session_user,
    municipality text NOT NULL,
    op_type text NOT NULL,
    entity_id uuid,
    received_at timestamptz NOT NULL DEFAULT now(),
    receipt jsonb NOT NULL
);
ALTER TABLE lanterne.receipt ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.receipt FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON lanterne.receipt USING (login = session_user) WITH CHECK (login = session_user);
GRANT SELECT, INSERT ON lanterne.receipt TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;

-- Final references: PAN-2026-004512, per municipality and year.
CREATE TABLE lanterne.reference_counter (
    municipality text NOT NULL,
    year integer NOT NULL,
    last integer NOT NULL,
    PRIMARY KEY (municipality, year)
);
ALTER TABLE lanterne.reference_counter ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.reference_counter FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON lanterne.reference_counter TO lanterne_owner USING (true) WITH CHECK (true);
-- The owner's definer functions read every reference (numbering).
CREATE POLICY owner_read ON lanterne.ticket FOR SELECT TO lanterne_owner USING (true);

CREATE FUNCTION lanterne.next_reference(p_municipality text, p_at timestamptz) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    y integer := extract(year FROM p_at AT TIME ZONE 'Europe/Paris');
    n integer;
    prefix text;
BEGIN
    SELECT m.prefix INTO prefix FROM lanterne.municipality m WHERE m.code = p_municipality;
    -- The next free number. A number already taken (tickets imported or numbered otherwise) moves
    -- the counter past the highest number of that year at once.
    LOOP
        INSERT INTO lanterne.reference_counter AS c (municipality, year, last) VALUES (p_municipality, y, 1)
        ON CONFLICT (municipality, year) DO UPDATE SET last = c.last + 1
        RETURNING last INTO n;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM lanterne.ticket t
                               WHERE t.reference = format('%s-%s-%s', coalesce(prefix, 'LAN'), y, lpad(n::text, 6, '0')));
        UPDATE lanterne.reference_counter c
           SET last = greatest(c.last, (SELECT max(substring(t.reference FROM '(\d+)$')::integer)
                                          FROM lanterne.ticket t
                                         WHERE t.reference LIKE format('%s-%s-%%', coalesce(prefix, 'LAN'), y)))
         WHERE c.municipality = p_municipality AND c.year = y;
    END LOOP;
    RETURN format('%s-%s-%s', coalesce(prefix, 'LAN'), y, lpad(n::text, 6, '0'));
END
$$;

-- Comments and photos are never deleted: an undo marks them.
ALTER TABLE lanterne.comment ADD COLUMN deleted_at timestamptz;
ALTER TABLE lanterne.photo ADD COLUMN removed_at timestamptz;
GRANT UPDATE (deleted_at) ON lanterne.comment TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
GRANT UPDATE (removed_at) ON lanterne.photo TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
GRANT UPDATE (photo_count) ON lanterne.ticket TO lanterne_field;

-- The workflow, as src/core/domain/workflow.cpp: NULL when allowed, else why not.
CREATE FUNCTION lanterne.status_class(s text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$
    SELECT CASE WHEN s = 'fixed' THEN 'fixed'
                WHEN s IN ('closed', 'duplicate', 'not_responsible', 'no_further_action', 'cancelled') THEN 'closed'
                ELSE 'open' END
$$;

CREATE FUNCTION lanterne.transition_refusal(p_from text, p_to text, p_role text, p_own_team boolean) RETURNS text
    LANGUAGE plpgsql IMMUTABLE AS
$$
DECLARE
    reopening boolean := lanterne.status_class(p_from) <> 'open' AND p_from <> p_to
                         AND NOT (p_from = 'fixed' AND lanterne.status_class(p_to) <> 'open');
BEGIN
    IF p_from = p_to THEN
        RETURN 'same_status';
    ELSIF p_to = 'new' THEN
        RETURN 'back_to_new';
    END IF;
    CASE p_role
        WHEN 'admin', 'supervisor' THEN
            RETURN NULL;
        WHEN 'agent' THEN
            IF p_to = 'cancelled' THEN
                RETURN 'agent_cannot_cancel';
            ELSIF reopening THEN
                RETURN 'agent_cannot_reopen';
            END IF;
            RETURN NULL;
        WHEN 'field' THEN
            IF NOT p_own_team THEN
                RETURN 'not_own_team';
            ELSIF lanterne.status_class(p_from) <> 'open' THEN
                RETURN 'field_ticket_closed';
            ELSIF p_to NOT IN ('in_progress', 'waiting', 'fixed', 'no_further_action') THEN
                RETURN 'field_status_not_allowed';
            END IF;
            RETURN NULL;
        ELSE
            RETURN 'no_role';
    END CASE;
END
$$;

-- The fields an operation may set, with their SQL type.
CREATE FUNCTION lanterne.field_type(f text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$
    SELECT CASE
        WHEN f IN ('status', 'priority', 'service', 'team', 'assignee', 'category', 'description', 'address',
                   'district', 'forwarded_to') THEN 'text'
        WHEN f IN ('latitude', 'longitude') THEN 'double precision'
        WHEN f IN ('due_at', 'acknowledged_at', 'resolved_at', 'closed_at') THEN 'timestamptz'
        WHEN f = 'duplicate_of' THEN 'uuid'
        ELSE NULL END
$$;

-- A value of the operation's payload (times in milliseconds since the epoch) as text of the
-- field's type, for comparison with the ticket's current value.
CREATE FUNCTION lanterne.payload_text(f text, v jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS
$$
    SELECT CASE
        WHEN v IS NULL OR jsonb_typeof(v) = 'null' THEN NULL
        WHEN lanterne.field_type(f) = 'timestamptz' THEN (to_timestamp((v #>> '{}')::double precision / 1000))::text
        WHEN lanterne.field_type(f) = 'double precision' THEN ((v #>> '{}')::double precision)::text
        ELSE v #>> '{}' END
$$;

CREATE FUNCTION lanterne.apply(op jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    v_op uuid := (op ->> 'op_id')::uuid;
    v_type text := op ->> 'op_type';
    v_entity uuid := (op ->> 'entity_id')::uuid;
    v_payload jsonb := coalesce(op -> 'payload', '{}');
    me lanterne.app_user := lanterne.me();
    previous jsonb;
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
    v_reporter uuid;
BEGIN
    IF v_op IS NULL OR v_type IS NULL THEN
        RAISE EXCEPTION 'an operation needs op_id and op_type' USING ERRCODE = '22023';
    END IF;
    -- Idempotent: a retry gets the first receipt.
    SELECT r.receipt INTO previous FROM lanterne.receipt r WHERE r.op_id = v_op;
    IF FOUND THEN
        RETURN previous || jsonb_build_object('replayed', true);
    END IF;
    IF me IS NULL THEN
        result := jsonb_build_object('status', 'rejected', 'reason', 'no_mapping');
    ELSE
        PERFORM set_config('lanterne.op_id', v_op::text, true);
        BEGIN
            IF v_type = 'create_ticket' THEN
                IF v_payload ? 'reporter' AND jsonb_typeof(v_payload -> 'reporter') = 'object' THEN
                    v_reporter := (v_payload #>> '{reporter,id}')::uuid;
                    INSERT INTO lanterne.reporter (id, municipality, name, email, phone)
                    VALUES (v_reporter, me.municipality, coalesce(v_payload #>> '{reporter,name}', ''),
                            coalesce(v_payload #>> '{reporter,email}', ''), coalesce(v_payload #>> '{reporter,phone}', ''));
                END IF;
                new_reference := lanterne.next_reference(me.municipality,
                    coalesce(to_timestamp((v_payload ->> 'created_at')::double precision / 1000), now()));
                INSERT INTO lanterne.ticket (id, municipality, reference, kind, category, description, latitude,
                        longitude, address, district, channel, reporter_id, status, priority, service, team,
                        due_at, created_at)
                VALUES (v_entity, me.municipality, new_reference, coalesce(v_payload ->> 'kind', 'report'),
                        v_payload ->> 'category', coalesce(v_payload ->> 'description', ''),
                        (v_payload ->> 'latitude')::double precision, (v_payload ->> 'longitude')::double precision,
                        coalesce(v_payload ->> 'address', ''), coalesce(v_payload ->> 'district', ''),
                        coalesce(v_payload ->> 'channel', 'agent'), v_reporter, 'new',
                        coalesce(v_payload ->> 'priority', 'normal'), coalesce(v_payload ->> 'service', ''),
                        coalesce(v_payload ->> 'team', ''),
                        to_timestamp((v_payload ->> 'due_at')::double precision / 1000),
                        coalesce(to_timestamp((v_payload ->> 'created_at')::double precision / 1000), now()))
                RETURNING * INTO tk;
                result := jsonb_build_object('status', 'applied', 'reference', new_reference, 'revision', tk.revision);
            ELSIF v_type IN ('set_status', 'assign', 'set_priority', 'recategorize', 'edit_description',
                              'move_location') THEN
                SELECT * INTO tk FROM lanterne.ticket WHERE id = v_entity FOR UPDATE;
                IF NOT FOUND THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
                ELSE
                    -- Per field: what the user changed must still be what they saw.
                    FOR f, change IN SELECT key, value FROM jsonb_each(coalesce(v_payload -> 'fields', '{}')) LOOP
                        IF lanterne.field_type(f) IS NULL THEN
                            RAISE EXCEPTION 'unknown field: %', f USING ERRCODE = '22023';
                        END IF;
                        EXECUTE format('SELECT ($1).%I::text', f) INTO current_text USING tk;
                        IF current_text IS DISTINCT FROM lanterne.payload_text(f, change -> 'old') THEN
                            conflicts := conflicts || jsonb_build_object(f, jsonb_build_object(
                                'server', to_jsonb(current_text), 'yours', change -> 'new', 'base', change -> 'old'));
                        END IF;
                        sets := sets || format('%I = %L::%s', f, lanterne.payload_text(f, change -> 'new'),
                                               lanterne.field_type(f));
                    END LOOP;
                    IF v_type = 'set_status' THEN
                        new_status := v_payload #>> '{fields,status,new}';
                        refusal := lanterne.transition_refusal(tk.status, new_status, me.role,
                                                               tk.team <> '' AND tk.team = me.team);
                        IF conflicts ? 'status' THEN
                            refusal := NULL; -- the conflict says more
                        END IF;
                    ELSIF me.role = 'field' THEN
                        refusal := 'field_cannot_edit';
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
                        EXECUTE format('UPDATE lanterne.ticket SET %s, updated_at = now() WHERE id = $1 RETURNING *',
                                       array_to_string(sets, ', '))
                            INTO tk USING v_entity;
                        IF v_payload ? 'note' THEN
                            INSERT INTO lanterne.comment (id, ticket_id, municipality, kind, text, op_id)
                            VALUES ((v_payload #>> '{note,comment_id}')::uuid, v_entity, tk.municipality, 'internal',
                                    v_payload #>> '{note,text}', v_op);
                        END IF;
                        result := jsonb_build_object('status', 'applied', 'revision', tk.revision);
                    END IF;
                END IF;
            ELSIF v_type = 'add_comment' THEN
                SELECT * INTO tk FROM lanterne.ticket WHERE id = v_entity;
                IF NOT FOUND THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
                ELSIF v_payload ->> 'kind' = 'public' AND me.role = 'field' THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'field_cannot_reply');
                ELSE
                    INSERT INTO lanterne.comment (id, ticket_id, municipality, kind, text, op_id)
                    VALUES ((v_payload ->> 'comment_id')::uuid, v_entity, tk.municipality, coalesce(v_payload ->> 'kind',
                            'internal'), v_payload ->> 'text', v_op);
                    result := jsonb_build_object('status', 'applied', 'revision', lanterne.next_revision());
                END IF;
            ELSIF v_type = 'attach_photo' THEN
                SELECT * INTO tk FROM lanterne.ticket WHERE id = v_entity FOR UPDATE;
                IF NOT FOUND THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
                ELSIF tk.photo_count >= 4 THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'too_many_photos');
                ELSE
                    INSERT INTO lanterne.photo (id, ticket_id, municipality, position, mime, width, height, data,
                                                thumbnail, op_id)
                    VALUES ((v_payload ->> 'photo_id')::uuid, v_entity, tk.municipality, tk.photo_count,
                            coalesce(v_payload ->> 'mime', 'image/jpeg'), coalesce((v_payload ->> 'width')::int, 0),
                            coalesce((v_payload ->> 'height')::int, 0), decode(v_payload ->> 'data', 'base64'),
                            decode(v_payload ->> 'thumbnail', 'base64'), v_op);
                    UPDATE lanterne.ticket SET photo_count = photo_count + 1, updated_at = now() WHERE id = v_entity
                    RETURNING * INTO tk;
                    result := jsonb_build_object('status', 'applied', 'revision', tk.revision);
                END IF;
            ELSIF v_type = 'remove_photo' THEN
                UPDATE lanterne.photo SET removed_at = now()
                 WHERE id = (v_payload ->> 'photo_id')::uuid AND removed_at IS NULL;
                IF NOT FOUND THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
                ELSE
                    UPDATE lanterne.ticket SET photo_count = greatest(photo_count - 1, 0), updated_at = now()
                     WHERE id = v_entity RETURNING * INTO tk;
                    result := jsonb_build_object('status', 'applied', 'revision', lanterne.next_revision());
                END IF;
            ELSIF v_type = 'delete_comment' THEN
                UPDATE lanterne.comment SET deleted_at = now()
                 WHERE id = (v_payload ->> 'comment_id')::uuid AND author = session_user AND deleted_at IS NULL;
                IF NOT FOUND THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_not_author');
                ELSE
                    result := jsonb_build_object('status', 'applied', 'revision', lanterne.next_revision());
                END IF;
            ELSE
                result := jsonb_build_object('status', 'rejected', 'reason', 'unknown_operation');
            END IF;
        EXCEPTION
            WHEN insufficient_privilege OR check_violation OR not_null_violation OR foreign_key_violation
                 OR unique_violation OR invalid_parameter_value OR invalid_text_representation
                 OR numeric_value_out_of_range OR datetime_field_overflow THEN
                -- Nothing of the operation stays; the receipt says why.
                result := jsonb_build_object('status', 'rejected', 'reason', SQLSTATE, 'detail', SQLERRM);
        END;
    END IF;
    result := result || jsonb_build_object('op_id', v_op);
    INSERT INTO lanterne.receipt (op_id, municipality, op_type, entity_id, receipt)
    VALUES (v_op, coalesce(me.municipality, ''), v_type, v_entity, result);
    RETURN result;
END
$$;
GRANT EXECUTE ON FUNCTION lanterne.apply(jsonb), lanterne.status_class(text),
    lanterne.transition_refusal(text, text, text, boolean), lanterne.field_type(text),
    lanterne.payload_text(text, jsonb) TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
REVOKE EXECUTE ON FUNCTION lanterne.next_reference(text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lanterne.next_reference(text, timestamptz)
    TO lanterne_agent, lanterne_supervisor, lanterne_admin;

-- Tickets that leave a user's scope (a field team's ticket reassigned to another team) are
-- invisible to them under row-level security: the server says so explicitly.
CREATE TABLE lanterne.scope_exit (
    id bigserial PRIMARY KEY,
    ticket_id uuid NOT NULL,
    municipality text NOT NULL,
    team text NOT NULL,
    revision bigint NOT NULL DEFAULT 0
);
CREATE INDEX scope_exit_revision ON lanterne.scope_exit (revision);
ALTER TABLE lanterne.scope_exit ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.scope_exit FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON lanterne.scope_exit TO lanterne_owner USING (true) WITH CHECK (true);
CREATE POLICY mine ON lanterne.scope_exit FOR SELECT
    USING (municipality = (SELECT lanterne.my_municipality()) AND (SELECT lanterne.my_role()) = 'field' AND team = (SELECT lanterne.my_team()));
GRANT SELECT ON lanterne.scope_exit TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
CREATE TRIGGER scope_exit_revision BEFORE INSERT ON lanterne.scope_exit
    FOR EACH ROW EXECUTE FUNCTION lanterne.stamp_revision();

CREATE FUNCTION lanterne.record_scope_exit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lanterne AS
$$
BEGIN
    IF OLD.team <> '' AND OLD.team IS DISTINCT FROM NEW.team THEN
        INSERT INTO lanterne.scope_exit (ticket_id, municipality, team) VALUES (OLD.id, OLD.municipality, OLD.team);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER ticket_scope_exit AFTER UPDATE OF team ON lanterne.ticket
    FOR EACH ROW EXECUTE FUNCTION lanterne.record_scope_exit();

-- What the caller should hold: the count and a digest of (id, revision) of every ticket they see,
-- compared now and then with the workstation's to catch any drift.
CREATE FUNCTION lanterne.scope_checksum(OUT tickets bigint, OUT digest text)
    LANGUAGE sql STABLE AS
$$
    SELECT count(*), coalesce(md5(string_agg(id::text || ':' || revision, ',' ORDER BY id)), '')
      FROM lanterne.ticket
$$;
GRANT EXECUTE ON FUNCTION lanterne.scope_checksum() TO lanterne_agent, lanterne_supervisor, lanterne_field,
    lanterne_admin;
