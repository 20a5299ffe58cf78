-- The figure list is ordered by period, powertrain, destination, publisher and definition; checked with EXPLAIN at
-- 1,000,000 figures. A list filtered by publisher reads that publisher's figures in list order and stops after a
-- page (figure_versions serves the unfiltered order, figure_current and figure_versions the filters by powertrain
-- and destination).
CREATE INDEX figure_by_publisher ON figure (publisher, period_start, period_end, powertrain, destination, definition);
