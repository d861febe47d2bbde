-- A host service's own first migration, with a V1 of its own: Trash's V1 must never meet it.
CREATE TABLE projects (
    id           BIGSERIAL PRIMARY KEY,
    workspace_id BIGINT NOT NULL,
    name         TEXT NOT NULL
);
