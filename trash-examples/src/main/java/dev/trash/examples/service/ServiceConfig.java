package dev.trash.examples.service;

import dev.trash.PurgePolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The service's configuration, read from the environment: {@code TRASH_PORT}, {@code TRASH_DB_URL},
 * {@code TRASH_API_KEYS}, {@code TRASH_PURGE_POLICY}, {@code TRASH_CLOCK_OFFSET}, {@code TRASH_BLOB_DIR}.
 * Tests build one directly, with a settable clock.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param dbUrl a JDBC URL, or {@code memory} for the in-memory store
 * @param apiKeysFile the keys file, or {@code null} for the demo key
 * @param purgePolicy whether users may delete permanently
 * @param clock where every time comes from
 * @param blobDir where item contents are written
 */
public record ServiceConfig(int port, String dbUrl, Path apiKeysFile, PurgePolicy purgePolicy, Clock clock,
                            Path blobDir) {

    /** The default database: an H2 file under {@code ./data}, so that data survives restarts. */
    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/trash";

    /** Reads the configuration; a malformed value fails the start with the variable's name. */
    public static ServiceConfig fromEnv(Map<String, String> env) {
        int port = parse(env, "TRASH_PORT", "8080", Integer::parseInt);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("TRASH_PORT must be between 0 and 65535, was " + port);
        }
        String keys = env.get("TRASH_API_KEYS");
        PurgePolicy policy = parse(env, "TRASH_PURGE_POLICY", "allowed",
                v -> PurgePolicy.valueOf(v.toUpperCase(Locale.ROOT)));
        Duration offset = parse(env, "TRASH_CLOCK_OFFSET", "PT0S", Duration::parse);
        return new ServiceConfig(port, env.getOrDefault("TRASH_DB_URL", DEFAULT_DB_URL),
                keys == null || keys.isBlank() ? null : Path.of(keys), policy,
                Clock.offset(Clock.systemUTC(), offset), Path.of(env.getOrDefault("TRASH_BLOB_DIR", "./data/blobs")));
    }

    /** The same configuration with another clock. */
    public ServiceConfig withClock(Clock value) {
        return new ServiceConfig(port, dbUrl, apiKeysFile, purgePolicy, value, blobDir);
    }

    /** The same configuration with another purge policy. */
    public ServiceConfig withPurgePolicy(PurgePolicy value) {
        return new ServiceConfig(port, dbUrl, apiKeysFile, value, clock, blobDir);
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private static <T> T parse(Map<String, String> env, String name, String fallback, Parser<T> parser) {
        String value = env.get(name);
        String text = value == null || value.isBlank() ? fallback : value.strip();
        try {
            return parser.parse(text);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is invalid: '" + text + "'", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is invalid: '" + text + "' (allowed, disabled, protected)", e);
        }
    }
}
