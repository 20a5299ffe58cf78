-- The delivery list is ordered by period, subject and publisher; checked with EXPLAIN at 1,000,000 deliveries.
-- A list filtered by publisher reads that publisher's figures in list order and stops after a page; an unfiltered
-- list reads in list order from the start (delivery_by_period, which also serves the period ranges that
-- delivery_periods served); delivery_current serves the filter by subject.
CREATE INDEX delivery_by_publisher ON delivery (publisher, period_start, period_end, subject);
CREATE INDEX delivery_by_period ON delivery (period_start, period_end, subject, publisher);
DROP INDEX delivery_periods;
