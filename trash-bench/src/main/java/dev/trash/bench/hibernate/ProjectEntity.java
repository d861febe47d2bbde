package dev.trash.bench.hibernate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.SoftDelete;

/** A project, soft-deleted by Hibernate with its models. */
@Entity
@Table(name = "projects")
@IdClass(Key.class)
@SoftDelete(columnName = "deleted")
public class ProjectEntity {

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

    @OneToMany(mappedBy = "project", cascade = CascadeType.REMOVE)
    List<ModelEntity> models = new ArrayList<>();
}
