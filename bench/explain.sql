-- The statements behind the measured queries, as market-service runs them (Hibernate's SQL without its aliases),
-- one per line after its "-- name:" line, so that bench/scale.py can EXPLAIN ANALYZE each at the large scale.
-- name: list (latest, segment=nev, publisher=SYN001, first page of 100)
SELECT * FROM figure WHERE superseded_at IS NULL AND segment = 'NEV' AND publisher = 'SYN001' ORDER BY period_start, period_end, measure, segment, publisher OFFSET 0 ROWS FETCH FIRST 101 ROWS ONLY
-- name: list (latest, segment=nev, any publisher, first page of 100)
SELECT * FROM figure WHERE superseded_at IS NULL AND segment = 'NEV' ORDER BY period_start, period_end, measure, segment, publisher OFFSET 0 ROWS FETCH FIRST 101 ROWS ONLY
-- name: list (vintage 2025-06-30, segment=nev, publisher=SYN001)
SELECT * FROM figure f WHERE f.segment = 'NEV' AND f.publisher = 'SYN001' AND f.published_on <= DATE '2025-06-30' AND NOT EXISTS (SELECT 1 FROM figure v, figure me WHERE me.id = f.id AND v.measure = me.measure AND v.segment = me.segment AND v.publisher = me.publisher AND v.period_start = me.period_start AND v.period_end = me.period_end AND v.published_on <= DATE '2025-06-30' AND (v.published_on > me.published_on OR (v.published_on = me.published_on AND v.loaded_at > me.loaded_at))) ORDER BY period_start, period_end, measure, segment, publisher OFFSET 0 ROWS FETCH FIRST 101 ROWS ONLY
-- name: summary: the page of publishers (period 2025-11, 10 a page)
SELECT DISTINCT publisher FROM figure WHERE superseded_at IS NULL AND segment IN ('ALL', 'NEV') AND period_end >= DATE '2025-11-01' AND period_end <= DATE '2025-11-01' ORDER BY publisher OFFSET 0 ROWS FETCH FIRST 11 ROWS ONLY
-- name: summary: the figures of the page's 10 publishers
SELECT * FROM figure WHERE superseded_at IS NULL AND measure IN ('PRODUCTION', 'SALES', 'SALES_SHARE') AND segment IN ('ALL', 'NEV') AND publisher IN (SELECT DISTINCT publisher FROM figure WHERE publisher LIKE 'SYN%' ORDER BY publisher LIMIT 10) AND period_end >= DATE '2024-10-01' AND period_end <= DATE '2025-11-01' ORDER BY period_start, period_end
-- name: series (sales, nev, SYN001, 2024-01..2025-12 with its look-back)
SELECT * FROM figure WHERE superseded_at IS NULL AND measure IN ('SALES') AND segment IN ('NEV') AND publisher IN ('SYN001') AND period_start >= DATE '2023-01-01' AND period_end >= DATE '2023-12-01' AND period_end <= DATE '2025-12-01' ORDER BY period_start, period_end
-- name: history (sales, nev, 2025-11, SYN001)
SELECT * FROM figure WHERE measure = 'SALES' AND segment = 'NEV' AND publisher = 'SYN001' AND period_start = DATE '2025-11-01' AND period_end = DATE '2025-11-01' ORDER BY loaded_at, id
