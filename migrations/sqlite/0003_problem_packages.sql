-- What the judge needs of a problem: its limits, how answers are checked, and its tests.

ALTER TABLE problems ADD COLUMN time_limit_ms INTEGER NOT NULL DEFAULT 1000
    CHECK (time_limit_ms BETWEEN 100 AND 30000);
ALTER TABLE problems ADD COLUMN memory_limit_mb INTEGER NOT NULL DEFAULT 256
    CHECK (memory_limit_mb BETWEEN 16 AND 4096);
ALTER TABLE problems ADD COLUMN checker TEXT NOT NULL DEFAULT 'tokens'
    CHECK (checker IN ('exact', 'tokens', 'float', 'unordered-lines', 'custom'));
-- Settings of the checker as a JSON document: tolerances for `float`, the program for `custom`.
ALTER TABLE problems ADD COLUMN checker_config TEXT
    CHECK (checker_config IS NULL OR json_valid(checker_config));

CREATE TABLE problem_tests (
    test_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    problem_id INTEGER NOT NULL REFERENCES problems (problem_id) ON DELETE CASCADE,
    number     INTEGER NOT NULL CHECK (number > 0),
    input      TEXT    NOT NULL,
    output     TEXT    NOT NULL,
    -- 1 for a test shown as an example; its data may be shown to users.
    sample     INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    UNIQUE (problem_id, number)
);
