-- Each publisher's expected release schedule of a series, one row per version (suite-data ScheduleLoader): the release
-- of a month is expected in the following month, from window_from_day to due_day (a day past the month's end is its
-- last day), late after due_day, news after grace_days more. Loaded and revised like figures: a schedule is identified
-- by (publisher, series); loading different content supersedes the current version (superseded_at is set) and adds a
-- new one. Every data service keeps the schedules of the series it holds; basis says why a schedule is expected.
CREATE SEQUENCE release_schedule_seq INCREMENT BY 50;

CREATE TABLE release_schedule (
    id               BIGINT PRIMARY KEY DEFAULT nextval('release_schedule_seq'),
    publisher        TEXT        NOT NULL,
    series           TEXT        NOT NULL,
    frequency        TEXT        NOT NULL CHECK (frequency IN ('MONTHLY')),
    window_from_day  INTEGER     NOT NULL CHECK (window_from_day BETWEEN 1 AND 31),
    due_day          INTEGER     NOT NULL CHECK (due_day BETWEEN 1 AND 31),
    grace_days       INTEGER     NOT NULL CHECK (grace_days BETWEEN 0 AND 90),
    basis            TEXT        NOT NULL,
    notes            TEXT,
    loaded_at        TIMESTAMPTZ NOT NULL,
    superseded_at    TIMESTAMPTZ,
    CHECK (window_from_day <= due_day),
    CHECK (superseded_at IS NULL OR superseded_at >= loaded_at)
);

-- At most one current version per schedule.
CREATE UNIQUE INDEX release_schedule_current ON release_schedule (publisher, series) WHERE superseded_at IS NULL;
