-- Account hardening: an OAuth flow belongs to the browser that started it (the SHA-256 of a
-- random cookie set on that browser), and sessions end a fixed time after they began, which
-- the hourly purge finds through an index on their creation.

-- Flows under way when this runs were started without the cookie; they could not complete.
DELETE FROM oauth_flows;
ALTER TABLE oauth_flows ADD COLUMN browser_hash TEXT NOT NULL DEFAULT '';

CREATE INDEX sessions_by_creation ON sessions (created_at);
