package dev.trash.bench.hibernate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.SoftDelete;

/** A model of a project, soft-deleted by Hibernate with its versions. */
@Entity
@Table(name = "models")
@IdClass(Key.class)
@SoftDelete(columnName = "deleted")
public class ModelEntity {

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
            @JoinColumn(name = "project_id", referencedColumnName = "id", insertable = false, updatable = false)})
    ProjectEntity project;

    @OneToMany(mappedBy = "model", cascade = CascadeType.REMOVE)
    List<VersionEntity> versions = new ArrayList<>();
}
