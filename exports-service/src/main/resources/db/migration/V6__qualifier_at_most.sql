-- "Up to", "below", "less than": a value stated as a ceiling, with nothing said of how close to it (qualifier
-- AT_MOST), as the stated-form reader gives it when a load fills value, qualifier and precision from stated_as.
ALTER TABLE figure
    DROP CONSTRAINT figure_qualifier_check,
    DROP CONSTRAINT figure_reported_yoy_qualifier_check,
    ADD CONSTRAINT figure_qualifier_check
        CHECK (qualifier IN ('OVER', 'NEARLY', 'APPROXIMATELY', 'AT_LEAST', 'AT_MOST')),
    ADD CONSTRAINT figure_reported_yoy_qualifier_check
        CHECK (reported_yoy_qualifier IN ('OVER', 'NEARLY', 'APPROXIMATELY', 'AT_LEAST', 'AT_MOST'));
