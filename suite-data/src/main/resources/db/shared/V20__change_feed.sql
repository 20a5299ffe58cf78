-- The change feed (suite-data org.chinaauto.data.feed): every committed change of a figure, written in the
-- transaction of the load that made it. seq is taken under the feed's advisory lock, held until the commit, so that
-- seq order is commit order and a reader that has seen seq n has seen everything committed before it: polling
-- "after n" misses nothing, whatever replica committed the load. The rows are the source of truth; a NOTIFY on the
-- channel figure_changes only wakes the replicas that listen.
CREATE SEQUENCE figure_change_seq;

CREATE TABLE figure_change (
    seq                BIGINT       PRIMARY KEY,
    committed_at       TIMESTAMPTZ  NOT NULL,
    load_id            UUID         NOT NULL,
    change             TEXT         NOT NULL CHECK (change IN ('ADDED', 'REVISED', 'STATUS_CHANGED')),
    -- the figure's key, by the columns of its table in their order (period_start and period_end for its period;
    -- codes such as PRODUCTION in lower case, as the APIs write them)
    figure             JSON         NOT NULL,
    publisher          TEXT         NOT NULL,
    value              NUMERIC,
    qualifier          TEXT,
    precision          NUMERIC,
    status             TEXT         NOT NULL,
    previous_value     NUMERIC,
    previous_qualifier TEXT,
    previous_precision NUMERIC,
    previous_status    TEXT,
    source             TEXT,
    report_id          BIGINT,
    published          TEXT
);

CREATE INDEX figure_change_committed ON figure_change (committed_at);
