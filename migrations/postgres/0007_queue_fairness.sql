-- Claims take turns between users: when each job was last taken tells whose turn it is.
ALTER TABLE submissions ADD COLUMN claimed_at BIGINT;
CREATE INDEX submissions_by_user_claim ON submissions (user_id, claimed_at);

-- Runs are deleted after some days (found by kind and age); the practice time they gave (the
-- stats' time spent) is kept here, per user.
CREATE INDEX submissions_by_kind_age ON submissions (kind, submitted_at);
CREATE TABLE carried_practice (
    user_id     BIGINT PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    practice_ms BIGINT NOT NULL CHECK (practice_ms >= 0)
);
