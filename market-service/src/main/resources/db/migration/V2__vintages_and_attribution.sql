-- Issue 9: publication dates for vintage reads, attribution of publishers, and the seed facts only.

-- The publication date from which a version counts (PublicationDate.effective: a month-only date counts from the
-- month's last day); whether the source names the publisher or the suite infers it, and why.
ALTER TABLE figure
    ADD COLUMN published_on     DATE,
    ADD COLUMN attribution      TEXT NOT NULL DEFAULT 'NAMED' CHECK (attribution IN ('NAMED', 'INFERRED')),
    ADD COLUMN attribution_note TEXT;

-- The first bundled dataset (recorded as 'market-figures') cited "News report of ... citing CAAM" for figures
-- whose reports do not all name CAAM, and lacked "over" on Jan-Aug 2025 NEV production. Its rows go, current or
-- superseded, so that the dataset 'market-figures-v2' (loaded on the next start) leaves exactly the seed facts.
-- Matched by key and the old source, so rows loaded by users are kept.
DELETE FROM figure f
USING (VALUES
    ('PRODUCTION',  'ALL', DATE '2025-01-01', DATE '2025-11-01', 'News report of December 2025 citing CAAM'),
    ('SALES',       'ALL', DATE '2025-01-01', DATE '2025-11-01', 'News report of December 2025 citing CAAM'),
    ('PRODUCTION',  'NEV', DATE '2025-01-01', DATE '2025-11-01', 'News report of December 2025 citing CAAM'),
    ('SALES',       'NEV', DATE '2025-01-01', DATE '2025-11-01', 'News report of December 2025 citing CAAM'),
    ('SALES_SHARE', 'NEV', DATE '2025-01-01', DATE '2025-11-01', 'News report of December 2025 citing CAAM'),
    ('PRODUCTION',  'NEV', DATE '2025-01-01', DATE '2025-08-01', 'News report of October 2025 citing CAAM'),
    ('SALES',       'NEV', DATE '2025-01-01', DATE '2025-08-01', 'News report of October 2025 citing CAAM'),
    ('PRODUCTION',  'NEV', DATE '2024-01-01', DATE '2024-12-01', 'News report of October 2025 citing CAAM'),
    ('SALES',       'NEV', DATE '2024-01-01', DATE '2024-12-01', 'News report of October 2025 citing CAAM'),
    ('PRODUCTION',  'NEV', DATE '2023-01-01', DATE '2023-06-01', 'News report of July 2023 citing CAAM'),
    ('SALES',       'NEV', DATE '2023-01-01', DATE '2023-06-01', 'News report of July 2023 citing CAAM'),
    ('SALES_SHARE', 'NEV', DATE '2023-01-01', DATE '2023-06-01', 'News report of July 2023 citing CAAM')
) AS old (measure, segment, period_start, period_end, source)
WHERE f.publisher = 'CAAM' AND f.measure = old.measure AND f.segment = old.segment
  AND f.period_start = old.period_start AND f.period_end = old.period_end AND f.source = old.source;

-- Rows loaded by users keep their publication dates: YYYY-MM-DD as is, YYYY-MM at the month's last day.
UPDATE figure SET published_on = CASE
        WHEN published ~ '^\d{4}-\d{2}-\d{2}$' THEN published::date
        WHEN published ~ '^\d{4}-\d{2}$' THEN (to_date(published || '-01', 'YYYY-MM-DD') + INTERVAL '1 month' - INTERVAL '1 day')::date
        WHEN published ~ '^\d{4}$' THEN make_date(published::int, 12, 31)
    END
WHERE published IS NOT NULL;

-- Vintage reads: per figure, the version with the latest publication date on or before the vintage.
CREATE INDEX figure_vintages ON figure (measure, segment, publisher, period_start, period_end, published_on);
