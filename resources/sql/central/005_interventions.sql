-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne central database, migration 5: field teams' interventions.
-- The office plans tickets for a team and a day, in order; the team reports each intervention
-- (done, not done, impossible) with the action's real time, time spent, materials, a note and an
-- "after" photo. Four operations (plan, update, cancel, report_intervention) are applied by
-- lanterne.apply_intervention, with the same receipts, idempotence and per-field conflicts as the
-- tickets' operations. A cancelled intervention is marked, never deleted. The ticket's status
-- change that follows a result is a ticket operation of its own (set_status).

ALTER TABLE lanterne.intervention ADD COLUMN cancelled_at timestamptz;
-- A stop's planned time (Europe/Paris), or NULL: any time of the day.
ALTER TABLE lanterne.intervention ADD COLUMN planned_time time;
CREATE INDEX intervention_ticket ON lanterne.intervention (ticket_id);
CREATE INDEX intervention_day ON lanterne.intervention (team, scheduled_day, position) WHERE cancelled_at IS NULL;

-- The "after" photo of an intervention: not one of the ticket's 4 photos.
CREATE TABLE lanterne.intervention_photo (
    id uuid PRIMARY KEY,
    intervention_id uuid NOT NULL REFERENCES lanterne.intervention (id),
    municipality text NOT NULL REFERENCES lanterne.municipality (code),
    mime text NOT NULL,
    width integer NOT NULL DEFAULT 0,
    height integer NOT NULL DEFAULT 0,
    data bytea NOT NULL CHECK (octet_length(data) <= 15 * 1024 * 1024),
    thumbnail bytea,
    created_at timestamptz NOT NULL DEFAULT now(),
    op_id uuid,
    revision bigint NOT NULL DEFAULT 0
);
CREATE INDEX intervention_photo_revision ON lanterne.intervention_photo (revision);
CREATE INDEX intervention_photo_intervention ON lanterne.intervention_photo (intervention_id);
CREATE TRIGGER intervention_photo_revision BEFORE INSERT OR UPDATE ON lanterne.intervention_photo
    FOR EACH ROW EXECUTE FUNCTION lanterne.stamp_revision();
ALTER TABLE lanterne.intervention_photo ENABLE ROW LEVEL SECURITY;
ALTER TABLE lanterne.intervention_photo FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON lanterne.intervention_photo
    USING (municipality = (SELECT lanterne.my_municipality())
           AND EXISTS (SELECT 1 FROM lanterne.intervention i WHERE i.id = intervention_id))
    WITH CHECK (municipality = (SELECT lanterne.my_municipality())
                AND EXISTS (SELECT 1 FROM lanterne.intervention i WHERE i.id = intervention_id));
GRANT SELECT, INSERT ON lanterne.intervention_photo
    TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;

-- The fields an intervention's operation may set, with their SQL type.
CREATE FUNCTION lanterne.intervention_field_type(f text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$
    SELECT CASE
        WHEN f IN ('result', 'reason', 'materials', 'note') THEN 'text'
        WHEN f IN ('minutes_spent', 'position') THEN 'integer'
        WHEN f = 'acted_at' THEN 'timestamptz'
        WHEN f = 'planned_time' THEN 'time'
        ELSE NULL END
$$;

-- A value of the payload (times in milliseconds since the epoch) as text of the field's type.
CREATE FUNCTION lanterne.intervention_payload_text(f text, v jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS
$$
    SELECT CASE
        WHEN v IS NULL OR jsonb_typeof(v) = 'null' THEN NULL
        WHEN lanterne.intervention_field_type(f) = 'timestamptz'
            THEN (to_timestamp((v #>> '{}')::double precision / 1000))::text
        WHEN lanterne.intervention_field_type(f) = 'integer' THEN ((v #>> '{}')::numeric::integer)::text
        WHEN lanterne.intervention_field_type(f) = 'time' THEN ((v #>> '{}')::time)::text
        ELSE v #>> '{}' END
$$;

-- The intervention as the workstations hold it (times in milliseconds since the epoch): sent
-- back with a refusal, so that the workstation shows the server's version again.
CREATE FUNCTION lanterne.intervention_json(i lanterne.intervention) RETURNS jsonb LANGUAGE sql STABLE AS
$$
    SELECT jsonb_build_object(
        'id', i.id, 'ticket_id', i.ticket_id, 'municipality', i.municipality, 'team', i.team,
        'scheduled_day', i.scheduled_day::text, 'position', i.position,
        'planned_time', to_char(i.planned_time, 'HH24:MI'), 'result', i.result,
        'reason', i.reason, 'minutes_spent', i.minutes_spent, 'materials', i.materials, 'note', i.note,
        'after_photo', i.after_photo,
        'acted_at', (extract(epoch FROM i.acted_at) * 1000)::bigint,
        'created_at', (extract(epoch FROM i.created_at) * 1000)::bigint,
        'updated_at', (extract(epoch FROM i.updated_at) * 1000)::bigint,
        'cancelled', i.cancelled_at IS NOT NULL, 'revision', i.revision)
$$;

CREATE FUNCTION lanterne.apply_intervention(op jsonb) RETURNS jsonb
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
    IF v_op IS NULL OR v_type IS NULL THEN
        RAISE EXCEPTION 'an operation needs op_id and op_type' USING ERRCODE = '22023';
    END IF;
    -- Idempotent, as lanterne.apply: a retry, even at the same time, gets the first receipt.
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
            IF v_type = 'plan_intervention' THEN
                IF me.role NOT IN ('agent', 'supervisor', 'admin') THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'field_cannot_plan');
                ELSE
                    SELECT * INTO tk FROM lanterne.ticket
                     WHERE id = (v_payload #>> '{intervention,ticket_id}')::uuid;
                    IF NOT FOUND THEN
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
                IF NOT FOUND THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'not_found_or_out_of_scope');
                ELSIF iv.cancelled_at IS NOT NULL THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'intervention_cancelled',
                                                 'intervention', lanterne.intervention_json(iv));
                ELSIF v_type <> 'report_intervention' AND me.role NOT IN ('agent', 'supervisor', 'admin') THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'field_cannot_plan',
                                                 'intervention', lanterne.intervention_json(iv));
                ELSIF v_type = 'report_intervention' AND me.role = 'field' AND iv.team <> me.team THEN
                    result := jsonb_build_object('status', 'rejected', 'reason', 'not_own_team',
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
                         WHERE team = iv.team AND scheduled_day = iv.scheduled_day AND position > iv.position
                           AND cancelled_at IS NULL;
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
                    IF conflicts <> '{}' THEN
                        result := jsonb_build_object('status', 'conflict', 'conflicts', conflicts,
                                                     'revision', iv.revision,
                                                     'intervention', lanterne.intervention_json(iv));
                    ELSE
                        IF jsonb_typeof(v_payload -> 'after_photo') = 'object' THEN
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
        EXCEPTION
            WHEN insufficient_privilege OR check_violation OR not_null_violation OR foreign_key_violation
                 OR unique_violation OR invalid_parameter_value OR invalid_text_representation
                 OR numeric_value_out_of_range OR datetime_field_overflow OR invalid_datetime_format THEN
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

-- lanterne.apply now sends the interventions' operations to their own function; the tickets' stay
-- as migration 4 made them.
ALTER FUNCTION lanterne.apply(jsonb) RENAME TO apply_ticket;
CREATE FUNCTION lanterne.apply(op jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, lanterne AS
$$
BEGIN
    IF op ->> 'op_type' IN ('plan_intervention', 'update_intervention', 'cancel_intervention',
                            'report_intervention') THEN
        RETURN lanterne.apply_intervention(op);
    END IF;
    RETURN lanterne.apply_ticket(op);
END
$$;
GRANT EXECUTE ON FUNCTION lanterne.apply(jsonb), lanterne.apply_intervention(jsonb),
    lanterne.intervention_field_type(text), lanterne.intervention_payload_text(text, jsonb),
    lanterne.intervention_json(lanterne.intervention)
    TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
