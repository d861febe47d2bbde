package dev.trash.jdbi.hibernate;

import java.io.Serializable;
import java.util.Objects;

/** The projects table's primary key, (workspace_id, id). */
public class ProjectKey implements Serializable {

    private static final long serialVersionUID = 1L;

    String workspaceId;
    String id;

    /** For Hibernate. */
    public ProjectKey() {
    }

    /** A key. */
    public ProjectKey(String workspaceId, String id) {
        this.workspaceId = workspaceId;
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectKey k && workspaceId.equals(k.workspaceId) && id.equals(k.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workspaceId, id);
    }
}
