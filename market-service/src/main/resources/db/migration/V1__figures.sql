-- Production, sales and share figures, one row per version of a figure.
-- A figure is identified by (measure, segment, publisher, period); loading a different value supersedes
-- the current version (superseded_at is set) and adds a new one, so that "as of" queries can answer with
-- what was known at any moment.
CREATE SEQUENCE figure_seq INCREMENT BY 50;

CREATE TABLE figure (
    id                    BIGINT PRIMARY KEY DEFAULT nextval('figure_seq'),
    measure               TEXT          NOT NULL CHECK (measure IN ('PRODUCTION', 'SALES', 'SALES_SHARE')),
    segment               TEXT          NOT NULL CHECK (segment IN ('ALL', 'PASSENGER', 'COMMERCIAL', 'NEV', 'BEV', 'PHEV')),
    publisher             TEXT          NOT NULL,
    period_start          DATE          NOT NULL CHECK (EXTRACT(DAY FROM period_start) = 1),
    period_end            DATE          NOT NULL CHECK (EXTRACT(DAY FROM period_end) = 1),
    value                 NUMERIC(21,6) NOT NULL CHECK (value >= 0),
    qualifier             TEXT          CHECK (qualifier IN ('OVER', 'NEARLY', 'APPROXIMATELY', 'AT_LEAST')),
    precision             NUMERIC(21,6) CHECK (precision > 0),
    stated_as             TEXT,
    reported_yoy_pct      NUMERIC(12,4),
    reported_yoy_qualifier TEXT         CHECK (reported_yoy_qualifier IN ('OVER', 'NEARLY', 'APPROXIMATELY', 'AT_LEAST')),
    definition            TEXT,
    published             TEXT,
    source                TEXT,
    notes                 TEXT,
    loaded_at             TIMESTAMPTZ   NOT NULL,
    superseded_at         TIMESTAMPTZ,
    CHECK (period_end >= period_start),
    CHECK (superseded_at IS NULL OR superseded_at >= loaded_at)
);

-- At most one current version per figure; also the index for "latest" reads by measure and segment.
CREATE UNIQUE INDEX figure_current ON figure (measure, segment, publisher, period_start, period_end)
    WHERE superseded_at IS NULL;

-- Version look-ups for asOf queries and history.
CREATE INDEX figure_versions ON figure (measure, segment, period_start, period_end, loaded_at);

-- Which bundled datasets have been loaded, so that the default dataset is loaded once, on first start,
-- and a revision made later by a user is never reverted by a restart.
CREATE TABLE dataset_load (
    name      TEXT PRIMARY KEY,
    loaded_at TIMESTAMPTZ NOT NULL
);
