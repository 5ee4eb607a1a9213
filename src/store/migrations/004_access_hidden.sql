-- Accesses hidden from the citizen until a date, on a legal basis (investigations). The audit entries
-- themselves never change; auditors always see everything.
CREATE TABLE access_hidden (
  seq bigint PRIMARY KEY,
  hidden_until timestamptz NOT NULL,
  legal_basis text NOT NULL,
  hidden_by text NOT NULL,
  hidden_at timestamptz NOT NULL DEFAULT now()
)
