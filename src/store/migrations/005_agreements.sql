-- Sharing agreements, versioned like adapters and forms.
CREATE TABLE agreements (
  id text NOT NULL,
  version integer NOT NULL,
  body jsonb NOT NULL,
  digest text NOT NULL,
  registered_by text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
)
