-- Each checkpoint keeps the Merkle frontier of its tree, so that the next one hashes only the entries since.
ALTER TABLE audit_checkpoints ADD COLUMN frontier jsonb
