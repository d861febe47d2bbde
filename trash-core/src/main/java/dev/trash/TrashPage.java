package dev.trash;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One page of a tenant's Trash, newest first.
 *
 * @param rows the rows of this page
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 */
public record TrashPage(List<TrashRow> rows, String nextCursor) {

    /** Copies the rows. */
    public TrashPage {
        rows = List.copyOf(rows);
    }

    /** The rows of this page grouped by type, in the order types first appear. */
    public Map<String, List<TrashRow>> sections() {
        return rows.stream().collect(Collectors.groupingBy(TrashRow::type, LinkedHashMap::new, Collectors.toList()));
    }

    /** The next page's cursor, if there is one. */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
