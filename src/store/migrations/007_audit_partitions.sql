-- The audit log partitioned by month of `at` (UTC), so that months past retention are archived and dropped
-- whole. Month partitions are made ahead of time by the gateway (src/audit/partitions.ts); the default
-- partition catches anything else, so that an append never fails for want of a partition.
ALTER TABLE audit_log RENAME TO audit_log_before_partitioning;
CREATE TABLE audit_log (LIKE audit_log_before_partitioning INCLUDING DEFAULTS) PARTITION BY RANGE (at);
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;
INSERT INTO audit_log SELECT * FROM audit_log_before_partitioning;
DROP TABLE audit_log_before_partitioning;
ALTER TABLE audit_log ADD PRIMARY KEY (seq, at);
CREATE INDEX audit_log_subject ON audit_log (subject_hmac, at);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_client ON audit_log (client_id, at);
CREATE INDEX audit_log_procedure ON audit_log (procedure, at);

-- Where the online log starts once months have been archived: the last archived entry, its hash, and the
-- Merkle frontier (roots of the perfect subtrees) of every archived leaf, so that roots and proofs go on.
ALTER TABLE audit_head ADD COLUMN archived_seq bigint;
ALTER TABLE audit_head ADD COLUMN archived_hash text;
ALTER TABLE audit_head ADD COLUMN archived_frontier jsonb;

-- One row per archived month: its range, the file it went to and the signed seal that ends the file.
CREATE TABLE audit_archives (
  month text PRIMARY KEY,
  from_seq bigint NOT NULL,
  to_seq bigint NOT NULL,
  file text NOT NULL,
  seal jsonb NOT NULL,
  archived_at timestamptz NOT NULL DEFAULT now()
)
