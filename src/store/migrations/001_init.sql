-- Registrations: every version is kept; the current one is the highest.
-- Both tables have the same shape so that one piece of code keeps their versions.
CREATE TABLE adapters (
  id text NOT NULL,
  version integer NOT NULL,
  body jsonb NOT NULL,
  digest text NOT NULL,
  registered_by text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

CREATE TABLE forms (
  id text NOT NULL,
  version integer NOT NULL,
  body jsonb NOT NULL,
  digest text NOT NULL,
  registered_by text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

-- One row per access. Subjects are stored as a keyed hash and a masked form, never in clear;
-- field names are released, never values.
CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  request_id text NOT NULL,
  client_id text NOT NULL,
  role text NOT NULL,
  action text NOT NULL,
  subject_hmac text,
  subject_masked text,
  procedure text,
  version integer,
  purpose text,
  sources jsonb NOT NULL DEFAULT '[]',
  fields text[] NOT NULL DEFAULT '{}',
  result text NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject_hmac, at);
CREATE INDEX audit_log_at ON audit_log (at)
