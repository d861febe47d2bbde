package dev.trash.examples.service;

import dev.trash.EventDispatcher;
import dev.trash.SweepReport;
import dev.trash.spring.boot.autoconfigure.TrashSweepRunner;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/sweep}: the sweep the starter otherwise runs daily at 03:00 UTC, now, with the events of
 * what it purged handed to the dispatcher before it answers. An admin key only ({@link ApiAccess}).
 */
@RestController
final class AdminController {

    private final TrashSweepRunner sweeps;
    private final EventDispatcher dispatcher;

    AdminController(TrashSweepRunner sweeps, EventDispatcher dispatcher) {
        this.sweeps = sweeps;
        this.dispatcher = dispatcher;
    }

    @PostMapping("/admin/sweep")
    Map<String, Object> sweep() {
        SweepReport report = sweeps.sweep();
        dispatcher.dispatch();
        Map<String, Object> json = Json.object();
        json.put("rootsPurged", report.rootsPurged());
        json.put("itemsPurged", report.itemsPurged());
        json.put("assetsPurged", report.assetsPurged());
        json.put("bytesFreed", report.bytesFreed());
        json.put("batches", report.batches());
        json.put("elapsedMillis", report.elapsed().toMillis());
        json.put("budgetExhausted", report.budgetExhausted());
        json.put("eventsPending", report.eventsPending());
        return json;
    }
}
