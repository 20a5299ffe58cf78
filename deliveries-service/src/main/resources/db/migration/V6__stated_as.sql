-- A delivery figure keeps the words its report states it in ("over 70,000"), as market and export figures do; a
-- load that gives only those words has deliveries, qualifier and precision read from them. "Up to", "below": a
-- value stated as a ceiling (qualifier AT_MOST).
ALTER TABLE delivery
    ADD COLUMN stated_as TEXT,
    DROP CONSTRAINT delivery_qualifier_check,
    ADD CONSTRAINT delivery_qualifier_check
        CHECK (qualifier IN ('OVER', 'NEARLY', 'APPROXIMATELY', 'AT_LEAST', 'AT_MOST'));
