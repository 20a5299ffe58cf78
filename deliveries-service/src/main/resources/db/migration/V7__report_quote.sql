-- Where a delivery figure was read: the report it comes from, by its id in reports-service, and the sentence of that
-- report that states it, as market and export figures keep them. Ordinary attributes of a version (another report or
-- sentence for the same figure is a revision; the same ones loaded again change nothing); a quote names no report by
-- itself, so it needs the report's id.
ALTER TABLE delivery
    ADD COLUMN report_id BIGINT CONSTRAINT delivery_report_id_check CHECK (report_id > 0),
    ADD COLUMN quote     TEXT,
    ADD CONSTRAINT delivery_quote_has_report CHECK (quote IS NULL OR report_id IS NOT NULL);
