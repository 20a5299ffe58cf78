-- Issue 9: publication dates for vintage reads, attribution of publishers, growth stated in words, destinations
-- named without a figure or a rank, and the default dataset reduced to exactly what its reports state.

ALTER TABLE figure
    ADD COLUMN published_on       DATE,
    ADD COLUMN attribution        TEXT NOT NULL DEFAULT 'NAMED' CHECK (attribution IN ('NAMED', 'INFERRED')),
    ADD COLUMN attribution_note   TEXT,
    -- a growth the report describes in words ("nearly fivefold") up to this figure, and the period it starts from
    ADD COLUMN stated_growth      TEXT,
    ADD COLUMN stated_growth_from TEXT,
    ADD CONSTRAINT figure_stated_growth_pair CHECK ((stated_growth IS NULL) = (stated_growth_from IS NULL));

-- A destination may be named without a value and without a rank ("core export markets included Russia, Mexico and
-- the UAE", in no stated order); the world total always has a value. V1's unnamed check (value or rank) is found by
-- its definition rather than by the name PostgreSQL generated for it.
DO $$
DECLARE
    c TEXT;
BEGIN
    SELECT conname INTO c FROM pg_constraint
        WHERE conrelid = 'figure'::regclass AND contype = 'c'
          AND pg_get_constraintdef(oid) LIKE '%value IS NOT NULL%rank IS NOT NULL%';
    IF c IS NOT NULL THEN
        EXECUTE format('ALTER TABLE figure DROP CONSTRAINT %I', c);
    END IF;
END $$;
ALTER TABLE figure ADD CONSTRAINT figure_world_has_value CHECK (destination <> 'WORLD' OR value IS NOT NULL);

-- published is YYYY-MM-DD or YYYY-MM (the loader accepts nothing else); a month counts from its last day.
UPDATE figure SET published_on = CASE
        WHEN published ~ '^\d{4}-\d{2}$' THEN (to_date(published || '-01', 'YYYY-MM-DD') + INTERVAL '1 month - 1 day')::date
        WHEN published ~ '^\d{4}-\d{2}-\d{2}$' THEN published::date
    END
    WHERE published IS NOT NULL;

-- Vintage reads: per figure, the version with the latest publication date on or before the vintage.
CREATE INDEX figure_vintage ON figure (powertrain, destination, publisher, definition, period_start, period_end,
    published_on);

-- Rows of the first default dataset that no report states (the dataset is reloaded as export-figures-v2): the 2023
-- world totals of CAAM (4.91 million) and of the customs (5.221 million), every version of them as shipped.
DELETE FROM figure
    WHERE powertrain = 'ALL' AND destination = 'WORLD' AND period_start = DATE '2023-01-01'
      AND period_end = DATE '2023-12-01' AND source = 'Other news reports'
      AND ((publisher = 'CAAM' AND definition = 'caam-exports' AND value = 4910000)
        OR (publisher = 'GACC' AND definition = 'customs-incl-chassis' AND value = 5221000));
