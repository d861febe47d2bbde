-- The service's own migration for Trash, as TrashSchema printed it (AdoptionWalkthroughTest keeps it so).
-- tag::v2[]
-- projects: the marker, then Trash's unique index over active names in place of UNIQUE (workspace_id, name)
ALTER TABLE projects ADD COLUMN IF NOT EXISTS trash_entry_id BIGINT NULL;
CREATE INDEX IF NOT EXISTS projects_trash_idx ON projects (workspace_id, trash_entry_id);
CREATE UNIQUE INDEX IF NOT EXISTS projects_active_name_uq ON projects (workspace_id, name) WHERE trash_entry_id IS NULL;
ALTER TABLE projects DROP CONSTRAINT projects_workspace_id_name_key;
-- models have no tenant column: their indexes leave it out
ALTER TABLE models ADD COLUMN IF NOT EXISTS trash_entry_id BIGINT NULL;
CREATE INDEX IF NOT EXISTS models_trash_idx ON models (trash_entry_id);
CREATE INDEX IF NOT EXISTS models_trash_parent_idx ON models (project_id);
ALTER TABLE datasets ADD COLUMN IF NOT EXISTS trash_entry_id BIGINT NULL;
CREATE INDEX IF NOT EXISTS datasets_trash_idx ON datasets (workspace_id, trash_entry_id);
ALTER TABLE images ADD COLUMN IF NOT EXISTS trash_entry_id BIGINT NULL;
CREATE INDEX IF NOT EXISTS images_trash_idx ON images (workspace_id, trash_entry_id);
-- end::v2[]
