package dev.trash.examples.service;

/** Opens the store a {@code TRASH_DB_URL} names: {@code memory}, or a JDBC URL. */
public final class ServiceStores {

    private ServiceStores() {
    }

    /** The store for {@code url}. */
    public static ServiceStore open(String url) {
        if ("memory".equals(url)) {
            return new MemoryServiceStore();
        }
        if (url.startsWith("jdbc:")) {
            return new JdbiServiceStore(url);
        }
        throw new IllegalArgumentException("TRASH_DB_URL '" + url + "' is neither 'memory' nor a JDBC URL");
    }
}
