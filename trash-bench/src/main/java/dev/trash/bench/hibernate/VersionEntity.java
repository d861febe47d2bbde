package dev.trash.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;

/** A version of a model, soft-deleted by Hibernate. */
@Entity
@Table(name = "versions")
@IdClass(Key.class)
@SoftDelete(columnName = "deleted")
public class VersionEntity {

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

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "workspace_id", referencedColumnName = "workspace_id", insertable = false,
                    updatable = false),
            @JoinColumn(name = "model_id", referencedColumnName = "id", insertable = false, updatable = false)})
    ModelEntity model;
}
