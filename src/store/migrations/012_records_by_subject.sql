-- A subject reads every record the state holds about them (GET /v1/subjects/me/records), in force or not.
CREATE INDEX records_by_subject ON records (subject_hmac, issued_at DESC);
