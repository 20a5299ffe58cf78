-- Brands, brand groups (alliances) with dated membership, monthly deliveries and annual targets.
-- Brand and group slugs share one namespace (a delivery's subject is either), which the loaders enforce.

CREATE TABLE brand (
    slug     TEXT PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    name     TEXT NOT NULL,
    carmaker TEXT
);

CREATE TABLE brand_group (
    slug   TEXT PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    name   TEXT NOT NULL,
    leader TEXT,
    notes  TEXT
);

-- A brand is a member of a group for a month m when (from_month IS NULL OR from_month <= m) and
-- (to_month IS NULL OR m < to_month). A null from_month means "member since before the first record,
-- month not known"; a null to_month means "still a member".
CREATE SEQUENCE membership_seq INCREMENT BY 50;

CREATE TABLE membership (
    id          BIGINT PRIMARY KEY DEFAULT nextval('membership_seq'),
    brand       TEXT NOT NULL REFERENCES brand (slug),
    group_slug  TEXT NOT NULL REFERENCES brand_group (slug),
    from_month  DATE CHECK (EXTRACT(DAY FROM from_month) = 1),
    to_month    DATE CHECK (EXTRACT(DAY FROM to_month) = 1),
    CHECK (from_month IS NULL OR to_month IS NULL OR to_month > from_month)
);

CREATE INDEX membership_group ON membership (group_slug);
CREATE INDEX membership_brand ON membership (brand);

-- Deliveries of a brand or of a group as a whole, one row per version. A figure is identified by
-- (subject, period, publisher); loading a different value or provenance supersedes the current version.
CREATE SEQUENCE delivery_seq INCREMENT BY 50;

CREATE TABLE delivery (
    id             BIGINT PRIMARY KEY DEFAULT nextval('delivery_seq'),
    subject        TEXT          NOT NULL,
    subject_kind   TEXT          NOT NULL CHECK (subject_kind IN ('BRAND', 'GROUP')),
    period_start   DATE          NOT NULL CHECK (EXTRACT(DAY FROM period_start) = 1),
    period_end     DATE          NOT NULL CHECK (EXTRACT(DAY FROM period_end) = 1),
    publisher      TEXT          NOT NULL,
    deliveries     BIGINT        NOT NULL CHECK (deliveries >= 0),
    stated_yoy_pct NUMERIC(12,4),
    stated_mom_pct NUMERIC(12,4),
    record         BOOLEAN       NOT NULL,
    notes          TEXT,
    published      TEXT,
    source         TEXT,
    loaded_at      TIMESTAMPTZ   NOT NULL,
    superseded_at  TIMESTAMPTZ,
    CHECK (period_end >= period_start),
    CHECK (superseded_at IS NULL OR superseded_at >= loaded_at)
);

CREATE UNIQUE INDEX delivery_current ON delivery (subject, period_start, period_end, publisher)
    WHERE superseded_at IS NULL;
CREATE INDEX delivery_versions ON delivery (subject, period_start, period_end, loaded_at);
CREATE INDEX delivery_periods ON delivery (period_start, period_end);

-- Annual targets of a brand: a single value or a low-high range, each revision kept (in its published
-- order, with its announcement date when known). A revision is identified by (brand, year, revision) and
-- is itself versioned like a delivery, so that corrections keep the old version for asOf queries.
CREATE SEQUENCE target_seq INCREMENT BY 50;

CREATE TABLE target (
    id              BIGINT PRIMARY KEY DEFAULT nextval('target_seq'),
    brand           TEXT        NOT NULL REFERENCES brand (slug),
    year            INTEGER     NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    revision        INTEGER     NOT NULL CHECK (revision >= 1),
    announced       TEXT,
    value           BIGINT      CHECK (value > 0),
    low             BIGINT      CHECK (low > 0),
    high            BIGINT      CHECK (high > 0),
    publisher       TEXT,
    stated_progress TEXT,
    notes           TEXT,
    source          TEXT,
    loaded_at       TIMESTAMPTZ NOT NULL,
    superseded_at   TIMESTAMPTZ,
    CHECK ((value IS NOT NULL AND low IS NULL AND high IS NULL)
        OR (value IS NULL AND low IS NOT NULL AND high IS NOT NULL AND low <= high)),
    CHECK (superseded_at IS NULL OR superseded_at >= loaded_at)
);

CREATE UNIQUE INDEX target_current ON target (brand, year, revision) WHERE superseded_at IS NULL;

-- Which bundled datasets have been loaded, so that the default dataset is loaded once, on first start,
-- and a revision made later by a user is never reverted by a restart.
CREATE TABLE dataset_load (
    name      TEXT PRIMARY KEY,
    loaded_at TIMESTAMPTZ NOT NULL
);
