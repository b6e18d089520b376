-- Mock interview sessions as they are run: the plan chosen at the start, the overall score at
-- the end, and per question its place, where it came from (a bank question, or a problem for
-- a coding round), its timing, the draft saved as typed, the judged code and the feedback.
ALTER TABLE interview_sessions ADD COLUMN length_minutes BIGINT NOT NULL DEFAULT 30
    CHECK (length_minutes BETWEEN 5 AND 120);
-- NULL: any difficulty.
ALTER TABLE interview_sessions ADD COLUMN difficulty TEXT
    CHECK (difficulty IS NULL OR difficulty IN ('Easy', 'Medium', 'Hard'));
-- A JSON array of topics (bank topics, or problem tags for coding); empty: any topic.
ALTER TABLE interview_sessions ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';
-- 'each': feedback after every answer; 'end': all of it on the scorecard.
ALTER TABLE interview_sessions ADD COLUMN feedback_mode TEXT NOT NULL DEFAULT 'end'
    CHECK (feedback_mode IN ('each', 'end'));
-- The mean of the graded questions' overall scores (1-5), once completed.
ALTER TABLE interview_sessions ADD COLUMN score DOUBLE PRECISION;

ALTER TABLE interview_questions ADD COLUMN position BIGINT NOT NULL DEFAULT 0;
ALTER TABLE interview_questions ADD COLUMN bank_question_id BIGINT
    REFERENCES interview_bank (bank_question_id) ON DELETE SET NULL;
ALTER TABLE interview_questions ADD COLUMN topic TEXT;
-- The rubric concepts as they were when asked (a JSON array), so that editing the bank does
-- not change how an old answer was graded.
ALTER TABLE interview_questions ADD COLUMN concepts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE interview_questions ADD COLUMN started_at BIGINT;
ALTER TABLE interview_questions ADD COLUMN answered_at BIGINT;
-- What the candidate has typed so far, saved as they type.
ALTER TABLE interview_questions ADD COLUMN draft TEXT;
-- A coding round: the problem, the language and code typed so far, the judged submission and
-- the complexity the candidate stated.
ALTER TABLE interview_questions ADD COLUMN problem_id BIGINT
    REFERENCES problems (problem_id) ON DELETE SET NULL;
ALTER TABLE interview_questions ADD COLUMN language TEXT;
ALTER TABLE interview_questions ADD COLUMN draft_code TEXT;
ALTER TABLE interview_questions ADD COLUMN submission_id BIGINT
    REFERENCES submissions (submission_id) ON DELETE SET NULL;
ALTER TABLE interview_questions ADD COLUMN stated_complexity TEXT;
ALTER TABLE interview_questions ADD COLUMN score DOUBLE PRECISION;
-- Why the configured AI provider did not grade (the offline engine did), if it did not.
ALTER TABLE interview_questions ADD COLUMN grader_note TEXT;

CREATE INDEX interview_questions_by_submission ON interview_questions (submission_id);
