-- How settled each figure is: a publisher's estimate, its preliminary figure or the final one. Every figure stored
-- so far is final (its report states it as the figure); a load revises a figure only with one at least as settled.
ALTER TABLE delivery
    ADD COLUMN status TEXT NOT NULL DEFAULT 'FINAL' CHECK (status IN ('ESTIMATE', 'PRELIMINARY', 'FINAL'));
