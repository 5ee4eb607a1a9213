-- Witness cosignatures (c2sp tlog-cosignature) of the log's checkpoints, each verified before it is kept: a
-- checkpoint is published once enough configured witnesses cosigned it, and each witness's latest kept one
-- is where the next submission starts from.
CREATE TABLE audit_cosignatures (
  tree_size bigint NOT NULL REFERENCES audit_checkpoints (tree_size),
  witness text NOT NULL,
  line text NOT NULL,
  signed_at timestamptz NOT NULL,
  PRIMARY KEY (tree_size, witness)
);
CREATE INDEX audit_cosignatures_witness ON audit_cosignatures (witness, tree_size DESC)
