-- A portal's webhook for completed prefills: one per client. The secret signs deliveries (HMAC), so it is
-- kept, not hashed; it is shown to the portal once, when registered.
CREATE TABLE webhooks (
  client_id text PRIMARY KEY,
  url text NOT NULL,
  secret text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
