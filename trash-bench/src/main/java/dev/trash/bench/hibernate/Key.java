package dev.trash.bench.hibernate;

import java.io.Serializable;
import java.util.Objects;

/** The host tables' primary key, (workspace_id, id). */
public class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    String workspaceId;
    String id;

    /** For Hibernate. */
    public Key() {
    }

    /** A key. */
    public Key(String workspaceId, String id) {
        this.workspaceId = workspaceId;
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Key k && workspaceId.equals(k.workspaceId) && id.equals(k.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workspaceId, id);
    }
}
