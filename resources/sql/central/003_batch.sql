-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne central database, migration 3: operations in batches.
-- A workstation sends its queued operations a batch at a time: one round trip and one commit for
-- the batch instead of one per operation (a shift of a field team over a slow network). Each
-- operation is still applied on its own (lanterne.apply: its own subtransaction, its own receipt)
-- and in order; the batch commits as a whole, so a lost reply is answered by the stored receipts.

CREATE FUNCTION lanterne.apply_batch(ops jsonb) RETURNS SETOF jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, lanterne AS
$$
DECLARE
    op jsonb;
BEGIN
    IF jsonb_typeof(ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'apply_batch expects an array of operations' USING ERRCODE = '22023';
    END IF;
    FOR op IN SELECT e.value FROM jsonb_array_elements(ops) WITH ORDINALITY AS e(value, n) ORDER BY e.n LOOP
        BEGIN
            RETURN NEXT lanterne.apply(op);
        EXCEPTION WHEN OTHERS THEN
            -- An operation the server cannot even read (no UUID, bad JSON types): refused with the
            -- reason, so that it never blocks the operations queued after it.
            RETURN NEXT jsonb_build_object('status', 'rejected', 'reason', SQLSTATE, 'detail', SQLERRM,
                                           'op_id', op ->> 'op_id');
        END;
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION lanterne.apply_batch(jsonb)
    TO lanterne_agent, lanterne_supervisor, lanterne_field, lanterne_admin;
