-- Each checkpoint is also a c2sp tlog-checkpoint: a signed note of the log's origin, tree size and root.
ALTER TABLE audit_checkpoints ADD COLUMN note text
