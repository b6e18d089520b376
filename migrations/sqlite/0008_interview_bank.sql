-- The questions mock interviews draw from, loaded by `grindstone seed` from interviews/*.toml
-- and found again by their slug; concepts are a JSON array of "label: alternative | ..." texts.
CREATE TABLE interview_bank (
    bank_question_id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug             TEXT    NOT NULL UNIQUE,
    interview_type   TEXT    NOT NULL CHECK (interview_type IN ('Technical', 'Behavioral')),
    topic            TEXT    NOT NULL,
    difficulty       TEXT    NOT NULL CHECK (difficulty IN ('Easy', 'Medium', 'Hard')),
    question         TEXT    NOT NULL,
    expected         TEXT    NOT NULL,
    concepts         TEXT    NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX interview_bank_by_kind ON interview_bank (interview_type, topic, difficulty);
