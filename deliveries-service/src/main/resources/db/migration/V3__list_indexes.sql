-- The delivery list is ordered by period, subject and publisher. A list filtered by publisher reads that
-- publisher's figures in list order and stops after a page (delivery_current serves the filter by subject,
-- delivery_periods the unfiltered order).
CREATE INDEX delivery_by_publisher ON delivery (publisher, period_start, period_end, subject);
