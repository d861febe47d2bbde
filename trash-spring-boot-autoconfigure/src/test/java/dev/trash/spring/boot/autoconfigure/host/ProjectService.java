package dev.trash.spring.boot.autoconfigure.host;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.Trash;
import dev.trash.TrashResult;
import dev.trash.spring.boot.autoconfigure.TrashActors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

// tag::service[]
/** A host service: its own writes and the move to Trash commit or roll back together. */
@Service
public class ProjectService {

    private final JdbcTemplate jdbc;
    private final Trash trash;
    private final TrashActors actors;

    ProjectService(JdbcTemplate jdbc, Trash trash, TrashActors actors) {
        this.jdbc = jdbc;
        this.trash = trash;
        this.actors = actors;
    }

    /** Moves the project to Trash for the signed-in user, in the user's workspace. */
    @Transactional
    public TrashResult trash(String projectId) {
        return trash.moveToTrash(actors.current(), ItemRef.of("project", projectId));
    }

    /** Renames the project, which locks its row, then moves it to Trash on the same connection. */
    @Transactional
    public TrashResult renameAndTrash(Actor actor, String projectId, String newName) {
        jdbc.update("UPDATE projects SET name = ? WHERE workspace_id = ? AND id = ?",
                newName, actor.tenant(), projectId);
        return trash.moveToTrash(actor, ItemRef.of("project", projectId));
    }
    // end::service[]

    /** Moves the project to Trash, then fails: the move is rolled back with the rest. */
    @Transactional
    public void trashThenFail(Actor actor, String projectId, Runnable insideTransaction) {
        trash.moveToTrash(actor, ItemRef.of("project", projectId));
        insideTransaction.run();
        throw new IllegalStateException("the host's transaction fails after the move to Trash");
    }

    /** Creates a row of the host's table. */
    public void insert(String table, String workspace, String id, String name) {
        jdbc.update("INSERT INTO " + table + " (workspace_id, id, name, size_bytes) VALUES (?, ?, ?, 10)",
                workspace, id, name);
    }
}
