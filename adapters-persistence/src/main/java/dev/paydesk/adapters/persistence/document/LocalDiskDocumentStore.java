package dev.paydesk.adapters.persistence.document;

import dev.paydesk.application.dispute.DocumentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Documents on local disk under {@code <root>/ab/cd/<sha256>} (the first two byte pairs of the address
 * fan the files out over directories). A document is written to a temporary file beside its final
 * place, forced to disk, then moved there atomically, so a reader never sees half a document and a
 * crash leaves at most a stray {@code .tmp} file. Several instances may share the directory: two
 * writers of the same bytes move identical files onto one name.
 *
 * <p>Reads check the bytes against their address and refuse a corrupted file rather than serve it;
 * storing the same bytes again repairs it.
 */
public final class LocalDiskDocumentStore implements DocumentStore {
    private final Path root;

    public LocalDiskDocumentStore(Path root) {
        try {
            this.root = Files.createDirectories(root).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document directory " + root, e);
        }
    }

    @Override
    public String put(byte[] content) {
        String address = ContentAddress.of(content);
        Path target = pathOf(address);
        try {
            if (holds(target, content)) {
                return address;
            }
            Path directory = Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(directory, address + ".", ".tmp");
            try {
                write(temporary, content);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
            forceDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document " + address, e);
        }
        return address;
    }

    @Override
    public Optional<byte[]> get(String address) {
        String canonical = ContentAddress.require(address);
        byte[] content;
        try {
            content = Files.readAllBytes(pathOf(canonical));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + canonical, e);
        }
        if (!ContentAddress.of(content).equals(canonical)) {
            throw new IllegalStateException("document " + canonical + " is corrupted on disk: its bytes no longer match their address");
        }
        return Optional.of(content);
    }

    @Override
    public boolean exists(String address) {
        return Files.isRegularFile(pathOf(ContentAddress.require(address)));
    }

    /** Whether the file is there with these very bytes; a corrupted copy is rewritten by {@link #put}. */
    private static boolean holds(Path file, byte[] content) throws IOException {
        try {
            return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
        } catch (NoSuchFileException absent) {
            return false;
        }
    }

    private Path pathOf(String canonicalAddress) {
        return root.resolve(canonicalAddress.substring(0, 2)).resolve(canonicalAddress.substring(2, 4)).resolve(canonicalAddress);
    }

    private static void write(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the document directory must support atomic moves within itself", e);
        }
    }

    /** Makes the new directory entry durable where the platform allows opening a directory (Linux does). */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Best effort: some platforms cannot open a directory; the file itself is already forced.
        }
    }
}
