package dev.trash.jdbi.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/** A host's entity on a table Trash manages, as the docs map it: trashed rows hidden from every query and find. */
// tag::entity[]
@Entity
@Table(name = "projects")
@IdClass(ProjectKey.class)
@SQLRestriction("trash_entry_id IS NULL")
public class Project extends ProjectColumns {
}
// end::entity[]
