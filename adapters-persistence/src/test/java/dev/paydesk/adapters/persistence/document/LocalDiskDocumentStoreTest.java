package dev.paydesk.adapters.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.dispute.DocumentStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskDocumentStoreTest extends DocumentStoreContract {
    @TempDir
    Path root;

    @Override
    protected DocumentStore newStore() {
        return new LocalDiskDocumentStore(root.resolve("documents"));
    }

    private List<Path> filesUnder(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aDocumentLivesAtRootAbCdSha256() throws IOException {
        store.put(PDF);

        assertThat(filesUnder(root)).containsExactly(root.resolve("documents").resolve("9e").resolve("8c").resolve(PDF_ADDRESS));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        store.put(PDF);
        store.put(PDF);
        store.put(new byte[] {1, 2, 3});

        assertThat(filesUnder(root)).hasSize(2).allSatisfy(file -> assertThat(file.getFileName().toString()).doesNotEndWith(".tmp"));
    }

    @Test
    void twoInstancesOnOneDirectorySeeEachOthersDocuments() {
        String address = store.put(PDF);
        DocumentStore other = new LocalDiskDocumentStore(root.resolve("documents"));

        assertThat(other.get(address)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
        assertThat(other.put(PDF)).isEqualTo(address);
    }

    @Test
    void aCorruptedFileIsRefusedOnReadAndRepairedByStoringTheBytesAgain() throws IOException {
        String address = store.put(PDF);
        Path file = root.resolve("documents").resolve("9e").resolve("8c").resolve(address);
        Files.write(file, new byte[] {'%', 'P', 'D', 'F', '-', '0'});

        assertThatThrownBy(() -> store.get(address)).isInstanceOf(IllegalStateException.class).hasMessageContaining("corrupted");
        assertThat(store.exists(address)).isTrue();

        store.put(PDF);
        assertThat(store.get(address)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
    }

    @Test
    void aTraversalAttemptReadsNothingOutsideTheRoot() throws IOException {
        Files.writeString(root.resolve("secret"), "not a document");
        assertThatThrownBy(() -> store.get("../../../secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists("../../secret")).isInstanceOf(IllegalArgumentException.class);
    }
}
