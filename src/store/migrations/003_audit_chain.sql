-- The audit log becomes one hash chain: sequence numbers come from the chain head, in commit order, and every
-- entry carries the hash of its predecessor and its own. Rows written before this migration (development
-- data only) stay below genesis_seq, outside the chain.
ALTER TABLE audit_log ALTER COLUMN seq DROP DEFAULT;
ALTER TABLE audit_log ADD COLUMN trace_id text;
ALTER TABLE audit_log ADD COLUMN legal_basis text;
ALTER TABLE audit_log ADD COLUMN prev_hash text;
ALTER TABLE audit_log ADD COLUMN hash text;
ALTER TABLE audit_log ADD COLUMN leaf_hash text;
CREATE INDEX audit_log_client ON audit_log (client_id, at);
CREATE INDEX audit_log_procedure ON audit_log (procedure, at);

CREATE TABLE audit_head (
  id integer PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL,
  genesis_seq bigint NOT NULL
);
INSERT INTO audit_head (id, seq, hash, genesis_seq)
  SELECT 1, coalesce(max(seq), 0), repeat('0', 64), coalesce(max(seq), 0) FROM audit_log;

-- Signed checkpoints of the chain: tree size, Merkle root (RFC 6962) and chain head.
CREATE TABLE audit_checkpoints (
  tree_size bigint PRIMARY KEY,
  root text NOT NULL,
  chain_head text NOT NULL,
  at timestamptz NOT NULL,
  kid text NOT NULL,
  jws text NOT NULL
)
