-- Agencies and clients at run time: the files seed them, the store is the truth from then on.
-- An agency keeps every revision (who changed what, when); the highest one is current.
CREATE TABLE agencies (
  code text NOT NULL,
  revision integer NOT NULL,
  name text NOT NULL,
  parent text,
  shares_data boolean,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (code, revision)
);

-- A client's revision grows with every change (creation, disabling, a new assertion key), so that an instance
-- knows by one number that it must read the clients again. Only the SHA-256 of a token is kept.
CREATE SEQUENCE clients_revision;
CREATE TABLE clients (
  id text PRIMARY KEY,
  name text NOT NULL,
  roles text[] NOT NULL,
  agency text,
  token_sha256 text UNIQUE,
  assertion_key jsonb,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz,
  revision bigint NOT NULL DEFAULT nextval('clients_revision')
);
