package dev.trash.examples.service;

import dev.trash.Actor;
import dev.trash.Authorizer;
import dev.trash.TypeCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service's API keys, from a file of {@code KEY WORKSPACE PERMISSION,PERMISSION,... [NAME]} lines
 * ({@code #} starts a comment). Keys are held by their SHA-256 only, so a heap dump or a log line never
 * shows one; a key without NAME acts as {@code key-} and the first 6 hex digits of that hash.
 */
public final class ApiKeys {

    /** The key used when no file is configured: workspace {@code demo}, every permission, admin. */
    public static final String DEMO_KEY = "demo";

    private final Map<String, ApiKey> byHash;
    private final Map<String, ApiKey> byName;

    private ApiKeys(Map<String, ApiKey> byHash) {
        this.byHash = Map.copyOf(byHash);
        Map<String, ApiKey> names = new HashMap<>();
        byHash.values().forEach(k -> names.put(k.name(), k));
        this.byName = Map.copyOf(names);
    }

    /** Reads a keys file; a malformed line fails the start with its line number. */
    public static ApiKeys load(Path file, TypeCatalogue types) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TRASH_API_KEYS file " + file, e);
        }
        Set<String> known = knownPermissions(types);
        Map<String, ApiKey> keys = new HashMap<>();
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + " line " + (i + 1) + ": ";
            String[] parts = line.split("\\s+");
            if (parts.length < 3 || parts.length > 4) {
                throw new IllegalArgumentException(where + "expected 'KEY WORKSPACE PERMISSION,... [NAME]'");
            }
            Set<String> permissions = new LinkedHashSet<>(Arrays.asList(parts[2].split(",")));
            permissions.stream().filter(p -> !known.contains(p)).findFirst().ifPresent(p -> {
                throw new IllegalArgumentException(where + "unknown permission '" + p + "'; known: " + known);
            });
            if (!"*".equals(parts[1]) && !Validation.isIdentifier(parts[1])) {
                throw new IllegalArgumentException(where + "invalid workspace '" + parts[1] + "'");
            }
            String hash = sha256(parts[0]);
            String name = parts.length == 4 ? parts[3] : "key-" + hash.substring(0, 6);
            // the authorizer finds a key by the name the actor carries, so a name must point at one key
            if (!names.add(name) || keys.containsKey(hash)) {
                throw new IllegalArgumentException(where + "key or name '" + name + "' appears twice");
            }
            keys.put(hash, new ApiKey(parts[1], permissions, name));
        }
        return new ApiKeys(keys);
    }

    /** The demo configuration: the key {@code demo} for workspace {@code demo} with every permission. */
    public static ApiKeys demo(TypeCatalogue types) {
        return new ApiKeys(Map.of(sha256(DEMO_KEY), new ApiKey("demo", knownPermissions(types), "demo")));
    }

    /** The key presented in an {@code Authorization: Bearer KEY} header, if it is known. */
    public Optional<ApiKey> authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byHash.get(sha256(authorizationHeader.substring(7).strip())));
    }

    /** The core's authorizer: the actor's principal is a key's name, bound to the actor's workspace. */
    public Authorizer authorizer() {
        return (Actor actor, dev.trash.Permission permission) -> {
            ApiKey key = byName.get(actor.principal());
            return key != null && key.isBoundTo(actor.tenant()) && key.permissions().contains(permission.name());
        };
    }

    /** view_trash, purge, admin, and trash_/restore_ of every type. */
    static Set<String> knownPermissions(TypeCatalogue types) {
        Set<String> known = new LinkedHashSet<>(List.of("view_trash", "purge", ApiKey.ADMIN));
        for (String type : types.names()) {
            known.add("trash_" + type);
            known.add("restore_" + type);
        }
        return known;
    }

    private static String sha256(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
