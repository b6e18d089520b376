-- The judge's queue: a worker that takes a submission holds a lease on it and renews it while
-- judging; a submission whose lease ran out (its worker died) is taken again.
ALTER TABLE submissions ADD COLUMN lease_until INTEGER;
ALTER TABLE submissions ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0);
