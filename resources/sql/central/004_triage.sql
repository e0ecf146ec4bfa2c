-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne central database, migration 4: triage.
-- Routing (which rule sent a ticket where), forwarding to external authorities (sent,
-- acknowledged, sent back), deadlines paused while a ticket waits, and the notifications queued
-- for reporters. lanterne.apply is replaced: a new ticket may arrive forwarded by a routing rule,
-- the forward state has its operation, any operation may queue notifications, and an operation
-- applied twice at the same time waits for the first one (an advisory lock on its UUID).

ALTER TABLE lanterne.ticket
    ADD COLUMN routing_rule text NOT NULL DEFAULT '',
    ADD COLUMN forward_state text NOT NULL DEFAULT ''
        CHECK (forward_state IN ('', 'sent', 'acknowledged', 'returned')),
    ADD COLUMN paused_at timestamptz,
    ADD COLUMN paused_minutes integer NOT NULL DEFAULT 0 CHECK (paused_minutes >= 0);
CREATE INDEX ticket_duplicate_of ON lanterne.ticket (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE lanterne.notification (
    id uuid PRIMARY KEY,
    ticket_id uuid NOT NULL REFERENCES lanterne.ticket (id),
    municipality text NOT NULL REFERENCES lanterne.municipality (code),
    event text NOT NULL CHECK (event IN ('reply', 'acknowledgement', 'forwarded', 'duplicate', 'resolved')),
    subject text NOT NULL CHECK (length(subject) > 0),
    body text NOT NULL CHECK (length(body) > 0),
    state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
    author text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    op_id uuid,
    revision bigint NOT NULL DEFAULT 0
);
CREATE INDEX notification_ticket ON lanterne.notification (ticket_id);
CREATE INDEX notification_revision ON lanterne.notification (revision);
CREATE INDEX notification_queue ON lanterne.notification (state, created_at) WHERE state = 'queued';
CREATE TRIGGER notification_revision BEFORE INSERT OR UPDATE ON lanterne.notification
    FOR EACH ROW EXECUTE FUNCTION lanterne.stamp_revision();
CREATE TRIGGER notification_announce AFTER INSERT OR UPDATE ON lanterne.notification
    FOR EACH STATEMENT EXECUTE FUNCTION lanterne.announce();
ALTER TABLE lanterne.notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.notification FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON lanterne.notification
    USING (municipality = (SELECT lanterne.my_municipality()) AND EXISTS (SELECT 1 FROM lanterne.ticket t WHERE t.id = ticket_id))
    WITH CHECK (municipality = (SELECT lanterne.my_municipality()) AND EXISTS (SELECT 1 FROM lanterne.ticket t WHERE t.id = ticket_id));
GRANT SELECT, INSERT ON lanterne.notification TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
-- A field team's status change moves the deadline's pause.
GRANT UPDATE (paused_at, paused_minutes, due_at) ON lanterne.ticket TO lanterne_field;

CREATE OR REPLACE FUNCTION lanterne.field_type(f text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$
    SELECT CASE
        WHEN f IN ('status', 'priority', 'service', 'team', 'assignee', 'category', 'description', 'address',
                   'district', 'forwarded_to', 'forward_state', 'routing_rule') THEN 'text'
        WHEN f IN ('latitude', 'longitude') THEN 'double precision'
        WHEN f IN ('due_at', 'acknowledged_at', 'resolved_at', 'closed_at', 'paused_at') THEN 'timestamptz'
        WHEN f = 'paused_minutes' THEN 'integer'
        WHEN f = 'duplicate_of' THEN 'uuid'
        ELSE NULL END
$$;

-- The history shows the routing and the forwarding too.
CREATE OR REPLACE FUNCTION lanterne.audit_ticket() RETURNS trigger
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
        IF NEW.routing_rule <> '' THEN
            INSERT INTO lanterne.history (ticket_id, municipality, op_id, author, field, old_value, new_value)
            VALUES (NEW.id, NEW.municipality, op, session_user, 'routing_rule', '', NEW.routing_rule);
        END IF;
        RETURN NEW;
    END IF;
    FOREACH f IN ARRAY ARRAY['status', 'priority', 'service', 'team', 'assignee', 'category', 'description',
                             'address', 'district', 'duplicate_of', 'forwarded_to', 'forward_state',
                             'routing_rule', 'due_at', 'latitude', 'longitude', 'reference'] LOOP
        EXECUTE format('SELECT ($1).%I::text, ($2).%I::text', f, f) INTO o, n USING OLD, NEW;
        IF o IS DISTINCT FROM n THEN
            INSERT INTO lanterne.history (ticket_id, municipality, op_id, author, field, old_value, new_value)
            VALUES (NEW.id, NEW.municipality, op, session_user, f, o, n);
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION lanterne.apply(op jsonb) RETURNS jsonb
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
    -- Idempotent: a retry gets the first receipt. The same operation sent twice at once (a client
    -- killed mid-push, whose server process is still applying it, and the retry) waits for the
    -- first one here and gets its receipt, instead of failing on its rows (unique_violation).
    PERFORM pg_advisory_xact_lock(hashtextextended(v_op::text, 7246));
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
                -- A routing rule may forward a new ticket to an external authority at once.
                new_status := coalesce(v_payload ->> 'status', 'new');
                IF new_status NOT IN ('new', 'forwarded')
                   OR (new_status = 'forwarded') = (coalesce(v_payload ->> 'forwarded_to', '') = '') THEN
                    RAISE EXCEPTION 'a new ticket is new, or forwarded to an authority' USING ERRCODE = '22023';
                END IF;
                INSERT INTO lanterne.ticket (id, municipality, reference, kind, category, description, latitude,
                        longitude, address, district, channel, reporter_id, status, priority, service, team,
                        due_at, created_at, forwarded_to, forward_state, routing_rule, acknowledged_at, paused_at)
                VALUES (v_entity, me.municipality, new_reference, coalesce(v_payload ->> 'kind', 'report'),
                        v_payload ->> 'category', coalesce(v_payload ->> 'description', ''),
                        (v_payload ->> 'latitude')::double precision, (v_payload ->> 'longitude')::double precision,
                        coalesce(v_payload ->> 'address', ''), coalesce(v_payload ->> 'district', ''),
                        coalesce(v_payload ->> 'channel', 'agent'), v_reporter, new_status,
                        coalesce(v_payload ->> 'priority', 'normal'), coalesce(v_payload ->> 'service', ''),
                        coalesce(v_payload ->> 'team', ''),
                        to_timestamp((v_payload ->> 'due_at')::double precision / 1000),
                        coalesce(to_timestamp((v_payload ->> 'created_at')::double precision / 1000), now()),
                        coalesce(v_payload ->> 'forwarded_to', ''), coalesce(v_payload ->> 'forward_state', ''),
                        coalesce(v_payload ->> 'routing_rule', ''),
                        to_timestamp((v_payload ->> 'acknowledged_at')::double precision / 1000),
                        to_timestamp((v_payload ->> 'paused_at')::double precision / 1000))
                RETURNING * INTO tk;
                result := jsonb_build_object('status', 'applied', 'reference', new_reference, 'revision', tk.revision);
            ELSIF v_type IN ('set_status', 'assign', 'set_priority', 'recategorize', 'edit_description',
                              'move_location', 'set_forward_state') THEN
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
                    IF v_type = 'set_status' OR (v_type = 'set_forward_state' AND v_payload #> '{fields,status}' IS NOT NULL) THEN
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
            -- Messages to reporters that the operation queued (public reply, acknowledgement,
            -- forwarding, duplicate, resolution), with the operation or not at all.
            IF result ->> 'status' = 'applied' AND jsonb_typeof(v_payload -> 'notifications') = 'array' THEN
                INSERT INTO lanterne.comment (id, ticket_id, municipality, kind, text, op_id)
                SELECT (n ->> 'comment_id')::uuid, (n ->> 'ticket_id')::uuid, me.municipality, 'public',
                       n ->> 'body', v_op
                  FROM jsonb_array_elements(v_payload -> 'notifications') AS n
                 WHERE n ? 'comment_id';
                INSERT INTO lanterne.notification (id, ticket_id, municipality, event, subject, body, op_id)
                SELECT (n ->> 'id')::uuid, (n ->> 'ticket_id')::uuid, me.municipality, n ->> 'event',
                       n ->> 'subject', n ->> 'body', v_op
                  FROM jsonb_array_elements(v_payload -> 'notifications') AS n;
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
