-- The chain head keeps the time of its last entry, so that a writer can read the clock and the head in one
-- statement and still never give an entry an earlier time than the one before it.
ALTER TABLE audit_head ADD COLUMN at timestamptz;
UPDATE audit_head SET at = (SELECT max(at) FROM audit_log)
