-- What TrashSchema.markerColumnDdl prints for these tables besides the marker columns V1 already has: the
-- indexes Trash's queries use (the same DDL on H2 and PostgreSQL). The starter validates them at start.
CREATE INDEX IF NOT EXISTS projects_trash_idx ON projects (workspace_id, trash_entry_id);
CREATE INDEX IF NOT EXISTS models_trash_idx ON models (workspace_id, trash_entry_id);
CREATE INDEX IF NOT EXISTS models_trash_parent_idx ON models (workspace_id, project_id);
CREATE INDEX IF NOT EXISTS reports_trash_idx ON reports (workspace_id, trash_entry_id);
