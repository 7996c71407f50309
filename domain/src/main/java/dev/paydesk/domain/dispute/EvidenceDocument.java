package dev.paydesk.domain.dispute;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A checked evidence document: its name, its type as found in its content, its size and the SHA-256
 * of its content (lower-case hex), which is also its address in the document store.
 */
public record EvidenceDocument(String fileName, EvidenceFileType contentType, long sizeBytes, String sha256) {
    /** 5 MiB. */
    public static final long MAX_SIZE_BYTES = 5L * 1024 * 1024;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public EvidenceDocument {
        if (!EvidenceFileName.isAcceptable(fileName)) {
            throw new IllegalArgumentException("not an acceptable evidence file name: " + fileName);
        }
        Objects.requireNonNull(contentType, "contentType");
        if (sizeBytes < 1 || sizeBytes > MAX_SIZE_BYTES) {
            throw new IllegalArgumentException("an evidence document has 1 to " + MAX_SIZE_BYTES + " bytes, got " + sizeBytes);
        }
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 is 64 lower-case hex digits: " + sha256);
        }
    }
}
