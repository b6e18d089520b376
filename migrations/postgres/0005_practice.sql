-- The practice loop: runs (examples or custom input) travel through the judge's queue beside
-- submissions but count nowhere; the verdict and peak memory get columns of their own so the
-- list's acceptance rates and the result panel's percentiles need no JSON; a problem keeps a
-- reference solution, whose output on a user's custom input is the expected output.

ALTER TABLE submissions ADD COLUMN kind TEXT NOT NULL DEFAULT 'submit'
    CHECK (kind IN ('submit', 'run'));
-- A run's own input; NULL runs the problem's samples.
ALTER TABLE submissions ADD COLUMN custom_input TEXT;
ALTER TABLE submissions ADD COLUMN verdict TEXT
    CHECK (verdict IS NULL OR verdict IN ('AC', 'WA', 'TLE', 'MLE', 'RE', 'CE', 'OLE', 'IE', 'OK'));
ALTER TABLE submissions ADD COLUMN memory_kib BIGINT CHECK (memory_kib >= 0);
UPDATE submissions SET verdict = result::json->>'verdict',
                       memory_kib = (result::json->>'memory_kib')::BIGINT
    WHERE result IS NOT NULL;
CREATE INDEX submissions_by_problem_verdict ON submissions (problem_id, kind, verdict, language);
-- The viewer's progress on each problem of the list, read from the index alone.
CREATE INDEX submissions_by_user_progress ON submissions (user_id, kind, problem_id, verdict);

ALTER TABLE problems ADD COLUMN reference_language TEXT;
ALTER TABLE problems ADD COLUMN reference_code TEXT;

-- The languages judges found working when they started, so that servers without a judge of
-- their own know what the editor may offer. The judge that started last has the final word.
CREATE TABLE judge_languages (
    language_id TEXT   NOT NULL PRIMARY KEY,
    name        TEXT   NOT NULL,
    version     TEXT,
    starter     TEXT   NOT NULL DEFAULT '',
    available   BIGINT NOT NULL CHECK (available IN (0, 1)),
    checked_at  BIGINT NOT NULL
);
