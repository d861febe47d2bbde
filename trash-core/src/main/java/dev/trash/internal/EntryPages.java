package dev.trash.internal;

import dev.trash.TrashEntry;
import dev.trash.spi.EntryKey;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks a tenant's entries page by page in listing order, keyset-paged, so memory stays one page. */
final class EntryPages {

    private EntryPages() {
    }

    /**
     * Hands each page to {@code action} until a page comes back shorter than {@code size}.
     *
     * @param pageAfter reads the page after a key ({@code null} for the first)
     */
    static void forEach(int size, Function<EntryKey, List<TrashEntry>> pageAfter, Consumer<List<TrashEntry>> action) {
        EntryKey after = null;
        List<TrashEntry> page;
        do {
            page = pageAfter.apply(after);
            action.accept(page);
            if (!page.isEmpty()) {
                TrashEntry last = page.get(page.size() - 1);
                after = new EntryKey(last.deletedAt(), last.id());
            }
        } while (page.size() == size);
    }
}
