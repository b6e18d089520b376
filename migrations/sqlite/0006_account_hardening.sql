-- Account hardening: an OAuth flow belongs to the browser that started it (the SHA-256 of a
-- random cookie set on that browser); sessions end a fixed time after they began, which the
-- hourly purge finds through an index on their creation; mailed single-use tokens reset
-- passwords and verify email addresses.

-- Flows under way when this runs were started without the cookie; they could not complete.
DELETE FROM oauth_flows;
ALTER TABLE oauth_flows ADD COLUMN browser_hash TEXT NOT NULL DEFAULT '';

CREATE INDEX sessions_by_creation ON sessions (created_at);

-- Mailed links: password resets and email verification. Only the SHA-256 of a token is
-- stored; redeeming one deletes it.
ALTER TABLE users ADD COLUMN email_verified_at INTEGER;

CREATE TABLE account_tokens (
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL CHECK (purpose IN ('reset', 'verify')),
    expires_at INTEGER NOT NULL
);
CREATE INDEX account_tokens_by_user ON account_tokens (user_id, purpose);
