-- A batch of audit entries is chained by the database, in the statement that writes it: each entry's time is
-- the database's clock read under the head's lock, and it is part of what is hashed, so the writer sends each
-- entry's canonical JSON in three parts (before "at", between "at" and "seq", after "seq") and this splices
-- the time and sequence number in. The hashes are those of audit-entry.ts: the chain link is
-- SHA-256(hex hash of the entry before || canonical JSON), the Merkle leaf SHA-256(0x00 || canonical JSON).
CREATE FUNCTION audit_chain(head_seq bigint, head_hash text, at_text text, before_at text[], before_seq text[], after_seq text[])
RETURNS TABLE (seq bigint, prev_hash text, hash text, leaf_hash text)
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  canonical bytea;
BEGIN
  hash := head_hash;
  FOR i IN 1 .. coalesce(array_length(before_at, 1), 0) LOOP
    seq := head_seq + i;
    canonical := convert_to('{' || before_at[i] || '"at":"' || at_text || '"' || before_seq[i] || ',"seq":' || seq || after_seq[i] || '}', 'UTF8');
    prev_hash := hash;
    hash := encode(sha256(convert_to(prev_hash, 'UTF8') || canonical), 'hex');
    leaf_hash := encode(sha256('\x00'::bytea || canonical), 'hex');
    RETURN NEXT;
  END LOOP;
END
$$
