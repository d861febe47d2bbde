-- The host's own tables, as its Flyway migrations create them (the same DDL on H2 and PostgreSQL), with the
-- marker column Trash needs.
CREATE TABLE projects (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, name VARCHAR(255) NOT NULL,
    size_bytes BIGINT NOT NULL DEFAULT 0, trash_entry_id BIGINT NULL, PRIMARY KEY (workspace_id, id));
CREATE TABLE models (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, project_id VARCHAR(64) NOT NULL,
    name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0, trash_entry_id BIGINT NULL,
    PRIMARY KEY (workspace_id, id));
CREATE TABLE reports (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, name VARCHAR(255) NOT NULL,
    size_bytes BIGINT NOT NULL DEFAULT 0, trash_entry_id BIGINT NULL, PRIMARY KEY (workspace_id, id));
-- a host table outside Trash that holds reports: the sweeper's purge of a pinned report fails
CREATE TABLE report_pins (workspace_id VARCHAR(64) NOT NULL, report_id VARCHAR(64) NOT NULL,
    FOREIGN KEY (workspace_id, report_id) REFERENCES reports (workspace_id, id));
