-- Retired registrations (adapters, forms, agreements): a version listed here, and every older one, is no longer
-- used; the versions themselves stay in their tables, readable. Rows are never deleted: they are the history.
CREATE TABLE retirements (
  registry text NOT NULL,
  id text NOT NULL,
  version integer NOT NULL,
  retired_by text NOT NULL,
  retired_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (registry, id, version)
)
