-- The host's second migration: the marker column Trash asks of its tables.
ALTER TABLE projects ADD COLUMN trash_entry_id BIGINT NULL;
