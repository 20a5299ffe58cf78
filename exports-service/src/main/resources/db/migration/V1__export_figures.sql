-- Export figures, one row per version of a figure.
-- A figure is identified by (powertrain, destination, publisher, definition, period): CAAM's "exports" and the
-- customs administration's "exports including chassis" are different definitions and never supersede each
-- other. Loading a different value or provenance for the same identity supersedes the current version
-- (superseded_at is set) and adds a new one, so that "as of" queries can answer with what was known then.
CREATE SEQUENCE figure_seq INCREMENT BY 50;

-- Named regions a destination can be. WORLD (the world total) and ISO 3166-1 alpha-2 country codes are
-- validated by the application; regions must be listed here.
CREATE TABLE region (
    code TEXT PRIMARY KEY CHECK (code ~ '^[a-z]+(-[a-z]+)*$' AND length(code) > 2),
    name TEXT NOT NULL UNIQUE
);

INSERT INTO region (code, name) VALUES
    ('africa', 'Africa'),
    ('central-asia', 'Central Asia'),
    ('eastern-europe', 'Eastern Europe'),
    ('europe', 'Europe'),
    ('latin-america', 'Latin America'),
    ('middle-east', 'Middle East'),
    ('north-america', 'North America'),
    ('oceania', 'Oceania'),
    ('southeast-asia', 'Southeast Asia'),
    ('western-europe', 'Western Europe');

CREATE TABLE figure (
    id                     BIGINT PRIMARY KEY DEFAULT nextval('figure_seq'),
    powertrain             TEXT        NOT NULL CHECK (powertrain IN ('ALL', 'NEV', 'BEV', 'PHEV')),
    destination            TEXT        NOT NULL CHECK (destination = 'WORLD' OR destination ~ '^[A-Z]{2}$'
                                                       OR destination ~ '^[a-z]+(-[a-z]+)*$'),
    publisher              TEXT        NOT NULL,
    definition             TEXT        NOT NULL CHECK (definition ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    definition_note        TEXT,
    period_start           DATE        NOT NULL CHECK (EXTRACT(DAY FROM period_start) = 1),
    period_end             DATE        NOT NULL CHECK (EXTRACT(DAY FROM period_end) = 1),
    -- vehicles; null for an entry published as a rank without a value ("top destinations: Russia, ...")
    value                  BIGINT      CHECK (value >= 0),
    rank                   INTEGER     CHECK (rank > 0),
    qualifier              TEXT        CHECK (qualifier IN ('OVER', 'NEARLY', 'APPROXIMATELY', 'AT_LEAST')),
    precision              BIGINT      CHECK (precision > 0),
    stated_as              TEXT,
    reported_yoy_pct       NUMERIC(12,4),
    reported_yoy_qualifier TEXT        CHECK (reported_yoy_qualifier IN ('OVER', 'NEARLY', 'APPROXIMATELY', 'AT_LEAST')),
    published              TEXT,
    source                 TEXT,
    notes                  TEXT,
    loaded_at              TIMESTAMPTZ NOT NULL,
    superseded_at          TIMESTAMPTZ,
    CHECK (value IS NOT NULL OR rank IS NOT NULL),
    CHECK (period_end >= period_start),
    CHECK (superseded_at IS NULL OR superseded_at >= loaded_at)
);

-- At most one current version per figure.
CREATE UNIQUE INDEX figure_current ON figure (powertrain, destination, publisher, definition, period_start, period_end)
    WHERE superseded_at IS NULL;

-- Version look-ups for asOf queries, history, rankings and reconciliation of one period.
CREATE INDEX figure_versions ON figure (period_start, period_end, powertrain, destination, loaded_at);

-- Which bundled datasets have been loaded, so that the default dataset is loaded once, on first start,
-- and a revision made later by a user is never reverted by a restart.
CREATE TABLE dataset_load (
    name      TEXT PRIMARY KEY,
    loaded_at TIMESTAMPTZ NOT NULL
);
