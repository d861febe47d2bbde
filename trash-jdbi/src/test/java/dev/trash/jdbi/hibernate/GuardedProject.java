package dev.trash.jdbi.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.SQLUpdate;
import org.hibernate.jdbc.Expectation;

/**
 * {@link Project} with an UPDATE that only writes an active row: a managed entity whose row was trashed
 * meanwhile fails its flush instead of writing to the trashed row.
 */
@Entity
@Table(name = "projects")
@IdClass(ProjectKey.class)
@SQLRestriction("trash_entry_id IS NULL")
// tag::guarded-update[]
@SQLUpdate(sql = "UPDATE projects SET name = ?, size_bytes = ? WHERE id = ? AND workspace_id = ? "
        + "AND trash_entry_id IS NULL", verify = Expectation.RowCount.class)
// end::guarded-update[]
public class GuardedProject extends ProjectColumns {
}
