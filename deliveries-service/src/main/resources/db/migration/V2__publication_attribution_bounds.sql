-- Issue 9: publication dates for vintage reads, attribution of publishers, bounds of delivery counts, and the
-- default dataset reduced to exactly what its report states.

-- Deliveries: a count is exact unless a qualifier or a precision says otherwise.
ALTER TABLE delivery
    ADD COLUMN qualifier        TEXT   CHECK (qualifier IN ('OVER', 'NEARLY', 'APPROXIMATELY', 'AT_LEAST')),
    ADD COLUMN precision        BIGINT CHECK (precision > 0),
    ADD COLUMN published_on     DATE,
    ADD COLUMN attribution      TEXT   NOT NULL DEFAULT 'NAMED' CHECK (attribution IN ('NAMED', 'INFERRED')),
    ADD COLUMN attribution_note TEXT;

-- Targets gain the publication and attribution columns of every figure.
ALTER TABLE target
    ADD COLUMN published        TEXT,
    ADD COLUMN published_on     DATE,
    ADD COLUMN attribution      TEXT NOT NULL DEFAULT 'NAMED' CHECK (attribution IN ('NAMED', 'INFERRED')),
    ADD COLUMN attribution_note TEXT;

-- published is YYYY-MM-DD or YYYY-MM (the loader accepts nothing else); a month counts from its last day.
UPDATE delivery SET published_on = CASE
        WHEN published ~ '^\d{4}-\d{2}$' THEN (to_date(published || '-01', 'YYYY-MM-DD') + INTERVAL '1 month - 1 day')::date
        WHEN published ~ '^\d{4}-\d{2}-\d{2}$' THEN published::date
    END
    WHERE published IS NOT NULL;

-- Vintage reads: per figure, the version with the latest publication date on or before the vintage.
CREATE INDEX delivery_vintage ON delivery (subject, publisher, period_start, period_end, published_on);
CREATE INDEX target_vintage ON target (brand, year, revision, published_on);

-- Rows of the first default dataset that no report states (the dataset is reloaded as deliveries-default-v2):
-- Leapmotor's 2025 target as the ranges 500,000-600,000 and 580,000-650,000 (revisions 2 and 3, every version),
DELETE FROM target
    WHERE brand = 'leapmotor' AND year = 2025 AND source = 'Other news reports'
      AND ((revision = 2 AND low = 500000 AND high = 600000) OR (revision = 3 AND low = 580000 AND high = 650000));
-- and Maextro as a HIMA member and as a brand (kept if anything else refers to it).
DELETE FROM membership WHERE brand = 'maextro' AND group_slug = 'hima' AND from_month IS NULL AND to_month IS NULL;
DELETE FROM brand b
    WHERE b.slug = 'maextro' AND b.name = 'Maextro' AND b.carmaker = 'JAC'
      AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.brand = b.slug)
      AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.subject = b.slug)
      AND NOT EXISTS (SELECT 1 FROM target t WHERE t.brand = b.slug);
