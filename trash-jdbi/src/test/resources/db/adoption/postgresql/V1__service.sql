-- The service as it was before Trash, keys and constraints as most services have them.
CREATE TABLE projects (
    id           BIGSERIAL PRIMARY KEY,
    workspace_id BIGINT NOT NULL,
    name         TEXT NOT NULL,
    UNIQUE (workspace_id, name)
);
CREATE TABLE models (
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    name       TEXT NOT NULL
);
CREATE TABLE datasets (
    id           UUID PRIMARY KEY,
    workspace_id BIGINT NOT NULL,
    name         TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL
);
CREATE TABLE images (
    id           UUID PRIMARY KEY,
    workspace_id BIGINT NOT NULL,
    name         TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL
);
CREATE TABLE dataset_images (
    workspace_id BIGINT NOT NULL,
    dataset_id   UUID NOT NULL REFERENCES datasets (id),
    image_id     UUID NOT NULL REFERENCES images (id),
    PRIMARY KEY (dataset_id, image_id)
);
CREATE TABLE project_tags (
    project_id BIGINT NOT NULL REFERENCES projects (id),
    tag        TEXT NOT NULL
);
