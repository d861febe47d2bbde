package dev.trash.jdbi.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The columns of the host's projects table, the marker read-only: Trash writes it, Hibernate never does. */
// tag::columns[]
@MappedSuperclass
public abstract class ProjectColumns {

    @Id
    @Column(name = "workspace_id")
    String workspaceId;

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "name")
    String name;

    @Column(name = "size_bytes")
    long sizeBytes;

    @Column(name = "trash_entry_id", insertable = false, updatable = false)
    Long trashEntryId;
}
// end::columns[]
