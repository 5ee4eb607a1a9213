-- The submission check asks whether a pending prefill's completion has its own receipt yet.
CREATE INDEX receipts_request ON receipts (request_id)
