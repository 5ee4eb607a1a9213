-- Recognised records published by agencies: the results of resolved procedures, reusable while valid.
-- A newer record of the same type for the same subject supersedes the older, which stays as history.
CREATE TABLE records (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  subject_hmac text NOT NULL,
  subject_masked text NOT NULL,
  data jsonb NOT NULL,
  issued_by text NOT NULL,
  issued_at timestamptz NOT NULL,
  valid_until timestamptz,
  procedure text NOT NULL,
  reference text,
  published_by text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  superseded_by uuid,
  revoked_at timestamptz,
  revoked_by text,
  revocation_reason text
);
CREATE INDEX records_current ON records (type, subject_hmac) WHERE superseded_by IS NULL AND revoked_at IS NULL;

-- Receipts are kept as hashes only: which values were released is in the signed token the portal holds.
CREATE TABLE receipts (
  id text PRIMARY KEY,
  request_id text NOT NULL,
  procedure text NOT NULL,
  version integer NOT NULL,
  subject_hmac text NOT NULL,
  token_sha256 text NOT NULL,
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

ALTER TABLE audit_log ADD COLUMN receipt_id text;
-- Counts and codes for measurement (fields asked and filled, documents waived, violations), never values.
ALTER TABLE audit_log ADD COLUMN detail jsonb
