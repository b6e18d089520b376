-- Grindstone's data model on SQLite. Timestamps are UTC milliseconds since the Unix epoch
-- (INTEGER), enums are TEXT with CHECK constraints, JSON documents are TEXT.

CREATE TABLE users (
    user_id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT    NOT NULL,
    email           TEXT    NOT NULL UNIQUE,
    password_hash   TEXT,
    google_id       TEXT    UNIQUE,
    profile_picture TEXT,
    role            TEXT    NOT NULL DEFAULT 'User' CHECK (role IN ('Admin', 'User')),
    date_joined     INTEGER NOT NULL,
    last_login      INTEGER
);

CREATE TABLE user_stats (
    stats_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    problems_solved INTEGER NOT NULL DEFAULT 0 CHECK (problems_solved >= 0),
    time_spent      INTEGER NOT NULL DEFAULT 0 CHECK (time_spent >= 0),
    average_score   REAL    NOT NULL DEFAULT 0 CHECK (average_score >= 0),
    rank            INTEGER CHECK (rank > 0),
    study_plan      TEXT    CHECK (study_plan IS NULL OR json_valid(study_plan)),
    last_updated    INTEGER NOT NULL
);
CREATE INDEX user_stats_by_user ON user_stats (user_id, stats_id DESC);

CREATE TABLE problems (
    problem_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    slug        TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL,
    difficulty  TEXT    NOT NULL CHECK (difficulty IN ('Easy', 'Medium', 'Hard')),
    input       TEXT    NOT NULL DEFAULT '',
    output      TEXT    NOT NULL DEFAULT '',
    constraints TEXT    NOT NULL DEFAULT '',
    leetcode_id INTEGER CHECK (leetcode_id > 0),
    creator_id  INTEGER REFERENCES users (user_id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX problems_by_difficulty ON problems (difficulty, problem_id);

CREATE TABLE problem_tags (
    tag_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    problem_id INTEGER NOT NULL REFERENCES problems (problem_id) ON DELETE CASCADE,
    tag        TEXT    NOT NULL,
    UNIQUE (problem_id, tag)
);
CREATE INDEX problem_tags_by_tag ON problem_tags (tag, problem_id);

CREATE TABLE submissions (
    submission_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    problem_id     INTEGER NOT NULL REFERENCES problems (problem_id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    code           TEXT    NOT NULL,
    language       TEXT    NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'Pending'
                   CHECK (status IN ('Pending', 'Compiling', 'Running', 'Completed', 'Failed')),
    result         TEXT,
    execution_time INTEGER CHECK (execution_time >= 0),
    submitted_at   INTEGER NOT NULL
);
CREATE INDEX submissions_by_user ON submissions (user_id, submitted_at DESC);
CREATE INDEX submissions_by_problem_user ON submissions (problem_id, user_id);
CREATE INDEX submissions_queue ON submissions (status, submission_id);

CREATE TABLE interview_sessions (
    session_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    interview_type TEXT    NOT NULL CHECK (interview_type IN ('Technical', 'Behavioral', 'Coding')),
    start_time     INTEGER NOT NULL,
    end_time       INTEGER,
    status         TEXT    NOT NULL DEFAULT 'Pending'
                   CHECK (status IN ('Pending', 'In Progress', 'Completed')),
    feedback       TEXT,
    CHECK (end_time IS NULL OR end_time >= start_time)
);
CREATE INDEX interview_sessions_by_user ON interview_sessions (user_id, start_time DESC);

CREATE TABLE interview_questions (
    question_id      INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id       INTEGER NOT NULL REFERENCES interview_sessions (session_id) ON DELETE CASCADE,
    question         TEXT    NOT NULL,
    answer           TEXT,
    submitted_answer TEXT,
    feedback         TEXT
);
CREATE INDEX interview_questions_by_session ON interview_questions (session_id, question_id);

CREATE TABLE forum_posts (
    post_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    title      TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (updated_at >= created_at)
);
CREATE INDEX forum_posts_recent ON forum_posts (created_at DESC);
CREATE INDEX forum_posts_by_user ON forum_posts (user_id, created_at DESC);

CREATE TABLE post_comments (
    comment_id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id    INTEGER NOT NULL REFERENCES forum_posts (post_id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    content    TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX post_comments_by_post ON post_comments (post_id, created_at);
CREATE INDEX post_comments_by_user ON post_comments (user_id);

CREATE TABLE collaboration_sessions (
    session_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    host_user_id INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    code         TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL DEFAULT 'Pending'
                 CHECK (status IN ('Pending', 'Active', 'Completed')),
    start_time   INTEGER NOT NULL,
    end_time     INTEGER,
    CHECK (end_time IS NULL OR end_time >= start_time)
);
CREATE INDEX collaboration_sessions_by_host ON collaboration_sessions (host_user_id, start_time DESC);
CREATE INDEX collaboration_sessions_by_status ON collaboration_sessions (status, start_time DESC);

CREATE TABLE collaboration_participants (
    session_id INTEGER NOT NULL REFERENCES collaboration_sessions (session_id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    joined_at  INTEGER NOT NULL,
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX collaboration_participants_by_user ON collaboration_participants (user_id);

CREATE TABLE tech_news (
    news_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    url        TEXT    NOT NULL UNIQUE,
    type       TEXT    NOT NULL CHECK (type IN ('Job', 'News', 'Promotion')),
    created_at INTEGER NOT NULL
);
CREATE INDEX tech_news_recent ON tech_news (type, created_at DESC);
CREATE INDEX tech_news_all_recent ON tech_news (created_at DESC);
