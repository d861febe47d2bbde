-- The sweep deletes outbox events and audit lines older than their retention (Trash.Builder#eventRetention,
-- #auditRetention): these indexes let it find them without reading either table whole. Idempotent, like V1.

CREATE INDEX IF NOT EXISTS trash_outbox_occurred_idx ON trash_outbox (occurred_at, sequence);
CREATE INDEX IF NOT EXISTS trash_audit_occurred_idx ON trash_audit (occurred_at, sequence);
