-- The version of the data (suite-common DataVersion): raised in the transaction of every write that changes what a
-- read can answer, so that every replica's answer cache knows, with one small read, whether its answers still hold.
CREATE TABLE data_version (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version   BIGINT  NOT NULL
);
INSERT INTO data_version (version) VALUES (1);
