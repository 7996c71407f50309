package dev.paydesk.adapters.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.dispute.DocumentStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract of {@link DocumentStore}; extend it and return a fresh, empty store to check another adapter. */
public abstract class DocumentStoreContract {
    protected static final byte[] PDF = "%PDF-1.7 evidence".getBytes(StandardCharsets.ISO_8859_1);
    protected static final String PDF_ADDRESS = "9e8c0ceac32564d501b881dee18a9324aa8ab6c2b4d47c777f3d5ecdd0b18952";

    protected DocumentStore store;

    /** A fresh, empty store of the adapter under test. */
    protected abstract DocumentStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @Test
    void theAddressIsTheSha256OfTheContentInLowerCaseHex() {
        assertThat(store.put(PDF)).isEqualTo(PDF_ADDRESS);
        assertThat(store.put(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void storedBytesAreReadBackByTheirAddress() {
        String address = store.put(PDF);

        assertThat(store.exists(address)).isTrue();
        assertThat(store.get(address)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
    }

    @Test
    void anUnknownAddressHoldsNothing() {
        String unknown = "0".repeat(64);
        assertThat(store.exists(unknown)).isFalse();
        assertThat(store.get(unknown)).isEmpty();
    }

    @Test
    void storingTheSameBytesAgainIsTheSameDocument() {
        String first = store.put(PDF);
        String second = store.put(PDF.clone());

        assertThat(second).isEqualTo(first);
        assertThat(store.get(first)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
    }

    @Test
    void otherBytesHaveAnotherAddress() {
        byte[] other = PDF.clone();
        other[other.length - 1] ^= 1;

        String a = store.put(PDF);
        String b = store.put(other);

        assertThat(a).isNotEqualTo(b);
        assertThat(store.get(b)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(other));
        assertThat(store.get(a)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
    }

    @Test
    void anAddressIsReadWhateverTheCaseOfItsHexDigits() {
        store.put(PDF);
        assertThat(store.exists(PDF_ADDRESS.toUpperCase())).isTrue();
        assertThat(store.get(PDF_ADDRESS.toUpperCase())).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../../../../etc/passwd", "9e/8c/9e8c0ceac32564d501b881dee18a9324aa8ab6c2b4d47c777f3d5ecdd0b18952",
            "9e8c0ceac32564d501b881dee18a9324aa8ab6c2b4d47c777f3d5ecdd0b1895",
            "9e8c0ceac32564d501b881dee18a9324aa8ab6c2b4d47c777f3d5ecdd0b189522",
            "ge8c0ceac32564d501b881dee18a9324aa8ab6c2b4d47c777f3d5ecdd0b18952",
            "9e8c0ceac32564d501b881dee18a9324aa8ab6c2b4d47c777f3d5ecdd0b1895\n",
            "..\\..\\8c0ceac32564d501b881dee18a9324aa8ab6c2b4d47c777f3d5ecdd0b1"})
    void anythingButSixtyFourHexDigitsIsRefusedAsAnAddress(String address) {
        store.put(PDF);
        assertThatThrownBy(() -> store.get(address)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists(address)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStoreKeepsItsOwnCopy() {
        byte[] given = PDF.clone();
        String address = store.put(given);
        given[0] = 'X';
        store.get(address).orElseThrow()[1] = 'X';

        assertThat(store.get(address)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
    }

    @Test
    void aFiveMebibyteDocumentRoundTrips() {
        byte[] big = new byte[5 * 1024 * 1024];
        new Random(7).nextBytes(big);

        String address = store.put(big);

        assertThat(address).isEqualTo(ContentAddress.of(big));
        assertThat(store.get(address)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(big));
    }

    @Test
    void concurrentWritersOfTheSameAndOfOtherBytesAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> writes = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                byte[] content = i % 2 == 0 ? PDF : ("%PDF-1.7 document " + i).getBytes(StandardCharsets.US_ASCII);
                writes.add(() -> store.put(content));
            }
            Set<String> addresses = pool.invokeAll(writes).stream().map(DocumentStoreContract::result).collect(Collectors.toSet());

            assertThat(addresses).hasSize(17).contains(PDF_ADDRESS);
            for (String address : addresses) {
                assertThat(store.get(address)).hasValueSatisfying(bytes -> assertThat(ContentAddress.of(bytes)).isEqualTo(address));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String result(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
