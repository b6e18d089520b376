-- Accounts: disabled accounts, sessions that survive restarts and span servers, the state of
-- OAuth sign-ins under way, and rate-limit counters.

ALTER TABLE users ADD COLUMN disabled_at INTEGER;

CREATE TABLE sessions (
    -- SHA-256 of the cookie's secret, in hex: a stolen database does not hold usable cookies.
    session_hash TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    CHECK (expires_at > created_at)
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE oauth_flows (
    state_hash    TEXT    PRIMARY KEY,
    pkce_verifier TEXT    NOT NULL,
    return_to     TEXT    NOT NULL,
    expires_at    INTEGER NOT NULL
);

CREATE TABLE rate_limits (
    bucket       TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    window_start INTEGER NOT NULL,
    hits         INTEGER NOT NULL CHECK (hits > 0),
    PRIMARY KEY (bucket, subject, window_start)
);
