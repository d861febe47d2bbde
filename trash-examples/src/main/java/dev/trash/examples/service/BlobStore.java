package dev.trash.examples.service;

import dev.trash.ItemRef;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The content of items, as model weights or images would be: one file of {@code sizeBytes} bytes at
 * {@code {dir}/{ws}/{type}/{id}}. Files are created sparse with {@link RandomAccessFile#setLength}, so a
 * demo item of 2 GB takes no disk. Workspace, type and id are validated identifiers before they get here,
 * so a path cannot leave the folder.
 */
public final class BlobStore {

    private final Path root;

    /** A store under {@code root}, created if missing. */
    public BlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create blob folder " + this.root, e);
        }
    }

    /** Writes the item's content: a sparse file of {@code sizeBytes}. */
    public void write(String workspace, ItemRef ref, long sizeBytes) {
        Path file = path(workspace, ref);
        try {
            Files.createDirectories(file.getParent());
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(sizeBytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write blob " + file, e);
        }
    }

    /** Deletes the item's content; a missing file is fine, since a purge listener may run twice. */
    public boolean delete(String workspace, ItemRef ref) {
        try {
            return Files.deleteIfExists(path(workspace, ref));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete blob of " + ref, e);
        }
    }

    /** Whether the item's content is there. */
    public boolean exists(String workspace, ItemRef ref) {
        return Files.exists(path(workspace, ref));
    }

    /** Where the item's content lives. */
    public Path path(String workspace, ItemRef ref) {
        Path file = root.resolve(workspace).resolve(ref.type()).resolve(ref.id()).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("blob path escapes " + root + ": " + ref);
        }
        return file;
    }

    /** The folder. */
    public Path root() {
        return root;
    }
}
