-- Account hardening: sessions end a fixed time after they began, which the hourly purge finds
-- through an index on their creation.

CREATE INDEX sessions_by_creation ON sessions (created_at);
