-- Trash adapter tables for MariaDB 10.6+. Instants are BIGINT epoch milliseconds (UTC), so no session or JVM
-- time zone can shift them. Tables use utf8mb4_nopad_bin: ids compare exactly, and sort as Java does. Not
-- utf8mb4_bin, which is PAD SPACE: it compares 'ws1 ' equal to 'ws1', so a padded tenant read another's Trash.
-- Idempotent (IF NOT EXISTS), so Flyway, Liquibase and TrashSchema.install can all run it.

CREATE TABLE IF NOT EXISTS trash_entry (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant                  VARCHAR(255) NOT NULL,
    root_type               VARCHAR(64) NOT NULL,
    root_id                 VARCHAR(255) NOT NULL,
    root_name               VARCHAR(1000) NOT NULL,
    parent_type             VARCHAR(64),
    parent_id               VARCHAR(255),
    deleted_at              BIGINT NOT NULL,
    deleted_by              VARCHAR(255) NOT NULL,
    reason                  VARCHAR(4000),
    scheduled_cleanup_at    BIGINT NOT NULL,
    size_bytes              BIGINT NOT NULL DEFAULT 0,
    cascaded_count          BIGINT NOT NULL DEFAULT 0,
    delete_exclusive_assets BOOLEAN NOT NULL DEFAULT FALSE,
    status                  VARCHAR(16) NOT NULL DEFAULT 'TRASHED',
    claim_owner             VARCHAR(255),
    claim_lease_until       BIGINT,
    purge_failure           VARCHAR(1000),
    purge_attempts          INT NOT NULL DEFAULT 0,
    purge_failed_at         BIGINT,
    next_purge_at           BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX IF NOT EXISTS trash_entry_listing_idx ON trash_entry (tenant, deleted_at DESC, id DESC);
-- status is TRASHED, or PURGING while a sweeper's claim (owner, lease) holds the entry; a failed purge
-- puts it back to TRASHED with purge_failure (the error), purge_attempts and next_purge_at (the backoff)
CREATE INDEX IF NOT EXISTS trash_entry_due_idx ON trash_entry (scheduled_cleanup_at, id);
CREATE INDEX IF NOT EXISTS trash_entry_parent_idx ON trash_entry (tenant, parent_type, parent_id);

CREATE TABLE IF NOT EXISTS trash_outbox (
    sequence    BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id    VARCHAR(64) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    tenant      VARCHAR(255) NOT NULL,
    entry_id    BIGINT NOT NULL,
    root_type   VARCHAR(64) NOT NULL,
    root_id     VARCHAR(255) NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    occurred_at BIGINT NOT NULL,
    item_count  BIGINT NOT NULL,
    size_bytes  BIGINT NOT NULL,
    asset_count BIGINT NOT NULL,
    asset_bytes BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT trash_outbox_event_uq UNIQUE (event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE IF NOT EXISTS trash_listener_position (
    listener VARCHAR(255) PRIMARY KEY,
    position BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- one dispatcher per listener at a time, across service instances
CREATE TABLE IF NOT EXISTS trash_listener_lease (
    listener    VARCHAR(255) PRIMARY KEY,
    owner       VARCHAR(255) NOT NULL,
    lease_until BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- a listener's events waiting for a retry, queued behind a failed event of their root, or undeliverable
CREATE TABLE IF NOT EXISTS trash_delivery (
    listener        VARCHAR(255) NOT NULL,
    sequence        BIGINT NOT NULL,
    root_key        VARCHAR(600) NOT NULL,
    attempts        INT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    last_error      VARCHAR(4000),
    undeliverable   BOOLEAN NOT NULL,
    CONSTRAINT trash_delivery_pk PRIMARY KEY (listener, sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX IF NOT EXISTS trash_delivery_sequence_idx ON trash_delivery (sequence);

CREATE TABLE IF NOT EXISTS trash_audit (
    sequence    BIGINT AUTO_INCREMENT PRIMARY KEY,
    operation   VARCHAR(16) NOT NULL,
    tenant      VARCHAR(255) NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    entry_id    BIGINT NOT NULL,
    root_type   VARCHAR(64) NOT NULL,
    root_id     VARCHAR(255) NOT NULL,
    item_count  BIGINT NOT NULL,
    size_bytes  BIGINT NOT NULL,
    occurred_at BIGINT NOT NULL,
    asset_count BIGINT NOT NULL DEFAULT 0,
    asset_bytes BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX IF NOT EXISTS trash_audit_tenant_idx ON trash_audit (tenant, sequence);

CREATE TABLE IF NOT EXISTS trash_tombstone (
    tenant     VARCHAR(255) NOT NULL,
    entry_id   BIGINT NOT NULL,
    item_type  VARCHAR(64) NOT NULL,
    item_id    VARCHAR(255) NOT NULL,
    size_bytes BIGINT NOT NULL,
    is_asset   BOOLEAN NOT NULL,
    CONSTRAINT trash_tombstone_pk PRIMARY KEY (tenant, entry_id, item_type, item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- shared assets a flagged purge had to keep because another owner still used them; each sweep removes
-- those whose last owner is gone
CREATE TABLE IF NOT EXISTS trash_asset_watch (
    tenant     VARCHAR(255) NOT NULL,
    asset_type VARCHAR(64) NOT NULL,
    asset_id   VARCHAR(255) NOT NULL,
    entry_id   BIGINT NOT NULL,
    CONSTRAINT trash_asset_watch_pk PRIMARY KEY (asset_type, tenant, asset_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- one row, locked by every transaction that writes events just before it commits, so that outbox
-- sequences become visible in increasing order and a dispatcher never skips an event committed late
CREATE TABLE IF NOT EXISTS trash_outbox_lock (
    id INT PRIMARY KEY
) ENGINE=InnoDB;
INSERT IGNORE INTO trash_outbox_lock (id) VALUES (1);

-- one row per (tenant, type) with names unique among active siblings, locked while a top-level item's name
-- is checked and taken, so two restores or creates of namesakes at the top level check one after the other
CREATE TABLE IF NOT EXISTS trash_name_lock (
    tenant    VARCHAR(255) NOT NULL,
    item_type VARCHAR(64) NOT NULL,
    CONSTRAINT trash_name_lock_pk PRIMARY KEY (tenant, item_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
