-- Indexes for the figure list (ordered by period, measure, segment, publisher) and the summary's page of
-- publishers, checked with EXPLAIN at 1,000,000 figures (bench/README.md): a list filtered by publisher reads
-- that publisher's figures in list order and stops after a page; an unfiltered list or one filtered by measure or
-- segment reads in list order from the start. Both serve vintage reads too (not only current versions).
CREATE INDEX figure_by_publisher ON figure (publisher, period_start, period_end, measure, segment);
CREATE INDEX figure_by_period ON figure (period_start, period_end, measure, segment, publisher);
